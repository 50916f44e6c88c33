package dev.strata;

/** What to do when an applied revision's content changed since it was applied. */
public enum ChecksumPolicy {
    /** Refuse to run anything, naming the revision and file (the default). */
    FAIL,
    /** Log a warning and go on. */
    WARN,
    /** Do not compare checksums. */
    IGNORE
}
