package dev.strata.engine;

import static dev.strata.engine.RevisionFolder.column;
import static dev.strata.engine.RevisionFolder.history;
import static dev.strata.engine.RevisionFolder.tables;
import static dev.strata.engine.RevisionFolder.versions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.strata.JavaRevision;
import dev.strata.MigrationFailedException;
import dev.strata.Operations;
import dev.strata.Revision;
import dev.strata.Strata;
import dev.strata.test.PostgresExtension;
import dev.strata.test.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A revision that fails part-way leaves no trace but its failed history row: its own statements are rolled
 * back, the version table does not move, revisions committed earlier in the same run stay committed, and the
 * error names revision, file, line and statement.
 */
@ExtendWith(PostgresExtension.class)
class FailureRollbackTest {

    private static final String DUPLICATE_KEY = "ERROR: duplicate key value violates unique constraint \"t_b2_pkey\"\n"
            + "  Detail: Key (id)=(1) already exists.";

    @TempDir
    Path dir;

    /** a1, then b2 whose second statement (file line 7) fails, then c3 which must never run. */
    private RevisionFolder chainWithFailingB2() {
        return new RevisionFolder(dir).table("a1", "")
                .add("b2", "a1", "", "CREATE TABLE t_b2 (id int PRIMARY KEY);\nINSERT INTO t_b2 VALUES (1), (1);",
                        "DROP TABLE t_b2;")
                .table("c3", "b2");
    }

    @Test
    void failingStatementRollsBackItsRevisionAndKeepsEarlierOnes(TestDatabase db) {
        RevisionFolder folder = chainWithFailingB2();
        Strata strata = folder.load(db);

        MigrationFailedException e = catchThrowableOfType(MigrationFailedException.class,
                () -> strata.upgrade("head"));

        String file = folder.file("b2").toString();
        assertThat(e).hasMessage("Revision b2 (" + file + ", line 7) failed during upgrade: " + DUPLICATE_KEY
                + "\n  Statement: INSERT INTO t_b2 VALUES (1), (1)"
                + "\n  The revision was rolled back; the version table does not record it.");
        assertThat(e.revision()).isEqualTo("b2");
        assertThat(e.location()).isEqualTo(file);
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.statement()).isEqualTo("INSERT INTO t_b2 VALUES (1), (1)");

