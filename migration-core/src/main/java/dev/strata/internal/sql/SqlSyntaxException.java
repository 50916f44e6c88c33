package dev.strata.internal.sql;

import dev.strata.StrataException;

/**
 * A script that cannot be cut into statements because a quoted string, quoted identifier,
 * dollar-quoted string or block comment is never closed. The message names the line where it opened,
 * which is where the user has to look; the line where reading stopped (the end of the file) says
 * nothing.
 */
public final class SqlSyntaxException extends StrataException {

    private final int line;

    public SqlSyntaxException(String message, int line) {
        super(message);
        this.line = line;
    }

    /** The 1-based file line on which the unterminated construct opened. */
    public int line() {
        return line;
    }
}
