package dev.strata.tooling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.MigrationListener.StepEvent;
import dev.strata.autogenerate.RevisionVerdict;
import dev.strata.autogenerate.RevisionVerdict.Outcome;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressTextTest {

    private static final StepEvent EMAIL = new StepEvent(2, 5, "7c1e5a9f0b23", "upgrade",
            "upgrade 3f2a9c1b7d4e -> 7c1e5a9f0b23", "add email column");

    @Test
    void aStepLineCarriesPositionDescriptionAndMessage() {
        assertThat(ProgressText.started(EMAIL)).isEqualTo("[2/5] upgrade 3f2a9c1b7d4e -> 7c1e5a9f0b23, add email"
                + " column ...");
        assertThat(ProgressText.started(new StepEvent(1, 1, "7c1e5a9f0b23", "stamp", "stamp  -> 7c1e5a9f0b23", "")))
                .isEqualTo("[1/1] stamp  -> 7c1e5a9f0b23 ...");
        assertThat(ProgressText.started(new StepEvent(1, 1, "a1", "upgrade", "upgrade  -> a1", null)))
                .isEqualTo("[1/1] upgrade  -> a1 ...");
    }

    @Test
    void aStepLineEndsWithItsOutcome() {
        assertThat(ProgressText.started(EMAIL) + ProgressText.doneIn(Duration.ofMillis(41)))
                .endsWith(", add email column ... done in 41 ms");
        assertThat(ProgressText.started(EMAIL) + ProgressText.FAILED).endsWith(", add email column ... FAILED");
        assertThat(ProgressText.started(EMAIL) + ProgressText.RAN).endsWith(", add email column ... ran");
    }

    @Test
    void aVerifiedRevisionsLineNamesItAndEndsWithItsOutcome() {
        assertThat(ProgressText.verifying(2, 5, "1a9f8e7d6c5b", "create orders"))
                .isEqualTo("[2/5] 1a9f8e7d6c5b create orders ...");
        assertThat(ProgressText.verifying(1, 1, "a1", "")).isEqualTo("[1/1] a1 ...");
        assertThat(ProgressText.verdict(verdict(Outcome.OK, null))).isEqualTo(" ok");
        assertThat(ProgressText.verdict(verdict(Outcome.IRREVERSIBLE, null))).isEqualTo(" irreversible: upgraded only");
        assertThat(ProgressText.verdict(verdict(Outcome.FAILED, "x"))).isEqualTo(" FAILED");
        assertThat(ProgressText.verdict(verdict(Outcome.SKIPPED, "x"))).isEqualTo(" skipped");
    }

    @Test
    void whyARevisionFailedFollowsOnOneIndentedLine() {
        assertThat(ProgressText.verdictDetail(verdict(Outcome.FAILED, "upgrade of a1 failed: Revision a1 failed\n"
                + "  Statement: SELECT 1/0"))).containsExactly("  upgrade of a1 failed: Revision a1 failed;"
                + " Statement: SELECT 1/0");
        assertThat(ProgressText.verdictDetail(verdict(Outcome.OK, null))).isEmpty();
    }

    private static RevisionVerdict verdict(Outcome outcome, String detail) {
        return new RevisionVerdict("a1", "create clients", outcome, detail);
    }
}
