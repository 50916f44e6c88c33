package dev.strata.driver;

import dev.strata.StrataException;

/** A database call failed; the message is the server's (or the driver's) own. */
public final class DatabaseException extends StrataException {

    private final String sqlState;

    public DatabaseException(String message, String sqlState, Throwable cause) {
        super(message, cause);
        this.sqlState = sqlState;
    }

    /**
     * The session could not be opened. Every driver says it the same way, so a user reads one sentence whether
     * the service runs on JDBC or R2DBC: {@code Cannot connect to <target>: <driver message>; check the URL, user
     * and password and that the server is running}.
     *
     * @param target        where the driver connects, never with a password
     * @param driverMessage the driver's own message; may span lines, may be null
     */
    public static DatabaseException connectionFailed(String target, String driverMessage, String sqlState,
            Throwable cause) {
        return new DatabaseException("Cannot connect to " + target + ": " + oneLine(driverMessage)
                + "; check the URL, user and password and that the server is running", sqlState, cause);
    }

    /** The driver's message as one sentence fragment: no line breaks, no full stop before the advice. */
    private static String oneLine(String message) {
        String text = message == null || message.isBlank() ? "connection failed"
                : message.strip().replaceAll("\\s*\\R\\s*", " ");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    /** The SQLSTATE when the server gave one, else null. */
    public String sqlState() {
        return sqlState;
    }
}
