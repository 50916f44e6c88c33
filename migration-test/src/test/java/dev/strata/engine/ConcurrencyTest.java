package dev.strata.engine;

import static dev.strata.engine.RevisionFolder.column;
import static dev.strata.engine.RevisionFolder.exists;
import static dev.strata.engine.RevisionFolder.tables;
import static dev.strata.engine.RevisionFolder.versions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.MigrationResult;
import dev.strata.Strata;
import dev.strata.StrataException;
import dev.strata.internal.execution.AdvisoryLock;
import dev.strata.test.PostgresExtension;
import dev.strata.test.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several instances starting together on one database: the advisory lock lets one migrate while the others
 * wait and then find nothing pending; a lock held too long ends in a timeout that names the holder.
 */
@ExtendWith(PostgresExtension.class)
class ConcurrencyTest {

    private static final int INSTANCES = 8;
    private static final int REVISIONS = 10;
    private static final long LOCK_KEY = AdvisoryLock.keyOf("", "strata_version");

    @TempDir
    Path dir;

    /** r01 ... r10; every third one sleeps to widen the window in which the others arrive. */
    private RevisionFolder chain() {
        RevisionFolder folder = new RevisionFolder(dir);
        for (int i = 1; i <= REVISIONS; i++) {
            String id = id(i);
            String sleep = i % 3 == 0 ? "\nSELECT pg_sleep(0.05);" : "";
            folder.add(id, i == 1 ? "" : id(i - 1), "", "CREATE TABLE t_" + id + " (x int);" + sleep,
                    "DROP TABLE t_" + id + ";");
        }
        return folder;
    }

    private static String id(int i) {
        return String.format("r%02d", i);
    }

    @Test
    void instancesUpgradingTogetherApplyEachRevisionOnce(TestDatabase db) throws Exception {
        RevisionFolder folder = chain();
        CyclicBarrier start = new CyclicBarrier(INSTANCES);
        ExecutorService pool = Executors.newFixedThreadPool(INSTANCES);
        List<Future<MigrationResult>> runs = new ArrayList<>();
        try {
            for (int i = 0; i < INSTANCES; i++) {
                runs.add(pool.submit(() -> {
                    Strata strata = folder.load(db);
                    start.await(10, TimeUnit.SECONDS);
                    return strata.upgrade("head");
                }));
            }
            List<MigrationResult> results = new ArrayList<>();
            for (Future<MigrationResult> run : runs) {
                results.add(run.get(60, TimeUnit.SECONDS));
            }

            // One instance ran the whole chain under the lock; the others then found the database at head.
            assertThat(results).filteredOn(r -> !r.nothingToDo()).singleElement()
                    .satisfies(r -> assertThat(r.steps()).hasSize(REVISIONS));
            assertThat(results).filteredOn(MigrationResult::nothingToDo).hasSize(INSTANCES - 1)
                    .allSatisfy(r -> assertThat(r.headsAfter()).containsExactly(id(REVISIONS)));
        } finally {
            pool.shutdownNow();
        }

        assertThat(versions(db, "strata_version")).containsExactly(id(REVISIONS));
        List<String> expectedTables = new ArrayList<>();
        List<String> expectedHistory = new ArrayList<>();
        for (int i = 1; i <= REVISIONS; i++) {
            expectedTables.add("t_" + id(i));
            expectedHistory.add(id(i) + " upgrade true 1");
        }
        assertThat(tables(db)).containsExactlyElementsOf(expectedTables);
        assertThat(column(db, "SELECT concat_ws(' ', revision, direction, success::text, count(*)) FROM strata_history"
                + " GROUP BY revision, direction, success ORDER BY revision"))
                .containsExactlyElementsOf(expectedHistory);
    }

    @Test
    void lockHeldByAnotherSessionTimesOutAndTouchesNothing(TestDatabase db) throws SQLException {
        Strata strata = chain().configure(db).lockTimeout(Duration.ofSeconds(1)).load();

        try (Connection holder = db.connect(); Statement statement = holder.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + LOCK_KEY + ")");
            String who = describe(statement);

            assertThatThrownBy(() -> strata.upgrade("head")).isExactlyInstanceOf(StrataException.class)
                    .hasMessage("Timed out after 1s waiting for the migration lock on strata_version (held by " + who
                            + "); another migration is running. Wait for it to finish, or raise the lock timeout"
                            + " (strata.lock.timeout / --lock-timeout)");

            assertThat(exists(db, "strata_version")).isFalse();
            assertThat(exists(db, "strata_history")).isFalse();
            assertThat(tables(db)).isEmpty();
        }

        // The holder's session ended, and its lock with it.
        assertThat(strata.upgrade("head").steps()).hasSize(REVISIONS);
        assertThat(versions(db, "strata_version")).containsExactly(id(REVISIONS));
    }

    @Test
    void lockIsPerDatabaseAndTheTimeoutNamesTheHolderInThisDatabase(TestDatabase db, TestDatabase neighbour)
            throws SQLException {
        Strata strata = chain().configure(db).lockTimeout(Duration.ofSeconds(1)).load();

        try (Connection other = neighbour.connect(); Statement otherStatement = other.createStatement()) {
            // Another service migrating its own database on the same server holds the same key...
            otherStatement.execute("SELECT pg_advisory_lock(" + LOCK_KEY + ")");
            assertThat(strata.upgrade("r01").steps()).hasSize(1);

            // ...and must not be named when someone in this database is the one in the way.
            try (Connection holder = db.connect(); Statement statement = holder.createStatement()) {
                statement.execute("SELECT pg_advisory_lock(" + LOCK_KEY + ")");
                String who = describe(statement);
                assertThatThrownBy(() -> strata.upgrade("head")).isExactlyInstanceOf(StrataException.class)
                        .hasMessage("Timed out after 1s waiting for the migration lock on strata_version (held by "
                                + who + "); another migration is running. Wait for it to finish, or raise the lock"
                                + " timeout (strata.lock.timeout / --lock-timeout)");
            }
        }
        assertThat(versions(db, "strata_version")).containsExactly("r01");
    }

    /** The session as the lock-timeout message describes its holder. */
    private static String describe(Statement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery("SELECT pg_backend_pid(), current_user,"
                + " host(inet_client_addr())")) {
            row.next();
            String from = row.getString(3) == null ? "" : ", from " + row.getString(3);
            return "pid " + row.getInt(1) + ", user " + row.getString(2) + from;
        }
    }
}
