package dev.strata.graph;

import java.util.List;

/**
 * One edge of a plan: apply ({@code upgrade}) or unapply one revision. Its text form is Alembic's log
 * line, for example {@code upgrade a1, b2 -> c3}.
 */
public record RevisionStep(RevisionNode revision, boolean upgrade) implements MigrationStep {

    /** Where the version table stands before the step, ignoring dependencies. */
    public List<String> fromRevisions() {
        return upgrade ? revision.downRevisions() : List.of(revision.id());
    }

    /** Where the version table stands after the step, ignoring dependencies. */
    public List<String> toRevisions() {
        return upgrade ? List.of(revision.id()) : revision.downRevisions();
    }

    public String direction() {
        return upgrade ? "upgrade" : "downgrade";
    }

    /** {@code upgrade <from> -> <to>}, as Alembic logs it ({@code upgrade  -> a1} for a base). */
    @Override
    public String describe() {
        return direction() + " " + String.join(", ", fromRevisions()) + " -> " + String.join(", ", toRevisions());
    }
}
