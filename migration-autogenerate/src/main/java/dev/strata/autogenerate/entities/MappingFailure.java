package dev.strata.autogenerate.entities;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Turns a failure inside Hibernate's boot into one line that names the entity and gives Hibernate's reason.
 * Hibernate's messages name the mapped class or attribute by its qualified name ("Association
 * 'dev.acme.Order.lines' targets ..."), so the first managed class named in the message is the one at fault.
 */
final class MappingFailure {

    private MappingFailure() {
    }

    static EntityModelException translate(Throwable failure, List<Class<?>> managedClasses) {
        String reason = reason(failure);
        Optional<String> culprit = culprit(reason, managedClasses);
        String message = culprit
                .map(name -> "Hibernate cannot map entity " + name + ": " + reason)
                .orElse("Hibernate cannot map the entities: " + reason);
        return new EntityModelException(message + ". Fix the mapping (it would fail the same way when the service"
                + " starts), then run autogenerate again.", failure);
    }

    /** The outermost message, which Hibernate words for people; a cause's when the outermost has none. */
    private static String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                String message = t.getMessage().strip();
                String text = t instanceof LinkageError ? t.getClass().getSimpleName() + ": " + message : message;
                return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
            }
        }
        return failure.getClass().getName();
    }

    private static Optional<String> culprit(String reason, List<Class<?>> managedClasses) {
        record Hit(String name, int at) {
        }
        return managedClasses.stream()
                .map(Class::getName)
                .map(name -> new Hit(name, mentionedAt(reason, name)))
                .filter(hit -> hit.at() >= 0)
                .min(Comparator.comparingInt(Hit::at).thenComparing(hit -> -hit.name().length()))
                .map(Hit::name);
    }

    /** Where a class name first stands on its own in the text (not as the start of a longer name), or -1. */
    private static int mentionedAt(String text, String className) {
        for (int at = text.indexOf(className); at >= 0; at = text.indexOf(className, at + 1)) {
            int end = at + className.length();
            boolean startsClean = at == 0 || !Character.isJavaIdentifierPart(text.charAt(at - 1))
                    && text.charAt(at - 1) != '.';
            boolean endsClean = end == text.length() || !Character.isJavaIdentifierPart(text.charAt(end));
            if (startsClean && endsClean) {
                return at;
            }
        }
        return -1;
    }
}
