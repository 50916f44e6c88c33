package dev.strata.engine;

import static dev.strata.engine.RevisionFolder.history;
import static dev.strata.engine.RevisionFolder.tables;
import static dev.strata.engine.RevisionFolder.versions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.ChecksumMismatch;
import dev.strata.ChecksumPolicy;
import dev.strata.Strata;
import dev.strata.StrataException;
import dev.strata.test.PostgresExtension;
import dev.strata.test.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** An applied revision whose file changed afterwards is found, refused, tolerated or re-recorded on request. */
@ExtendWith(PostgresExtension.class)
class ChecksumTest {

    @TempDir
    Path dir;

    /** a1 and b2, both applied; returns the folder for editing. */
    private RevisionFolder applied(TestDatabase db) {
        RevisionFolder folder = new RevisionFolder(dir).table("a1", "").table("b2", "a1");
        folder.load(db).upgrade("head");
        return folder;
    }

    /** Edits b2's upgrade after it ran, and adds c3 as a pending revision. */
    private static RevisionFolder editB2AndAddC3(RevisionFolder folder) {
        return folder.add("b2", "a1", "", "CREATE TABLE t_b2 (x int, y int);", "DROP TABLE t_b2;").table("c3", "b2");
    }

    @Test
    void editedAppliedRevisionRefusesTheRunAndNamesRevisionAndFile(TestDatabase db) {
        RevisionFolder folder = applied(db);
        String recorded = folder.load(db).revision("b2").checksum();
        Strata strata = editB2AndAddC3(folder).load(db);
        String now = strata.revision("b2").checksum();
        assertThat(now).isNotEqualTo(recorded);

        assertThatThrownBy(() -> strata.upgrade("head")).isExactlyInstanceOf(StrataException.class)
                .hasMessage("Checksum mismatch: revision b2 (" + folder.file("b2") + ") was changed after it was"
                        + " applied (checksum recorded " + recorded.substring(0, 12) + "..., now "
                        + now.substring(0, 12) + "...). Never edit an applied revision: revert the file and put the"
                        + " change in a new revision. If the edit is intended, run 'repair' to re-record the checksums,"
                        + " or set validate-checksums to warn");

        // The pending c3 was not applied either: the check comes before the first change.
        assertThat(versions(db, "strata_version")).containsExactly("b2");
        assertThat(tables(db)).containsExactly("t_a1", "t_b2");
        assertThat(history(db, "strata_history")).containsExactly("a1 upgrade true", "b2 upgrade true");
        assertThat(strata.validate()).containsExactly(
                new ChecksumMismatch("b2", folder.file("b2").toString(), recorded, now));
    }

    @Test
    void warnPolicyProceedsAndValidateStillListsTheMismatch(TestDatabase db) {
        RevisionFolder folder = applied(db);
        String recorded = folder.load(db).revision("b2").checksum();
        Strata strata = editB2AndAddC3(folder).configure(db).checksumPolicy(ChecksumPolicy.WARN).load();

        assertThat(strata.upgrade("head").steps()).extracting(s -> s.revision()).containsExactly("c3");

        assertThat(versions(db, "strata_version")).containsExactly("c3");
        assertThat(tables(db)).containsExactly("t_a1", "t_b2", "t_c3");
        assertThat(strata.validate()).containsExactly(new ChecksumMismatch("b2", folder.file("b2").toString(),
                recorded, strata.revision("b2").checksum()));
    }

    @Test
    void repairReRecordsTheChecksumsAndTheNextUpgradeRuns(TestDatabase db) {
        Strata strata = editB2AndAddC3(applied(db)).load(db);

        assertThat(strata.repair()).isEqualTo(1);

        assertThat(strata.validate()).isEmpty();
        assertThat(strata.repair()).isZero();
        assertThat(strata.upgrade("head").steps()).extracting(s -> s.revision()).containsExactly("c3");
        assertThat(versions(db, "strata_version")).containsExactly("c3");
        assertThat(history(db, "strata_history")).containsExactly("a1 upgrade true", "b2 upgrade true",
                "b2 repair true", "c3 upgrade true");
    }

    @Test
    void editingOnlyTheHeaderMessageOrTrailingBlanksIsNotAChange(TestDatabase db) {
        RevisionFolder folder = applied(db);
        folder.write("b2_rev.sql", "-- revision: b2\n-- down_revision: a1\n-- message: Create the b2 table, reworded\n"
                + "\n-- migrate:upgrade\nCREATE TABLE t_b2 (x int);   \n\n\n"
                + "-- migrate:downgrade\nDROP TABLE t_b2;\n\n");
        Strata strata = folder.table("c3", "b2").load(db);

        assertThat(strata.validate()).isEmpty();
        assertThat(strata.upgrade("head").steps()).extracting(s -> s.revision()).containsExactly("c3");
        assertThat(versions(db, "strata_version")).containsExactly("c3");
    }
}
