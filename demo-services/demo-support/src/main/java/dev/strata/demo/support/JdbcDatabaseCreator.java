package dev.strata.demo.support;

import dev.strata.test.internal.DatabaseCreation;
import dev.strata.test.internal.ServerAddress;
import java.sql.SQLException;

/** Creates the database over pgjdbc. */
final class JdbcDatabaseCreator implements DatabaseCreator {

    @Override
    public void createIfMissing(ServerAddress admin, String name) {
        try {
            DatabaseCreation.createIfMissing(admin, name);
        } catch (SQLException e) {
            throw DatabaseCreator.failure(admin, name, e.getMessage(), e);
        }
    }
}
