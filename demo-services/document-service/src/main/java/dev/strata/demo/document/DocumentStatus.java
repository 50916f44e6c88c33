package dev.strata.demo.document;

/** Whether a document is still in use; stored by name. */
public enum DocumentStatus {
    /** In use. */
    ACTIVE,
    /** Kept for the retention period only. */
    ARCHIVED
}
