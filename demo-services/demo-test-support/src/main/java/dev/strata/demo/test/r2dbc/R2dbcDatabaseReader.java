package dev.strata.demo.test.r2dbc;

import dev.strata.demo.test.migration.DatabaseReader;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;

/** Reads a reactive service's database through the service's own {@link DatabaseClient}, blocking for the rows. */
public final class R2dbcDatabaseReader implements DatabaseReader {

    private final DatabaseClient database;

    private R2dbcDatabaseReader(DatabaseClient database) {
        this.database = database;
    }

    /** The database {@code database} connects to. */
    public static R2dbcDatabaseReader of(DatabaseClient database) {
        return new R2dbcDatabaseReader(database);
    }

    @Override
    public List<String> all(String sql) {
        return database.sql(sql).map(row -> row.get(0, String.class)).all().collectList().block();
    }
}
