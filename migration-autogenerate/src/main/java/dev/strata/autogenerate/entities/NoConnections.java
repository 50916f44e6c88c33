package dev.strata.autogenerate.entities;

import java.sql.Connection;
import java.sql.SQLException;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;

/**
 * The connection provider Hibernate boots with here: it has none to give. The schema is derived from the
 * entities alone, so a request for a connection is a bug to surface, not a database to reach (and, unlike
 * Hibernate's fallback, it does not warn that the client must supply connections).
 */
final class NoConnections implements ConnectionProvider {

    @Override
    public Connection getConnection() throws SQLException {
        throw new SQLException("Autogenerate derives the entities' schema without a database connection,"
                + " but Hibernate asked for one");
    }

    @Override
    public void closeConnection(Connection connection) {
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> type) {
        return false;
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        throw new UnsupportedOperationException("NoConnections wraps nothing");
    }
}
