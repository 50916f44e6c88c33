package dev.strata.lint;

import java.util.List;

/**
 * What {@code strata lint} found over a service's revisions.
 *
 * @param findings             the findings, revisions oldest first (in upgrade order), then by line
 * @param lintedRevisions      how many SQL revisions were read
 * @param skippedJavaRevisions the ids of the Java revisions, which are code and not linted
 * @param suppressed           how many findings a valid {@code -- strata:lint-ignore} comment accepted
 */
public record LintResult(List<LintFinding> findings, int lintedRevisions, List<String> skippedJavaRevisions,
        int suppressed) {

    public LintResult {
        findings = List.copyOf(findings);
        skippedJavaRevisions = List.copyOf(skippedJavaRevisions);
    }

    /** True when there is nothing to report: what a CI gate checks. */
    public boolean isClean() {
        return findings.isEmpty();
    }
}
