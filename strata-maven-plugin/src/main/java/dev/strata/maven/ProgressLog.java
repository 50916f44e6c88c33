package dev.strata.maven;

import dev.strata.MigrationListener;
import dev.strata.StrataException;
import dev.strata.tooling.ProgressText;
import java.time.Duration;

/**
 * One log line per step of a run: {@code [2/5] upgrade 3f2a9c1b7d4e -> 7c1e5a9f0b23, add email ... done in
 * 41 ms}. A build log has no half lines, so the line is written once the step is over.
 */
final class ProgressLog implements MigrationListener {

    private final ModuleLog log;

    ProgressLog(ModuleLog log) {
        this.log = log;
    }

    @Override
    public void afterStep(StepEvent step, Duration duration) {
        log.line(ProgressText.started(step) + ProgressText.doneIn(duration));
    }

    @Override
    public void stepFailed(StepEvent step, StrataException error) {
        log.line(ProgressText.started(step) + ProgressText.FAILED);
    }
}
