package dev.strata.r2dbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.MigrationResult;
import dev.strata.Strata;
import dev.strata.engine.TestDriver;
import dev.strata.test.PostgresExtension;
import dev.strata.test.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A JDBC service and a reactive one (or an old and a new version of one service) migrating the same database
 * at once: both engines take the same advisory lock, so one migrates while the other waits, then finds nothing
 * pending. The first engine is held inside its first revision until the second is seen polling for the lock, so
 * the overlap is certain, not a matter of timing.
 */
@ExtendWith(PostgresExtension.class)
class MixedDriversLockTest {

    /** A key of the test's own, far from Strata's: the first revision waits on it. */
    private static final long GATE = 424_242L;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} migrates, {1} waits")
    @CsvSource({ "JDBC, R2DBC", "R2DBC, JDBC" })
    void oneEngineMigratesTheOtherWaitsAndFindsNothingPending(TestDriver first, TestDriver second,
            TestDatabase db) throws Exception {
        revisions();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Connection gate = db.connect(); Statement statement = gate.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + GATE + ")");
            Future<MigrationResult> migrating = pool.submit(() -> engine(first, db).upgrade("heads"));
            int firstPid = awaitInt(statement, "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
                    + " AND objid = " + GATE, "the first engine to wait inside its first revision");

            Future<MigrationResult> waiting = pool.submit(() -> engine(second, db).upgrade("heads"));
            awaitInt(statement, "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid NOT IN"
                    + " (pg_backend_pid(), " + firstPid + ") AND query LIKE 'SELECT pg_try_advisory_lock%'",
                    "the second engine to poll for the migration lock");
            statement.execute("SELECT pg_advisory_unlock(" + GATE + ")");

            MigrationResult migrated = migrating.get(60, TimeUnit.SECONDS);
            MigrationResult found = waiting.get(60, TimeUnit.SECONDS);
            assertThat(migrated.steps()).extracting(s -> s.revision()).containsExactly("r1", "r2", "r3");
            assertThat(found.nothingToDo()).isTrue();
            assertThat(found.headsBefore()).containsExactly("r3");
            assertThat(column(statement, "SELECT revision || ' ' || direction || ' ' || count(*) FROM strata_history"
                    + " GROUP BY revision, direction ORDER BY revision"))
                    .containsExactly("r1 upgrade 1", "r2 upgrade 1", "r3 upgrade 1");
        } finally {
            pool.shutdownNow();
        }
    }

    private Strata engine(TestDriver driver, TestDatabase db) {
        return Strata.configure().driver(driver.driver(db)).locations(dir.toString()).load();
    }

    private void revisions() throws IOException {
        revision("r1", "", "SELECT pg_advisory_xact_lock(" + GATE + ");\nCREATE TABLE t_r1 (x int);");
        revision("r2", "r1", "CREATE TABLE t_r2 (x int);");
        revision("r3", "r2", "CREATE TABLE t_r3 (x int);");
    }

    private void revision(String id, String down, String upgrade) throws IOException {
        Files.writeString(dir.resolve(id + ".sql"), "-- revision: " + id + "\n-- down_revision: " + down
                + "\n\n-- migrate:upgrade\n" + upgrade + "\n\n-- migrate:downgrade\nDROP TABLE t_" + id + ";\n");
    }

    /** Polls until {@code sql} returns a row, then returns its first column; fails after a generous deadline. */
    private static int awaitInt(Statement statement, String sql, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            List<String> rows = column(statement, sql);
            if (!rows.isEmpty()) {
                return Integer.parseInt(rows.get(0));
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    private static List<String> column(Statement statement, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                out.add(rows.getString(1));
            }
        }
        return out;
    }
}