        // a1 committed before b2 started; b2's CREATE TABLE went with its rollback; c3 never ran.
        assertThat(versions(db, "strata_version")).containsExactly("a1");
        assertThat(tables(db)).containsExactly("t_a1");
        assertThat(history(db, "strata_history")).containsExactly("a1 upgrade true", "b2 upgrade false");
        assertThat(column(db, "SELECT error FROM strata_history WHERE NOT success")).containsExactly(e.getMessage());
    }

    @Test
    void fixedRevisionRunsOnTheNextAttempt(TestDatabase db) {
        RevisionFolder folder = chainWithFailingB2();
        catchThrowableOfType(MigrationFailedException.class, () -> folder.load(db).upgrade("head"));

        // The failed attempt recorded no checksum, so fixing the file is not an edit of an applied revision.
        folder.add("b2", "a1", "", "CREATE TABLE t_b2 (id int PRIMARY KEY);\nINSERT INTO t_b2 VALUES (1), (2);",
                "DROP TABLE t_b2;");
        folder.load(db).upgrade("head");

        assertThat(versions(db, "strata_version")).containsExactly("c3");
        assertThat(tables(db)).containsExactly("t_a1", "t_b2", "t_c3");
        assertThat(history(db, "strata_history")).containsExactly("a1 upgrade true", "b2 upgrade false",
                "b2 upgrade true", "c3 upgrade true");
    }

    @Test
    void constraintCheckedAtCommitRollsBackTheRevisionWithItsVersionRow(TestDatabase db) {
        RevisionFolder folder = new RevisionFolder(dir).table("a1", "").add("b2", "a1", "", String.join("\n",
                "CREATE TABLE t_parent (id int PRIMARY KEY);",
                "CREATE TABLE t_child (parent int REFERENCES t_parent DEFERRABLE INITIALLY DEFERRED);",
                "INSERT INTO t_child VALUES (5);"), "DROP TABLE t_child;\nDROP TABLE t_parent;");

        MigrationFailedException e = catchThrowableOfType(MigrationFailedException.class,
                () -> folder.load(db).upgrade("head"));

        // Every statement ran; the commit that would have moved the version row too is what failed.
        assertThat(e).hasMessage("Revision b2 (" + folder.file("b2") + ") failed during upgrade: ERROR: insert or"
                + " update on table \"t_child\" violates foreign key constraint \"t_child_parent_fkey\"\n"
                + "  Detail: Key (parent)=(5) is not present in table \"t_parent\".\n"
                + "  The revision was rolled back; the version table does not record it.");
        assertThat(e.line()).isZero();
        assertThat(versions(db, "strata_version")).containsExactly("a1");
        assertThat(tables(db)).containsExactly("t_a1");
        assertThat(history(db, "strata_history")).containsExactly("a1 upgrade true", "b2 upgrade false");
    }

    @Test
    void failingDowngradeLeavesTheRevisionApplied(TestDatabase db) {
        RevisionFolder folder = new RevisionFolder(dir).table("a1", "")
                .add("b2", "a1", "", "CREATE TABLE t_b2 (x int);", "DROP TABLE t_b2;\nDROP TABLE t_missing;");
        Strata strata = folder.load(db);
        strata.upgrade("head");

        MigrationFailedException e = catchThrowableOfType(MigrationFailedException.class,
                () -> strata.downgrade("base"));

        assertThat(e).hasMessage("Revision b2 (" + folder.file("b2") + ", line 10) failed during downgrade:"
                + " ERROR: table \"t_missing\" does not exist"
                + "\n  Statement: DROP TABLE t_missing"
                + "\n  The revision was rolled back; the version table does not record it.");
        assertThat(versions(db, "strata_version")).containsExactly("b2");
        assertThat(tables(db)).containsExactly("t_a1", "t_b2");
        assertThat(history(db, "strata_history")).containsExactly("a1 upgrade true", "b2 upgrade true",
                "b2 downgrade false");
    }

    @Test
    void throwingJavaRevisionRollsBackItsStatements(TestDatabase db) {
        Strata strata = new RevisionFolder(dir).table("a1", "").table("c3", "j_backfill").configure(db)
                .javaRevisions(FailingBackfill.class).load();

        MigrationFailedException e = catchThrowableOfType(MigrationFailedException.class,
                () -> strata.upgrade("head"));

        String location = "class " + FailingBackfill.class.getName();
        assertThat(e).hasMessage("Revision j_backfill (" + location + ") failed during upgrade: 1 order has no"
                + " client\n  The revision was rolled back; the version table does not record it.");
        assertThat(e.revision()).isEqualTo("j_backfill");
        assertThat(e.location()).isEqualTo(location);
        assertThat(e.line()).isZero();
        assertThat(e.statement()).isNull();
        assertThat(e).hasCauseInstanceOf(IllegalStateException.class);

        assertThat(versions(db, "strata_version")).containsExactly("a1");
        assertThat(tables(db)).containsExactly("t_a1");
        assertThat(history(db, "strata_history")).containsExactly("a1 upgrade true", "j_backfill upgrade false");
    }

    /** Creates and fills a table through {@link Operations}, then finds a reason to give up. */
    @Revision(id = "j_backfill", revises = "a1", message = "Backfill orders")
    public static final class FailingBackfill implements JavaRevision {

        @Override
        public void upgrade(Operations op) {
            op.createTable("t_orders", List.of(Operations.Column.of("id", "int").primaryKey(),
                    Operations.Column.of("client_id", "int")));
            op.execute("INSERT INTO t_orders VALUES (?, ?)", 1, null);
            long orphans = (Long) op.query("SELECT count(*) AS n FROM t_orders WHERE client_id IS NULL").get(0)
                    .get("n");
            throw new IllegalStateException(orphans + " order has no client");
        }

        @Override
        public void downgrade(Operations op) {
            op.dropTable("t_orders");
        }
    }
}
