package dev.strata.r2dbc;

import dev.strata.driver.DatabaseException;
import io.r2dbc.postgresql.api.ErrorDetails;
import io.r2dbc.postgresql.api.PostgresqlException;
import io.r2dbc.spi.R2dbcException;
import java.io.IOException;
import java.util.Optional;
import reactor.core.Exceptions;

/**
 * Turns what the R2DBC driver throws into the {@link DatabaseException} the JDBC driver would have thrown for
 * the same server error: the message laid out as pgjdbc lays it out ({@code ERROR: <message>}, then indented
 * {@code Detail:}, {@code Hint:}, {@code Position:} and {@code Where:} lines), and the SQLSTATE. Revision failures,
 * the history table and the endpoint then read the same whichever driver ran the revision.
 */
final class R2dbcErrors {

    private R2dbcErrors() {
    }

    /** A failed statement, transaction call or close. */
    static DatabaseException translate(Throwable thrown) {
        Throwable error = Exceptions.unwrap(thrown);
        if (error instanceof DatabaseException database) {
            return database;
        }
        if (error instanceof PostgresqlException postgres) {
            ErrorDetails details = postgres.getErrorDetails();
            return new DatabaseException(serverMessage(details), details.getCode(), error);
        }
        String sqlState = error instanceof R2dbcException r2dbc ? r2dbc.getSqlState() : null;
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage().strip();
        return new DatabaseException(message, sqlState, error);
    }

    /**
     * A connection that could not be opened. The server's refusal (a wrong password) is its message, as over
     * JDBC; a transport failure is the socket's own words ({@code Connection refused: localhost/127.0.0.1:5432}),
     * which name the address actually tried, where r2dbc-postgresql's wrapper prints it unresolved.
     */
    static DatabaseException connectFailure(Throwable thrown) {
        Throwable error = Exceptions.unwrap(thrown);
        boolean fromServer = error instanceof PostgresqlException postgres
                && postgres.getErrorDetails().getSeverityLocalized() != null;
        if (fromServer) {
            return translate(error);
        }
        // The outermost I/O failure: Netty's names the address, the JDK's socket error inside it does not.
        IOException transport = null;
        for (Throwable t = error; t != null && transport == null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof IOException io && io.getMessage() != null) {
                transport = io;
            }
        }
        if (transport == null) {
            return translate(error);
        }
        String sqlState = error instanceof R2dbcException r2dbc ? r2dbc.getSqlState() : null;
        return new DatabaseException(transport.getMessage().strip(), sqlState, error);
    }

    /** pgjdbc's {@code ServerErrorMessage.toString()}, field for field. */
    static String serverMessage(ErrorDetails details) {
        StringBuilder text = new StringBuilder();
        if (details.getSeverityLocalized() != null) {
            text.append(details.getSeverityLocalized()).append(": ");
        }
        if (details.getMessage() != null) {
            text.append(details.getMessage());
        }
        line(text, "Detail", details.getDetail());
        line(text, "Hint", details.getHint());
        line(text, "Position", details.getPosition());
        line(text, "Where", details.getWhere());
        return text.toString().strip();
    }

    private static void line(StringBuilder text, String label, Optional<String> value) {
        value.ifPresent(v -> text.append("\n  ").append(label).append(": ").append(v));
    }
}
