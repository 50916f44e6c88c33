package dev.strata.maven.it;

import dev.strata.test.TestDatabase;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A test database as the samples are given it, and what the plugin left in it. */
final class Databases {

    private Databases() {
    }

    /** {@code postgresql://user:password@host:port/db}: the form of DATABASE_URL that the Alembic guide uses. */
    static String libpqUrl(TestDatabase database) {
        String password = database.password().isEmpty() ? ""
                : ":" + URLEncoder.encode(database.password(), StandardCharsets.UTF_8);
        return "postgresql://" + URLEncoder.encode(database.user(), StandardCharsets.UTF_8) + password + "@"
                + database.jdbcUrl().substring("jdbc:postgresql://".length());
    }

    /** The rows of the version table, sorted. */
    static List<String> versions(TestDatabase database) {
        return strings(database, "SELECT version_num FROM strata_version ORDER BY 1");
    }

    /** The columns of a table in the current schema, in order. */
    static List<String> columns(TestDatabase database, String table) {
        return strings(database, "SELECT column_name FROM information_schema.columns WHERE table_schema ="
                + " current_schema() AND table_name = '" + table + "' ORDER BY ordinal_position");
    }

    /** The first column of a query's rows. */
    static List<String> strings(TestDatabase database, String sql) {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
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
}
