package dev.strata.engine;

import static dev.strata.engine.RevisionFolder.tables;
import static dev.strata.engine.RevisionFolder.versions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.MigrationResult;
import dev.strata.RevisionInfo;
import dev.strata.Strata;
import dev.strata.StrataException;
import dev.strata.test.PostgresExtension;
import dev.strata.test.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Every target form, up and down, on a real PostgreSQL. */
@ExtendWith(PostgresExtension.class)
class UpgradeDowngradeTest {

    @TempDir
    Path dir;

    private RevisionFolder chain() {
        return new RevisionFolder(dir).table("a1b2c3d4e5f6", "").table("b2c3d4e5f6a1", "a1b2c3d4e5f6")
                .table("c3d4e5f6a1b2", "b2c3d4e5f6a1").table("d4e5f6a1b2c3", "c3d4e5f6a1b2");
    }

    @Test
    void upgradesALinearChainStepByStepAndBack(TestDatabase db) {
        Strata strata = chain().load(db);

        MigrationResult first = strata.upgrade("+1");
        assertThat(first.steps()).extracting(s -> s.description()).containsExactly("upgrade  -> a1b2c3d4e5f6");
        assertThat(versions(db, "strata_version")).containsExactly("a1b2c3d4e5f6");

        strata.upgrade("+2");
        assertThat(versions(db, "strata_version")).containsExactly("c3d4e5f6a1b2");
        assertThat(tables(db)).containsExactly("t_a1b2c3d4e5f6", "t_b2c3d4e5f6a1", "t_c3d4e5f6a1b2");

        assertThat(strata.upgrade("head").steps()).hasSize(1);
        assertThat(strata.current()).extracting(RevisionInfo::id).containsExactly("d4e5f6a1b2c3");
        assertThat(strata.upgrade("head").nothingToDo()).isTrue();

        MigrationResult down = strata.downgrade("-2");
        assertThat(down.steps()).extracting(s -> s.description())
                .containsExactly("downgrade d4e5f6a1b2c3 -> c3d4e5f6a1b2", "downgrade c3d4e5f6a1b2 -> b2c3d4e5f6a1");
        assertThat(versions(db, "strata_version")).containsExactly("b2c3d4e5f6a1");

        strata.downgrade("base");
        assertThat(versions(db, "strata_version")).isEmpty();
        assertThat(tables(db)).isEmpty();
    }

    @Test
    void resolvesIdsPrefixesAndRelativeTargets(TestDatabase db) {
        Strata strata = chain().load(db);
        strata.upgrade("b2c3");
        assertThat(versions(db, "strata_version")).containsExactly("b2c3d4e5f6a1");
        strata.upgrade("b2c3d4e5f6a1+2");
        assertThat(versions(db, "strata_version")).containsExactly("d4e5f6a1b2c3");
        strata.downgrade("d4e5f6a1b2c3-3");
        assertThat(versions(db, "strata_version")).containsExactly("a1b2c3d4e5f6");
        strata.upgrade("c3d4e5f6a1b2");
        strata.downgrade("a1b2c3d4e5f6");
        assertThat(versions(db, "strata_version")).containsExactly("a1b2c3d4e5f6");
        assertThat(tables(db)).containsExactly("t_a1b2c3d4e5f6");
    }

    @Test
    void refusesBadTargetsAndLeavesTheDatabaseAlone(TestDatabase db) {
        Strata strata = chain().load(db);
        strata.upgrade("+1");

        assertThatThrownBy(() -> strata.upgrade("+9")).isInstanceOf(StrataException.class)
                .hasMessage("Relative revision +9 didn't produce 9 migrations");
        assertThatThrownBy(() -> strata.upgrade("ffff0000")).hasMessage("Can't locate revision identified by 'ffff0000'");
        assertThatThrownBy(() -> strata.upgrade("ff")).hasMessageContaining(
                "please ensure at least four characters are present for partial revision identifier matches");
        assertThatThrownBy(() -> strata.downgrade("+1"))
                .hasMessage("Relative revision +1 didn't produce 1 migrations");
        assertThatThrownBy(() -> strata.downgrade("c3d4e5f6a1b2"))
                .hasMessage("Destination c3d4e5f6a1b2 is not a valid downgrade target from current head(s)");
        assertThatThrownBy(() -> strata.downgrade("-2")).hasMessage("Relative revision -2 didn't produce 2 migrations");

        assertThat(versions(db, "strata_version")).containsExactly("a1b2c3d4e5f6");
        assertThat(tables(db)).containsExactly("t_a1b2c3d4e5f6");
    }

