package dev.strata.autogenerate;

import dev.strata.autogenerate.RevisionVerdict.Outcome;
import java.util.List;

/**
 * What {@link Verify} found: one verdict per revision, in the order they were verified (the graph's, from base).
 *
 * @param revisions the verdicts
 */
public record VerifyReport(List<RevisionVerdict> revisions) {

    public VerifyReport {
        revisions = List.copyOf(revisions);
    }

    /** Whether every revision passed (true for a graph without revisions). */
    public boolean passed() {
        return revisions.stream().allMatch(RevisionVerdict::passed);
    }

    /** The revisions that did not pass (failed, or skipped because of one that failed), in order. */
    public List<RevisionVerdict> failures() {
        return revisions.stream().filter(verdict -> !verdict.passed()).toList();
    }

    /** How many revisions had this outcome. */
    public int count(Outcome outcome) {
        return (int) revisions.stream().filter(verdict -> verdict.outcome() == outcome).count();
    }
}
