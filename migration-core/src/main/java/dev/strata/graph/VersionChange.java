package dev.strata.graph;

/** One statement against the version table, as the head maintainer decides it. */
public sealed interface VersionChange {

    /** A new row: a branch appears. */
    record Insert(String version) implements VersionChange {
    }

    /** A row goes: a branch ends or the database returns to base. */
    record Delete(String version) implements VersionChange {
    }

    /** A row moves along its branch. */
    record Update(String from, String to) implements VersionChange {
    }
}
