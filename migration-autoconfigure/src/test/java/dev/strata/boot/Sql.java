package dev.strata.boot;

import dev.strata.test.TestDatabase;
import io.r2dbc.spi.ConnectionFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.r2dbc.ConnectionFactoryBuilder;

/** Reads a test database directly, to check what the engines did. */
public final class Sql {

    private Sql() {
    }

    /** The first column of every row. */
    public static List<String> column(TestDatabase db, String sql) {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rows.next()) {
                out.add(rows.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    public static void execute(TestDatabase db, String sql) {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The rows of a version table, sorted. */
    public static List<String> versions(TestDatabase db, String table) {
        return column(db, "SELECT version_num FROM " + table + " ORDER BY version_num");
    }

    /** The tables of every non-system schema, as schema.table, sorted. */
    public static List<String> tables(TestDatabase db) {
        return column(db, "SELECT table_schema || '.' || table_name FROM information_schema.tables WHERE"
                + " table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1");
    }

    /**
     * Everything a downgrade could change: tables, the version rows and the number of history rows of steps
     * (audit rows of refused attempts and dry runs are not changes).
     */
    public static List<String> snapshot(TestDatabase db) {
        List<String> out = new ArrayList<>(tables(db));
        out.addAll(versions(db, "strata_version"));
        out.addAll(column(db, "SELECT 'history rows: ' || count(*) FROM strata_history WHERE direction NOT IN"
                + " ('refused', 'dry-run')"));
        return out;
    }

    /** The newest history row as {@code direction by principal to target: message}. */
    public static String lastAudit(TestDatabase db) {
        return column(db, "SELECT direction || ' by ' || coalesce(principal, '-') || ' to ' || coalesce(to_revisions,"
                + " '-') || ': ' || coalesce(message, '') FROM strata_history ORDER BY id DESC LIMIT 1").get(0);
    }

    /** Spring Boot R2DBC properties for the database: what a reactive service sets instead of spring.datasource. */
    public static String[] r2dbcProperties(TestDatabase db) {
        return new String[] { "spring.r2dbc.url=" + db.r2dbcUrl(), "spring.r2dbc.username=" + db.user(),
                "spring.r2dbc.password=" + db.password(), "spring.r2dbc.pool.initial-size=1",
                "spring.r2dbc.pool.max-size=2" };
    }

    /** An R2DBC ConnectionFactory for the database, as a service defines one of several. */
    public static ConnectionFactory connectionFactory(TestDatabase db) {
        ConnectionFactoryBuilder builder = ConnectionFactoryBuilder.withUrl(db.r2dbcUrl()).username(db.user());
        return (db.password().isEmpty() ? builder : builder.password(db.password())).build();
    }

    /** Spring Boot DataSource properties for the database, with a small pool. */
    public static String[] dataSourceProperties(TestDatabase db) {
        return new String[] { "spring.datasource.url=" + db.jdbcUrl(), "spring.datasource.username=" + db.user(),
                "spring.datasource.password=" + db.password(), "spring.datasource.hikari.maximum-pool-size=2" };
    }
}
