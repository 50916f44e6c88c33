package dev.strata.cli;

import dev.strata.test.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads a test database's state, to check what a command did (or did not do). */
final class Database {

    private Database() {
    }

    /** {@code postgresql://user[:password]@host:port/db}, the form of DATABASE_URL. */
    static String url(TestDatabase db) {
        return url(db, db.user(), db.password());
    }

    static String url(TestDatabase db, String user, String password) {
        String credentials = user + (password.isEmpty() ? "" : ":" + password);
        return "postgresql://" + credentials + "@" + db.jdbcUrl().substring("jdbc:postgresql://".length());
    }

    /** The rows of the version table, sorted; empty when it does not exist. */
    static List<String> versions(TestDatabase db) {
        if (!exists(db, "strata_version")) {
            return List.of();
        }
        return column(db, "SELECT version_num FROM strata_version ORDER BY 1");
    }

    /** Whether a table (or view) exists in the search path. */
    static boolean exists(TestDatabase db, String table) {
        return column(db, "SELECT to_regclass('" + table + "')::text").get(0) != null;
    }

    /** The public tables, sorted. */
    static List<String> tables(TestDatabase db) {
        return column(db, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
    }

    static List<String> column(TestDatabase db, String sql) {
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

    static void exec(TestDatabase db, String sql) {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
