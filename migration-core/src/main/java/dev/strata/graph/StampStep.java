package dev.strata.graph;

import java.util.List;

/**
 * A stamp: move the version table from {@code from} to {@code to} without running anything.
 *
 * @param branchMove true when a branch appears (stamp to a revision in no current lineage) or vanishes
 *                   (stamp to base)
 */
public record StampStep(List<String> from, List<String> to, boolean upgrade, boolean branchMove) implements MigrationStep {

    public StampStep {
        from = List.copyOf(from);
        to = List.copyOf(to);
    }

    @Override
    public String describe() {
        return "stamp " + String.join(", ", from) + " -> " + String.join(", ", to);
    }
}
