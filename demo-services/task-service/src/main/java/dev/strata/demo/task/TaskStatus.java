package dev.strata.demo.task;

/** Where a task stands; stored by name, so reordering the constants never rewrites data. */
public enum TaskStatus {
    /** Not started. */
    OPEN,
    /** Someone is on it. */
    IN_PROGRESS,
    /** Finished. */
    DONE,
    /** No longer needed; kept so the list shows what was dropped. */
    CANCELLED
}
