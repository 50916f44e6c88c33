package dev.strata.internal.lint;

import dev.strata.lint.LintRule;

/**
 * A rule broken by one statement, before suppression decides whether it becomes a finding.
 *
 * @param line the file line of the statement, or of the action of an {@code ALTER TABLE} that broke the rule
 */
record Violation(LintRule rule, int line, String message, String advice) {
}
