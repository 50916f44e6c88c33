package dev.strata.engine;

import static dev.strata.engine.RevisionFolder.exists;
import static dev.strata.engine.RevisionFolder.history;
import static dev.strata.engine.RevisionFolder.tables;
import static dev.strata.engine.RevisionFolder.versions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.MigrationFailedException;
import dev.strata.MigrationResult;
import dev.strata.Strata;
import dev.strata.StrataException;
import dev.strata.TransactionMode;
import dev.strata.test.PostgresExtension;
import dev.strata.test.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@link TransactionMode#ALL}: the whole run is one transaction, so it applies completely or not at all. */
@ExtendWith(PostgresExtension.class)
class TransactionModeAllTest {

    @TempDir
    Path dir;

    private Strata all(RevisionFolder folder, TestDatabase db) {
        return folder.configure(db).transactionMode(TransactionMode.ALL).load();
    }

    /** a1, b2, then c3 whose second statement (file line 7) fails. */
    private RevisionFolder chainWithFailingThird() {
        return new RevisionFolder(dir).table("a1", "").table("b2", "a1")
                .add("c3", "b2", "", "CREATE TABLE t_c3 (x int);\nSELECT 1 / 0;", "DROP TABLE t_c3;");
    }

    @Test
    void failingThirdRevisionLeavesNothingOfTheRunOnAFreshDatabase(TestDatabase db) {
        RevisionFolder folder = chainWithFailingThird();

        assertThatThrownBy(() -> all(folder, db).upgrade("head")).isInstanceOf(MigrationFailedException.class)
                .hasMessage("Revision c3 (" + folder.file("c3") + ", line 7) failed during upgrade: ERROR: division by"
                        + " zero\n  Statement: SELECT 1 / 0"
                        + "\n  Transaction mode ALL: the whole run was rolled back, no revision of it is applied"
                        + " and the version table is unchanged.");

        // Even the bookkeeping tables were created inside the rolled-back transaction.
        assertThat(exists(db, "strata_version")).isFalse();
        assertThat(exists(db, "strata_history")).isFalse();
        assertThat(tables(db)).isEmpty();
    }

    @Test
    void failingRunOnAnExistingDatabaseKeepsWhatEarlierRunsDid(TestDatabase db) {
        RevisionFolder folder = chainWithFailingThird().table("d4", "c3");
        folder.load(db).upgrade("a1");

        assertThatThrownBy(() -> all(folder, db).upgrade("head")).isInstanceOf(MigrationFailedException.class)
                .hasMessageStartingWith("Revision c3 (" + folder.file("c3") + ", line 7) failed during upgrade")
                .hasMessageEndingWith("Transaction mode ALL: the whole run was rolled back, no revision of it is"
                        + " applied and the version table is unchanged.");

        assertThat(versions(db, "strata_version")).containsExactly("a1");
        assertThat(tables(db)).containsExactly("t_a1");
        // b2's successful row was in the same transaction; nothing of the run is left.
        assertThat(history(db, "strata_history")).containsExactly("a1 upgrade true");
    }

    @Test
    void successfulRunAppliesEveryRevision(TestDatabase db) {
        Strata strata = all(new RevisionFolder(dir).table("a1", "").table("b2", "a1").table("c3", "b2"), db);

        MigrationResult result = strata.upgrade("head");

        assertThat(result.steps()).extracting(s -> s.revision()).containsExactly("a1", "b2", "c3");
        assertThat(versions(db, "strata_version")).containsExactly("c3");
        assertThat(tables(db)).containsExactly("t_a1", "t_b2", "t_c3");
        assertThat(history(db, "strata_history")).containsExactly("a1 upgrade true", "b2 upgrade true",
                "c3 upgrade true");

        strata.downgrade("base");
        assertThat(versions(db, "strata_version")).isEmpty();
        assertThat(tables(db)).isEmpty();
    }

    @Test
    void nonTransactionalRevisionIsRefusedBeforeAnythingRuns(TestDatabase db) {
        RevisionFolder folder = new RevisionFolder(dir).table("a1", "")
                .add("b2", "a1", "-- transactional: false\n", "CREATE INDEX CONCURRENTLY t_a1_x ON t_a1 (x);",
                        "DROP INDEX CONCURRENTLY t_a1_x;")
                .table("c3", "b2");

        assertThatThrownBy(() -> all(folder, db).upgrade("head")).isInstanceOf(StrataException.class)
                .hasMessage("Revision b2 (" + folder.file("b2") + ") is declared 'transactional: false' and cannot run"
                        + " inside transaction mode ALL; use transaction mode PER_REVISION for this run");

        assertThat(exists(db, "strata_version")).isFalse();
        assertThat(exists(db, "strata_history")).isFalse();
        assertThat(tables(db)).isEmpty();
    }
}
