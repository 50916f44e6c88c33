package dev.strata.lint;

import java.util.Objects;

/**
 * One dangerous operation {@code strata lint} found, or one {@code -- strata:lint-ignore} comment it cannot accept.
 *
 * @param revision the revision id
 * @param file     the revision's file, as the revision set names it
 * @param line     the 1-based file line of the statement (of the action, in an {@code ALTER TABLE} with several)
 * @param rule     the {@link LintRule#id() rule id}, or {@link #INVALID_SUPPRESSION} for a malformed comment
 * @param message  what the statement does that is dangerous, naming the table and column
 * @param advice   what to do instead
 */
public record LintFinding(String revision, String file, int line, String rule, String message, String advice) {

    /**
     * The rule id of a {@code -- strata:lint-ignore} comment that names no rule, an unknown rule or no reason. It is
     * not a {@link LintRule}: such a comment cannot itself be accepted, only fixed.
     */
    public static final String INVALID_SUPPRESSION = "lint-ignore";

    public LintFinding {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(advice, "advice");
    }
}
