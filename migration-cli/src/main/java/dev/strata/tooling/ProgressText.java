package dev.strata.tooling;

import dev.strata.MigrationListener.StepEvent;
import java.time.Duration;

/**
 * The line each step of a run gets: {@code [2/5] upgrade 3f2a9c1b7d4e -> 7c1e5a9f0b23, add email column ... done
 * in 41 ms}. A line is {@link #started(StepEvent)} followed by one of the endings: {@link #doneIn(Duration)},
 * {@link #FAILED}, or {@link #RAN} (the step ran, but is only done when the whole run commits, in transaction mode
 * ALL). A terminal prints the start before the step runs and the ending after it; a build log, which has no half
 * lines, writes both at once.
 */
public final class ProgressText {

    /** The ending of a step that failed. */
    public static final String FAILED = " FAILED";
    /** The ending of a step that ran but is not done on its own (transaction mode ALL). */
    public static final String RAN = " ran";

    private ProgressText() {
    }

    /**
     * The start of a step's line.
     *
     * @param step the step
     * @return {@code [2/5] upgrade 3f2a9c1b7d4e -> 7c1e5a9f0b23, add email column ...}; without the message part
     *     when the revision has no message
     */
    public static String started(StepEvent step) {
        return "[" + step.index() + "/" + step.total() + "] " + step.description()
                + (step.message() == null || step.message().isEmpty() ? "" : ", " + step.message()) + " ...";
    }

    /**
     * The ending of a step that is done.
     *
     * @param duration how long the step took
     * @return {@code " done in 41 ms"}
     */
    public static String doneIn(Duration duration) {
        return " done in " + duration.toMillis() + " ms";
    }
}
