package dev.strata.graph;

/** A planned change of the version table: running a revision, or stamping. */
public sealed interface MigrationStep permits RevisionStep, StampStep {

    /** Short text as Alembic logs it, for example {@code upgrade a1 -> b2}. */
    String describe();
}
