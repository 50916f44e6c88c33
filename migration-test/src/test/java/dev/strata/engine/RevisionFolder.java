package dev.strata.engine;

import dev.strata.Strata;
import dev.strata.StrataConfiguration;
import dev.strata.test.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes SQL revision files into a temporary folder, as a developer would, for database scenarios. */
final class RevisionFolder {

    private final Path dir;

    RevisionFolder(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    /** A revision that creates table {@code t_<id>} and drops it on downgrade. */
    RevisionFolder table(String id, String down) {
        return add(id, down, "", "CREATE TABLE t_" + id + " (x int);", "DROP TABLE t_" + id + ";");
    }

    /** The file {@link #add} writes for {@code id}. */
    Path file(String id) {
        return dir.resolve(id + "_rev.sql");
    }

    RevisionFolder add(String id, String down, String extraHeader, String upgrade, String downgrade) {
        String text = "-- revision: " + id + "\n-- down_revision: " + down + "\n" + extraHeader
                + "-- message: create t_" + id + "\n\n-- migrate:upgrade\n" + upgrade + "\n\n-- migrate:downgrade\n"
                + downgrade + "\n";
        return write(file(id).getFileName().toString(), text);
    }

    RevisionFolder write(String name, String text) {
        try {
            Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    StrataConfiguration.Builder configure(TestDatabase db) {
        return Strata.configure().driver(TestDriver.current().driver(db)).locations(dir.toString());
    }

    Strata load(TestDatabase db) {
        return configure(db).load();
    }

    /** Rows of the version table, sorted. */
    static List<String> versions(TestDatabase db, String table) {
        return column(db, "SELECT version_num FROM " + table + " ORDER BY 1");
    }

    /** The t_* tables that exist, sorted. */
    static List<String> tables(TestDatabase db) {
        return column(db, "SELECT tablename FROM pg_tables WHERE tablename LIKE 't\\_%' ORDER BY 1");
    }

    /** Whether a table (or other relation) of that name is on the search path. */
    static boolean exists(TestDatabase db, String relation) {
        return column(db, "SELECT to_regclass('" + relation + "') IS NOT NULL").equals(List.of("t"));
    }

    /** The history table as {@code revision direction success} lines, oldest first. */
    static List<String> history(TestDatabase db, String table) {
        return column(db, "SELECT concat_ws(' ', revision, direction, success::text) FROM " + table + " ORDER BY id");
    }

    static List<String> column(TestDatabase db, String sql) {
        List<String> out = new ArrayList<>();
        try (var connection = db.connect(); var statement = connection.createStatement();
                var rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    static void exec(TestDatabase db, String sql) {
        try (var connection = db.connect(); var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
