package dev.strata.engine;

import static dev.strata.engine.RevisionFolder.column;
import static dev.strata.engine.RevisionFolder.exists;
import static dev.strata.engine.RevisionFolder.history;
import static dev.strata.engine.RevisionFolder.tables;
import static dev.strata.engine.RevisionFolder.versions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.MigrationFailedException;
import dev.strata.Strata;
import dev.strata.StrataException;
import dev.strata.test.PostgresExtension;
import dev.strata.test.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -- transactional: false} revisions, the statements that need them, and the statements whose
 * semicolons do not end them ({@code DO} blocks, PL/pgSQL bodies).
 */
@ExtendWith(PostgresExtension.class)
class NonTransactionalTest {

    private static final String NON_TRANSACTIONAL = "-- transactional: false\n";

    @TempDir
    Path dir;

    /** a1 creates and fills t_a1; each test adds what comes after. */
    private RevisionFolder base() {
        return new RevisionFolder(dir).add("a1", "", "",
                "CREATE TABLE t_a1 (x int);\nINSERT INTO t_a1 SELECT generate_series(1, 1000);", "DROP TABLE t_a1;");
    }

    @Test
    void createIndexConcurrentlyRunsInANonTransactionalRevision(TestDatabase db) {
        Strata strata = base().add("b2", "a1", NON_TRANSACTIONAL, "CREATE INDEX CONCURRENTLY t_a1_x ON t_a1 (x);",
                "DROP INDEX CONCURRENTLY t_a1_x;").load(db);

        strata.upgrade("head");

        assertThat(column(db, "SELECT indisvalid::text || ' ' || indisready::text FROM pg_index"
                + " WHERE indexrelid = 't_a1_x'::regclass")).containsExactly("true true");
        assertThat(versions(db, "strata_version")).containsExactly("b2");
        assertThat(history(db, "strata_history")).containsExactly("a1 upgrade true", "b2 upgrade true");

        strata.downgrade("a1");
        assertThat(exists(db, "t_a1_x")).isFalse();
        assertThat(versions(db, "strata_version")).containsExactly("a1");
    }

    @Test
    void concurrentIndexInATransactionalRevisionIsRefusedBeforeAnythingRuns(TestDatabase db) {
        RevisionFolder folder = base().add("b2", "a1", "",
                "CREATE TABLE t_b2 (y int);\nCREATE UNIQUE INDEX CONCURRENTLY t_a1_x ON t_a1 (x);",
                "DROP INDEX t_a1_x;");

        assertThatThrownBy(() -> folder.load(db).upgrade("head")).isInstanceOf(StrataException.class)
                .hasMessage("Revision b2 (" + folder.file("b2") + ", line 7): CREATE INDEX CONCURRENTLY cannot run"
                        + " inside a transaction. Declare '-- transactional: false' in the header of this revision"
                        + " (and keep such statements in a revision of their own)");

        // The whole plan is checked first: not even a1, which is fine, was applied.
        assertThat(exists(db, "strata_version")).isFalse();
        assertThat(exists(db, "strata_history")).isFalse();
        assertThat(tables(db)).isEmpty();
    }

    @Test
    void explicitTransactionInATransactionalRevisionIsRefusedBeforeAnythingRuns(TestDatabase db) {
        RevisionFolder folder = base().add("b2", "a1", "",
                "BEGIN;\nCREATE TABLE t_b2 (y int);\nCOMMIT;", "DROP TABLE t_b2;");

        assertThatThrownBy(() -> folder.load(db).upgrade("head")).isInstanceOf(StrataException.class)
                .hasMessage("Revision b2 (" + folder.file("b2") + ", line 6): BEGIN is an explicit transaction"
                        + " statement, but Strata already runs this revision in a transaction. Remove it, or declare"
                        + " '-- transactional: false' in the header to manage transactions yourself");

        assertThat(exists(db, "strata_version")).isFalse();
        assertThat(tables(db)).isEmpty();
    }

    @Test
    void explicitTransactionRunsInANonTransactionalRevision(TestDatabase db) {
        Strata strata = base().add("b2", "a1", NON_TRANSACTIONAL,
                "BEGIN;\nCREATE TABLE t_b2 (y int);\nINSERT INTO t_b2 SELECT x FROM t_a1 WHERE x <= 10;\nCOMMIT;\n"
                        + "CREATE INDEX CONCURRENTLY t_b2_y ON t_b2 (y);",
                "DROP TABLE t_b2;").load(db);

        strata.upgrade("head");

        assertThat(column(db, "SELECT count(*) FROM t_b2")).containsExactly("10");
        assertThat(column(db, "SELECT indisvalid::text FROM pg_index WHERE indexrelid = 't_b2_y'::regclass"))
                .containsExactly("true");
        assertThat(versions(db, "strata_version")).containsExactly("b2");
        assertThat(history(db, "strata_history")).containsExactly("a1 upgrade true", "b2 upgrade true");
    }

