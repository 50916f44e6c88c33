package dev.strata.demo.support;

import dev.strata.test.internal.ServerAddress;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** Creates the database over pgjdbc. */
final class JdbcDatabaseCreator implements DatabaseCreator {

    @Override
    public void createIfMissing(ServerAddress admin, String name) {
        try (Connection connection = connect(admin);
                PreparedStatement exists = connection.prepareStatement(Sql.EXISTS)) {
            exists.setString(1, name);
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute(Sql.create(name));
            }
        } catch (SQLException e) {
            if (!Sql.DUPLICATE_DATABASE.equals(e.getSQLState())) {
                throw Sql.failure(admin, name, e.getMessage(), e);
            }
        }
    }

    private static Connection connect(ServerAddress admin) throws SQLException {
        try {
            return DriverManager.getConnection(admin.jdbcUrl(), credentials(admin));
        } catch (SQLException e) {
            if (!Sql.INVALID_CATALOG.equals(e.getSQLState()) || admin.database().equals(Sql.MAINTENANCE_DATABASE)) {
                throw e;
            }
            ServerAddress maintenance = admin.withDatabase(Sql.MAINTENANCE_DATABASE);
            return DriverManager.getConnection(maintenance.jdbcUrl(), credentials(maintenance));
        }
    }

    private static Properties credentials(ServerAddress address) {
        Properties properties = new Properties();
        properties.setProperty("user", address.user());
        properties.setProperty("password", address.password());
        return properties;
    }
}
