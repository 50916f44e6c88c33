package dev.strata.tooling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.MigrationListener.StepEvent;
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
}