    @Test
    void failureInANonTransactionalRevisionKeepsEarlierStatementsAndSaysSo(TestDatabase db) {
        RevisionFolder folder = base().add("b2", "a1", NON_TRANSACTIONAL,
                "CREATE TABLE t_b2 (y int);\nCREATE INDEX CONCURRENTLY t_b2_z ON t_b2 (z);", "DROP TABLE t_b2;");

        assertThatThrownBy(() -> folder.load(db).upgrade("head")).isInstanceOf(MigrationFailedException.class)
                .hasMessage("Revision b2 (" + folder.file("b2") + ", line 8) failed during upgrade: ERROR: column"
                        + " \"z\" does not exist\n  Statement: CREATE INDEX CONCURRENTLY t_b2_z ON t_b2 (z)"
                        + "\n  The revision is non-transactional: statements before line 8 stay applied and the"
                        + " version table does not record it. Make the revision safe to re-run (IF NOT EXISTS) or undo them"
                        + " by hand before retrying.");

        assertThat(versions(db, "strata_version")).containsExactly("a1");
        assertThat(tables(db)).containsExactly("t_a1", "t_b2");
        assertThat(history(db, "strata_history")).containsExactly("a1 upgrade true", "b2 upgrade false");
    }

    @Test
    void failureInsideItsOwnTransactionBlockRollsBackTheBlockAndIsRecorded(TestDatabase db) {
        RevisionFolder folder = base().add("b2", "a1", NON_TRANSACTIONAL,
                "CREATE TABLE t_b2 (y int);\nBEGIN;\nCREATE TABLE t_b3 (z int);\nSELECT 1 / 0;\nCOMMIT;",
                "DROP TABLE t_b2;");

        assertThatThrownBy(() -> folder.load(db).upgrade("head")).isInstanceOf(MigrationFailedException.class)
                .hasMessageStartingWith("Revision b2 (" + folder.file("b2") + ", line 10) failed during upgrade:"
                        + " ERROR: division by zero\n  Statement: SELECT 1 / 0\n");

        // Before the block: applied. In the block: rolled back with it. And the session was fit to record that.
        assertThat(tables(db)).containsExactly("t_a1", "t_b2");
        assertThat(versions(db, "strata_version")).containsExactly("a1");
        assertThat(history(db, "strata_history")).containsExactly("a1 upgrade true", "b2 upgrade false");
    }

    @Test
    void semicolonsInsideDoBlocksAndFunctionBodiesDoNotSplitStatements(TestDatabase db) {
        String upgrade = String.join("\n",
                "CREATE TABLE t_b2 (id int PRIMARY KEY, label text, updated int NOT NULL DEFAULT 0);",
                "DO $$",
                "DECLARE",
                "    i int;",
                "BEGIN",
                "    FOR i IN 1..3 LOOP",
                "        INSERT INTO t_b2 (id, label) VALUES (i, 'row; ' || i);",
                "    END LOOP;",
                "END",
                "$$;",
                "CREATE FUNCTION t_b2_touch() RETURNS trigger LANGUAGE plpgsql AS $body$",
                "BEGIN",
                "    NEW.updated := OLD.updated + 1; -- a comment; with a semicolon",
                "    RETURN NEW;",
                "END;",
                "$body$;",
                "CREATE TRIGGER t_b2_touch BEFORE UPDATE ON t_b2 FOR EACH ROW EXECUTE FUNCTION t_b2_touch();",
                "UPDATE t_b2 SET label = 'x;y' WHERE id = 2;");
        Strata strata = base().add("b2", "a1", "", upgrade,
                "DROP TABLE t_b2;\nDROP FUNCTION t_b2_touch();").load(db);

        strata.upgrade("head");

        assertThat(column(db, "SELECT concat_ws('|', id, label, updated) FROM t_b2 ORDER BY id"))
                .containsExactly("1|row; 1|0", "2|x;y|1", "3|row; 3|0");
        assertThat(versions(db, "strata_version")).containsExactly("b2");

        strata.downgrade("a1");
        assertThat(tables(db)).containsExactly("t_a1");
        assertThat(column(db, "SELECT count(*) FROM pg_proc WHERE proname = 't_b2_touch'")).containsExactly("0");
    }
}
