package dev.strata.tooling;

import dev.strata.StrataException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whether Hibernate, starting inside a service, adds Bean Validation's constraints to the schema it creates
 * ({@code @NotNull} as {@code NOT NULL}, {@code @Size(max = n)} as the length, {@code @Min}/{@code @Max} as
 * checks). In its default validation mode Hibernate asks for the default {@code ValidatorFactory} of the
 * service's class path: without {@code jakarta.validation}, or with the API and no provider, it leaves the
 * constraints out without a word; when the factory cannot be built for another reason (Hibernate Validator
 * without an EL for its messages), the service does not start.
 *
 * <p>The tools host Hibernate with a provider of their own, because Hibernate's integration links against
 * {@code jakarta.validation} from Hibernate's class loader, never from a service's. So the question cannot be
 * left to that Hibernate: it is asked here of the service's class path alone, in a class loader of its own.
 */
final class BeanValidationProbe {

    /** The class Hibernate looks for before it activates the integration. */
    private static final String API_CLASS = "jakarta/validation/ConstraintViolation.class";
    /** What the API throws when it finds no provider: the one failure Hibernate's default mode passes over. */
    private static final String NO_PROVIDER = "jakarta.validation.NoProviderFoundException";
    /** Where Hibernate Validator announces itself at INFO; inside the tools it logs through java.util.logging. */
    private static final String VALIDATOR_LOGGER = "org.hibernate.validator";

    private BeanValidationProbe() {
    }

    /**
     * @param module    the module, for the message
     * @param classPath the service's class path: its classes and every jar they need
     * @return whether Hibernate applies Bean Validation to the schema when the service starts
     * @throws StrataException when Bean Validation fails to start there, as it would fail the service
     */
    static boolean appliesTo(String module, URL[] classPath) {
        try (URLClassLoader service = new URLClassLoader(classPath, ClassLoader.getPlatformClassLoader())) {
            // Most modules have no Bean Validation at all: they need no bootstrap to tell.
            return service.findResource(API_CLASS) != null && buildsDefaultFactory(module, service);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the class loader over the class path of " + module, e);
        }
    }

    private static boolean buildsDefaultFactory(String module, ClassLoader service) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Providers, validation.xml and the EL are found through the context class loader, the service's own
        // when it starts.
        thread.setContextClassLoader(service);
        // A question asked on the way must not print in the middle of a command's output.
        Logger log = Logger.getLogger(VALIDATOR_LOGGER);
        Level level = log.getLevel();
        log.setLevel(Level.WARNING);
        Object factory;
        try {
            factory = Class.forName("jakarta.validation.Validation", true, service)
                    .getMethod("buildDefaultValidatorFactory").invoke(null);
        } catch (InvocationTargetException e) {
            if (isNoProvider(e.getCause(), service)) {
                return false;
            }
            throw failure(module, e.getCause());
        } catch (ReflectiveOperationException | LinkageError e) {
            throw failure(module, e);
        } finally {
            thread.setContextClassLoader(previous);
            log.setLevel(level);
        }
        if (factory instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                // It was built, which is the answer; closing only releases its caches.
            }
        }
        return true;
    }

    private static boolean isNoProvider(Throwable cause, ClassLoader service) {
        try {
            return Class.forName(NO_PROVIDER, false, service).isInstance(cause);
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static StrataException failure(String module, Throwable cause) {
        String reason = cause.getMessage() == null ? cause.toString() : cause.getMessage().strip();
        return new StrataException("Bean Validation cannot start on the class path of " + module + ": " + reason
                + (reason.endsWith(".") ? "" : ".") + " The service would not start either (Hibernate builds this"
                + " ValidatorFactory when it boots): add what is missing (spring-boot-starter-validation brings"
                + " Hibernate Validator with an EL), or set spring.jpa.properties.jakarta.persistence.validation.mode"
                + " to none.", cause);
    }
}
