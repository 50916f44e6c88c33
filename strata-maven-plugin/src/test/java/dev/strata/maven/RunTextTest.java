package dev.strata.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.MigrationFailedException;
import dev.strata.MigrationListener.StepEvent;
import dev.strata.StrataException;
import org.junit.jupiter.api.Test;

class RunTextTest {

    @Test
    void aStepLineCarriesPositionDescriptionAndMessage() {
        assertThat(RunText.step(new StepEvent(2, 5, "7c1e5a9f0b23", "upgrade", "upgrade 3f2a9c1b7d4e -> 7c1e5a9f0b23",
                "add email column"))).isEqualTo("[2/5] upgrade 3f2a9c1b7d4e -> 7c1e5a9f0b23, add email column");
        assertThat(RunText.step(new StepEvent(1, 1, "7c1e5a9f0b23", "stamp", "stamp  -> 7c1e5a9f0b23", "")))
                .isEqualTo("[1/1] stamp  -> 7c1e5a9f0b23");
    }

    @Test
    void aMultiLineMessageBecomesOneLine() {
        assertThat(RunText.oneLine("Revision a1 (x.sql, line 3) failed during upgrade: boom\n"
                + "  Statement: SELECT 1/0\n\n  The revision was rolled back; the version table is unchanged."))
                .isEqualTo("Revision a1 (x.sql, line 3) failed during upgrade: boom; Statement: SELECT 1/0;"
                        + " The revision was rolled back; the version table is unchanged.");
    }

    @Test
    void aRolledBackRevisionTellsWhatToDoNext() {
        StrataException failure = new MigrationFailedException("Revision a1 (x.sql, line 3) failed during upgrade:"
                + " boom\n  The revision was rolled back; the version table is unchanged.", "a1", "x.sql", 3,
                "SELECT 1/0", null);

        assertThat(RunText.failure(failure)).isEqualTo("Revision a1 (x.sql, line 3) failed during upgrade: boom;"
                + " The revision was rolled back; the version table is unchanged. Fix the revision, then run the"
                + " command again.");
    }

    @Test
    void otherFailuresKeepTheEnginesWords() {
        assertThat(RunText.failure(new StrataException("Can't locate revision identified by 'zzzz'")))
                .isEqualTo("Can't locate revision identified by 'zzzz'");
    }
}
