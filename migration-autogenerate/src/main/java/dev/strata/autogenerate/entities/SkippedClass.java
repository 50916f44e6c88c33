package dev.strata.autogenerate.entities;

import java.util.Objects;

/**
 * A class the scanner found annotated but could not load, and left out.
 *
 * @param className   the class
 * @param missingType the class it needs that the class loader cannot find (a superclass, a field type, ...), or
 *                    null when loading failed for another reason
 * @param reason      why it was left out, for people
 */
public record SkippedClass(String className, String missingType, String reason) {

    public SkippedClass {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(reason, "reason");
    }

    static SkippedClass of(String className, Throwable failure) {
        if (failure instanceof NoClassDefFoundError && failure.getMessage() != null) {
            String missing = failure.getMessage().replace('/', '.');
            return new SkippedClass(className, missing, "it needs " + missing + ", which is not on the class path");
        }
        if (failure instanceof ClassNotFoundException) {
            return new SkippedClass(className, className, "the class loader does not see it");
        }
        return new SkippedClass(className, null, failure.getClass().getSimpleName() + ": " + failure.getMessage());
    }

    /** The warning line: {@code Skipped entity class dev.acme.Invoice: it needs dev.acme.Money, which ...}. */
    public String message() {
        return "Skipped entity class " + className + ": " + reason;
    }
}