    @Test
    void ambiguousPrefixListsTheMatches(TestDatabase db) {
        Strata strata = new RevisionFolder(dir).table("abcd1111", "").table("abcd2222", "abcd1111").load(db);
        assertThatThrownBy(() -> strata.upgrade("abcd"))
                .hasMessage("Can't locate revision identified by 'abcd'; multiple revisions start with 'abcd': 'abcd1111',"
                        + " 'abcd2222'; use more characters of the id");
        assertThat(RevisionFolder.column(db, "SELECT to_regclass('strata_version')::text")).containsOnlyNulls();
    }

    @Test
    void branchesAndMergesMoveTheVersionTableLikeAlembic(TestDatabase db) {
        RevisionFolder folder = new RevisionFolder(dir).table("root", "")
                .add("left1", "root", "-- branch_labels: left\n", "CREATE TABLE t_left1 (x int);", "DROP TABLE t_left1;")
                .table("left2", "left1")
                .add("right1", "root", "-- branch_labels: right\n", "CREATE TABLE t_right1 (x int);",
                        "DROP TABLE t_right1;");
        Strata strata = folder.load(db);

        assertThatThrownBy(() -> strata.upgrade("head")).hasMessageStartingWith(
                "Multiple head revisions are present for given argument 'head'; please specify a specific target"
                        + " revision, '<branchname>@head' to narrow to a specific head, or 'heads' for all heads");
        strata.upgrade("left@head");
        assertThat(versions(db, "strata_version")).containsExactly("left2");
        strata.upgrade("right@head");
        assertThat(versions(db, "strata_version")).containsExactly("left2", "right1");
        strata.downgrade("left@-1");
        assertThat(versions(db, "strata_version")).containsExactly("left1", "right1");
        strata.downgrade("root");
        assertThat(versions(db, "strata_version")).containsExactly("root");

        Strata merged = folder.table("merge1", "left2, right1").load(db);
        merged.upgrade("head");
        assertThat(versions(db, "strata_version")).containsExactly("merge1");
        merged.downgrade("merge1-1".replace("merge1-1", "left2"));
        // Downgrading the merge point re-opens both branches.
        assertThat(versions(db, "strata_version")).containsExactly("left2", "right1");
        merged.upgrade("heads");
        merged.downgrade("left1");
        assertThat(versions(db, "strata_version")).containsExactly("left1", "right1");
        assertThat(tables(db)).containsExactly("t_left1", "t_right1", "t_root");
        merged.downgrade("base");
        assertThat(versions(db, "strata_version")).isEmpty();
        assertThat(tables(db)).isEmpty();
    }

    @Test
    void stampMovesTheVersionTableWithoutRunningAnything(TestDatabase db) {
        Strata strata = chain().load(db);
        strata.stamp(List.of("c3d4e5f6a1b2"), false);
        assertThat(versions(db, "strata_version")).containsExactly("c3d4e5f6a1b2");
        assertThat(tables(db)).isEmpty();
        strata.upgrade("head");
        assertThat(tables(db)).containsExactly("t_d4e5f6a1b2c3");
        strata.stamp(List.of("base"), false);
        assertThat(versions(db, "strata_version")).isEmpty();
        RevisionFolder.exec(db, "INSERT INTO strata_version VALUES ('zzzz')");
        assertThatThrownBy(() -> strata.upgrade("head")).hasMessageStartingWith("Can't locate revision identified by 'zzzz'");
        strata.stamp(List.of("b2c3d4e5f6a1"), true);
        assertThat(versions(db, "strata_version")).containsExactly("b2c3d4e5f6a1");
        assertThat(RevisionFolder.column(db, "SELECT direction FROM strata_history ORDER BY id"))
                .containsExactly("stamp", "upgrade", "stamp", "stamp");
    }

    @Test
    void downgradePlanListsWhatADowngradeWouldUndoWithoutRunningIt(TestDatabase db) {
        Strata strata = chain().load(db);
        strata.upgrade("heads");

        assertThat(strata.downgradePlan("-2")).extracting(RevisionInfo::id)
                .containsExactly("d4e5f6a1b2c3", "c3d4e5f6a1b2");
        assertThat(strata.downgradePlan("d4e5f6a1b2c3")).isEmpty();
        assertThat(versions(db, "strata_version")).containsExactly("d4e5f6a1b2c3");
        assertThatThrownBy(() -> strata.downgradePlan("-9")).isInstanceOf(StrataException.class)
                .hasMessage("Relative revision -9 didn't produce 9 migrations");
    }
}
