package dev.strata.engine;

import static dev.strata.engine.RevisionFolder.column;
import static dev.strata.engine.RevisionFolder.tables;
import static dev.strata.engine.RevisionFolder.versions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.HeadsChangedException;
import dev.strata.Strata;
import dev.strata.test.PostgresExtension;
import dev.strata.test.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a guarded front end (the Actuator endpoint) needs from the engine: a downgrade that runs only from the
 * heads the caller confirmed, checked under the lock, and audit rows for attempts that ran nothing.
 */
@ExtendWith(PostgresExtension.class)
class ConfirmedDowngradeTest {

    @TempDir
    Path dir;

    private Strata chain(TestDatabase db, String principal) {
        return new RevisionFolder(dir).table("a00000000001", "").table("a00000000002", "a00000000001")
                .table("a00000000003", "a00000000002").configure(db).principal(principal).load();
    }

    @Test
    void downgradesFromTheConfirmedHeads(TestDatabase db) {
        Strata strata = chain(db, "ops");
        strata.upgrade("heads");

        strata.downgrade("-1", List.of("a00000000003"));

        assertThat(versions(db, "strata_version")).containsExactly("a00000000002");
    }

    @Test
    void refusesWhenTheDatabaseMovedSinceTheConfirmation(TestDatabase db) {
        Strata strata = chain(db, "ops");
        strata.upgrade("a00000000002");
        List<String> confirmed = List.of("a00000000002");
        strata.upgrade("heads");

        assertThatThrownBy(() -> strata.downgrade("-1", confirmed))
                .isInstanceOf(HeadsChangedException.class)
                .hasMessage("The database moved: its heads are a00000000003, not a00000000002 as confirmed; nothing"
                        + " was changed. Look at the current state again and confirm the new heads");
        assertThat(versions(db, "strata_version")).containsExactly("a00000000003");
        assertThat(tables(db)).hasSize(3);
    }

    @Test
    void recordsAttemptsThatRanNothingWithThePrincipal(TestDatabase db) {
        Strata strata = chain(db, "alice");
        strata.upgrade("heads");

        assertThat(strata.recordAttempt("refused", "base", "below the floor")).isTrue();
        assertThat(strata.recordAttempt("dry-run", "-1", "would undo a00000000003")).isTrue();

        assertThat(column(db, "SELECT concat_ws(' | ', direction, from_revisions, to_revisions, success::text,"
                + " error, message, principal) FROM strata_history WHERE revision IS NULL ORDER BY id"))
                .containsExactly("refused | a00000000003 | base | false | below the floor | below the floor | alice",
                        "dry-run | a00000000003 | -1 | true | would undo a00000000003 | alice");
        assertThat(versions(db, "strata_version")).containsExactly("a00000000003");
    }

    @Test
    void createsNoTableJustToRecordAnAttempt(TestDatabase db) {
        Strata strata = chain(db, "alice");

        assertThat(strata.recordAttempt("refused", "base", "disabled")).isFalse();

        assertThat(column(db, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).containsExactly("0");
    }
}
