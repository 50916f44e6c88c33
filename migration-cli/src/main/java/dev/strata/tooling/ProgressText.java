package dev.strata.tooling;

import dev.strata.MigrationListener.StepEvent;
import dev.strata.autogenerate.RevisionVerdict;
import java.time.Duration;
import java.util.List;

/**
 * The line each step of a run gets: {@code [2/5] upgrade 3f2a9c1b7d4e -> 7c1e5a9f0b23, add email column ... done
 * in 41 ms}. A line is {@link #started(StepEvent)} followed by one of the endings: {@link #doneIn(Duration)},
 * {@link #FAILED}, or {@link #RAN} (the step ran, but is only done when the whole run commits, in transaction mode
 * ALL). A terminal prints the start before the step runs and the ending after it; a build log, which has no half
 * lines, writes both at once.
 *
 * <p>{@code verify} has a line per revision in the same layout: {@link #verifying}, then {@link #verdict} and,
 * for a revision that failed or was not run, {@link #verdictDetail} on the next line.
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

    /**
     * The start of a revision's line in {@code verify}.
     *
     * @param position 1-based position
     * @param total    how many revisions are verified
     * @param id       the revision
     * @param message  its message, null or empty for none
     * @return {@code [2/5] 1a9f8e7d6c5b create orders ...}
     */
    public static String verifying(int position, int total, String id, String message) {
        return "[" + position + "/" + total + "] " + id + (message == null || message.isEmpty() ? "" : " " + message)
                + " ...";
    }

    /**
     * The ending of a revision's line in {@code verify}.
     *
     * @param verdict what verify found
     * @return {@code " ok"}, {@code " irreversible: upgraded only"}, {@code " FAILED"} or {@code " skipped"}
     */
    public static String verdict(RevisionVerdict verdict) {
        return switch (verdict.outcome()) {
            case OK -> " ok";
            case IRREVERSIBLE -> " irreversible: upgraded only";
            case FAILED -> FAILED;
            case SKIPPED -> " skipped";
        };
    }

    /**
     * What follows the line of a revision that failed or was not run: why, indented, on one line.
     *
     * @param verdict what verify found
     * @return the line, or nothing for a revision that passed
     */
    public static List<String> verdictDetail(RevisionVerdict verdict) {
        return verdict.detail() == null ? List.of() : List.of("  " + OneLine.of(verdict.detail()));
    }
}
