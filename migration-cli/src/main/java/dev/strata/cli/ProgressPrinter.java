package dev.strata.cli;

import dev.strata.MigrationListener;
import dev.strata.StrataException;
import dev.strata.tooling.ProgressText;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Objects;

/**
 * One line per step as it runs: {@code [2/5] upgrade 3f2a9c1b7d4e -> 7c1e5a9f0b23, add email column ... done in
 * 41 ms}. The line is started before the step, so a long revision shows what it is busy with. In transaction
 * mode ALL no step is done before the whole run commits: each line ends with {@code ran} instead.
 */
final class ProgressPrinter implements MigrationListener {

    private final PrintWriter out;
    /** The step whose line is open (printed up to "..."), or null. */
    private StepEvent open;

    ProgressPrinter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void beforeStep(StepEvent step) {
        end(ProgressText.RAN);
        out.print(ProgressText.started(step));
        out.flush();
        open = step;
    }

    @Override
    public void afterStep(StepEvent step, Duration duration) {
        // After a transaction-mode-ALL commit, the engine reports every step again (index 0): not the open one.
        boolean same = open != null && step.index() == open.index() && Objects.equals(step.revision(),
                open.revision());
        end(same ? ProgressText.doneIn(duration) : ProgressText.RAN);
    }

    @Override
    public void stepFailed(StepEvent step, StrataException error) {
        end(ProgressText.FAILED);
    }

    private void end(String ending) {
        if (open != null) {
            out.println(ending);
            open = null;
        }
    }
}
