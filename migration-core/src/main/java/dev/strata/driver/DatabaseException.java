package dev.strata.driver;

import dev.strata.StrataException;

/** A database call failed; the message is the server's (or the driver's) own. */
public final class DatabaseException extends StrataException {

    private final String sqlState;

    public DatabaseException(String message, String sqlState, Throwable cause) {
        super(message, cause);
        this.sqlState = sqlState;
    }

    /** The SQLSTATE when the server gave one, else null. */
    public String sqlState() {
        return sqlState;
    }
}
