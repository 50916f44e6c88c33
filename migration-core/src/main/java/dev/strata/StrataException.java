package dev.strata;

/**
 * The one exception type Strata's public API throws. Its message is meant for the person running the
 * command: it names what is wrong and, where there is one, what to do next.
 */
public class StrataException extends RuntimeException {

    public StrataException(String message) {
        super(message);
    }

    public StrataException(String message, Throwable cause) {
        super(message, cause);
    }
}
