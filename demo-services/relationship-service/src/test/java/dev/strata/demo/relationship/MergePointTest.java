package dev.strata.demo.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.strata.AppliedStep;
import dev.strata.MigrationResult;
import dev.strata.RevisionInfo;
import dev.strata.Strata;
import dev.strata.StrataException;
import dev.strata.test.TestDatabase;
import dev.strata.test.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
  * The service's own revisions driven through Strata's engine API on a scratch database (the service's database
  * is left alone): downgrading the merge point re-opens the two branches, as Alembic does, and upgrading merges
  * them again. The merge is no longer the head ('Add end date to relationships' revises it), so the tests that
  * are about the merge name it as their target; a relative step down is ambiguous at the merge point but not
  * from the revision above it.
  */
class MergePointTest {

    private static final String ADD_NOTES = "5cf97909d45d";
    private static final String ADD_VERIFICATION = "d4739cb207b0";
    private static final String MERGE = "526e508b8391";
    private static final String ADD_END_DATE = "d51d6edf0810";

    private TestDatabase database;
    private Strata strata;

    @BeforeEach
    void upgradeAScratchDatabaseToTheMergePoint() {
        database = TestPostgres.shared().createDatabase();
        strata = Strata.configure().dataSource(database.dataSource()).locations("classpath:db/revisions").load();
        assertThat(strata.upgrade(MERGE).headsAfter()).containsExactly(MERGE);
    }

    @AfterEach
    void dropTheScratchDatabase() {
        database.close();
    }

    @Test
    void downgradingTheMergePointReopensBothBranches() throws SQLException {
        // Down to either parent: what lies above it is the merge alone, the other branch is not above it.
        MigrationResult down = strata.downgrade(ADD_NOTES);

        // Only the merge ran (it is empty); each branch's column stays, and each branch has its row again.
        assertThat(down.steps()).extracting(AppliedStep::revision, AppliedStep::direction)
                .containsExactly(tuple(MERGE, "downgrade"));
        assertThat(down.headsAfter()).containsExactlyInAnyOrder(ADD_NOTES, ADD_VERIFICATION);
        assertThat(versionRows()).containsExactlyInAnyOrder(ADD_NOTES, ADD_VERIFICATION);
        assertThat(strata.current()).extracting(RevisionInfo::id).containsExactlyInAnyOrder(ADD_NOTES, ADD_VERIFICATION);
        assertThat(columns()).contains("relationships.notes", "parties.verified_at", "parties.verified_by");
    }

    @Test
    void upgradingToTheMergeMergesAgain() throws SQLException {
        strata.downgrade(ADD_VERIFICATION);

        MigrationResult up = strata.upgrade(MERGE);

        assertThat(up.steps()).extracting(AppliedStep::revision).containsExactly(MERGE);
        assertThat(up.headsBefore()).containsExactlyInAnyOrder(ADD_NOTES, ADD_VERIFICATION);
        assertThat(versionRows()).containsExactly(MERGE);
    }

    @Test
    void upgradingToHeadsMergesBeforeAddingTheEndDate() throws SQLException {
        strata.downgrade(ADD_NOTES);

        MigrationResult up = strata.upgrade(Strata.HEADS);

        // The end date revises the merge, so the two branches must be joined before it can run.
        assertThat(up.steps()).extracting(AppliedStep::revision).containsExactly(MERGE, ADD_END_DATE);
        assertThat(up.headsAfter()).containsExactly(ADD_END_DATE);
        assertThat(versionRows()).containsExactly(ADD_END_DATE);
        assertThat(columns()).contains("relationships.ended_on");
    }

    @Test
    void aRelativeStepDownFromTheMergePointIsAmbiguous() throws SQLException {
        // As in Alembic: "-1" cannot say which parent to walk to, so nothing runs; name a revision instead.
        assertThatThrownBy(() -> strata.downgrade("-1")).isInstanceOf(StrataException.class)
                .hasMessageContaining("Ambiguous walk");
        assertThat(versionRows()).containsExactly(MERGE);
    }

    @Test
    void aRelativeStepDownFromTheNewHeadGoesBackToTheMergePoint() throws SQLException {
        strata.upgrade(Strata.HEADS);

        // The end date has one parent, the merge, so "-1" is a plain step: what the all-services script relies on.
        MigrationResult down = strata.downgrade("-1");

        assertThat(down.steps()).extracting(AppliedStep::revision, AppliedStep::direction)
                .containsExactly(tuple(ADD_END_DATE, "downgrade"));
        assertThat(down.headsAfter()).containsExactly(MERGE);
        // One row, the merge: the step stopped there and did not re-open the branches below it.
        assertThat(versionRows()).containsExactly(MERGE);
        assertThat(columns()).doesNotContain("relationships.ended_on")
                .contains("relationships.notes", "parties.verified_at", "parties.verified_by");
    }

    private List<String> versionRows() throws SQLException {
        return strings("SELECT version_num FROM strata_version");
    }

    private List<String> columns() throws SQLException {
        return strings("SELECT table_name || '.' || column_name FROM information_schema.columns"
                + " WHERE table_schema = 'public' AND table_name IN ('parties', 'relationships')");
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                out.add(rows.getString(1));
            }
        }
        return out;
    }
}
