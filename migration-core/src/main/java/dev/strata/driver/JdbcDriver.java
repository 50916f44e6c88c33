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
            throw DatabaseException.connectionFailed(description, e.getMessage(), e.getSQLState(), e);
        }
        return new JdbcSession(connection);
    }

    @Override
    public String describe() {
        return description;
    }
}
