package dev.strata.internal.script;

import dev.strata.StrataException;

/** A revision file or class that cannot be read: the message names the file and line. */
public final class RevisionFileException extends StrataException {

    public RevisionFileException(String message) {
        super(message);
    }

    public RevisionFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
