package dev.strata.driver;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The JDBC driver of the engine: sessions are connections taken from a {@link DataSource}. */
public final class JdbcDriver implements DatabaseDriver {

    private final DataSource dataSource;
    private final String description;

    public JdbcDriver(DataSource dataSource, String description) {
        this.dataSource = dataSource;
        this.description = description;
    }

    @Override
    public DatabaseSession open() {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw new DatabaseException("Cannot connect to " + description + ": " + oneLine(e.getMessage())
                    + "; check the URL, user and password and that the server is running", e.getSQLState(), e);
        }
        return new JdbcSession(connection);
    }

    /** The driver's message as one sentence fragment: no line breaks, no full stop before the advice. */
    private static String oneLine(String message) {
        String text = message == null ? "connection failed" : message.strip().replaceAll("\\s*\\R\\s*", " ");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    @Override
    public String describe() {
        return description;
    }
}
