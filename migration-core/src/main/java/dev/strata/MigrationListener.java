package dev.strata;

import java.time.Duration;

/** Hears each step of a run as it happens: for progress lines, events and metrics. */
public interface MigrationListener {

    /** A step is about to run. */
    default void beforeStep(StepEvent step) {
    }

    /** A step finished and committed (or, in transaction mode ALL, ran). */
    default void afterStep(StepEvent step, Duration duration) {
    }

    /** A step failed; its changes were rolled back unless the revision is non-transactional. */
    default void stepFailed(StepEvent step, StrataException error) {
    }

    /**
     * One step of a run.
     *
     * @param index       1-based position in the run
     * @param total       number of steps in the run
     * @param direction   {@code upgrade}, {@code downgrade} or {@code stamp}
     * @param description Alembic's log text, for example {@code upgrade a1 -> b2}
     */
    record StepEvent(int index, int total, String revision, String direction, String description, String message) {
    }
}
