package dev.strata.internal.lint;

import dev.strata.lint.LintRule;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code -- strata:lint-ignore <rule-id> <reason>} comments of one section of a revision file. Such a comment
 * accepts a finding of that rule for the statement directly below it (several may stand one above the other); it
 * is a comment of the body, not a header key, so the revision's checksum and strict header are untouched. A comment
 * that names no rule, an unknown rule or no reason accepts nothing and is reported itself: an acceptance should say
 * why, for the next reader, and a typo must not silently accept nothing.
 */
final class Suppressions {

    /** Any {@code -- strata:lint...} comment, so that a misspelt directive is reported rather than ignored. */
    private static final Pattern DIRECTIVE = Pattern.compile("--\\s*strata:lint(\\S*)(.*)");
    private static final String SPELLING = "-- strata:lint-ignore <rule-id> <reason>";

    private final Map<Integer, LintRule> accepted;
    private final List<Invalid> invalid;
    /** Every line holding a directive, valid or not, so that an invalid one in a stack does not cut it. */
    private final Set<Integer> directiveLines;

    /** A comment that is not a valid suppression. */
    record Invalid(int line, String message, String advice) {
    }

    private Suppressions(Map<Integer, LintRule> accepted, List<Invalid> invalid, Set<Integer> directiveLines) {
        this.accepted = accepted;
        this.invalid = invalid;
        this.directiveLines = directiveLines;
    }

    /** The comments of a section whose text is {@code sql} and whose first line is file line {@code firstLine}. */
    static Suppressions read(String sql, int firstLine) {
        Map<Integer, LintRule> accepted = new LinkedHashMap<>();
        List<Invalid> invalid = new ArrayList<>();
        Set<Integer> directiveLines = new HashSet<>();
        String[] lines = sql.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = DIRECTIVE.matcher(lines[i].strip());
            if (!m.matches()) {
                continue;
            }
            int line = firstLine + i;
            directiveLines.add(line);
            String[] words = m.group(2).strip().split("\\s+", 2);
            String rule = words[0];
            if (!m.group(1).equals("-ignore")) {
                invalid.add(new Invalid(line, "unknown directive '-- strata:lint" + m.group(1) + "'",
                        "Write " + SPELLING + " directly above the statement to accept."));
            } else if (rule.isEmpty()) {
                invalid.add(new Invalid(line, "'-- strata:lint-ignore' names no rule and gives no reason",
                        "Write " + SPELLING + " directly above the statement to accept."));
            } else if (LintRule.byId(rule).isEmpty()) {
                invalid.add(new Invalid(line, "unknown rule '" + rule + "' in '-- strata:lint-ignore'",
                        "Name one of: " + String.join(", ", LintRule.ids()) + "."));
            } else if (words.length < 2 || words[1].isBlank()) {
                invalid.add(new Invalid(line, "'-- strata:lint-ignore " + rule + "' gives no reason",
                        "Say why the statement is safe here: -- strata:lint-ignore " + rule + " <reason>."));
            } else {
                accepted.put(line, LintRule.byId(rule).orElseThrow());
            }
        }
        return new Suppressions(accepted, List.copyOf(invalid), directiveLines);
    }

    /**
     * The rules accepted for the statement that starts on {@code statementLine}: those of the comments on the lines
     * right above it, up to the first line that is not one, and never above {@code previousEnd}, the last line of
     * the statement before (whose text may hold such a line inside a string).
     */
    Set<LintRule> above(int statementLine, int previousEnd) {
        Set<LintRule> rules = EnumSet.noneOf(LintRule.class);
        for (int line = statementLine - 1; line > previousEnd && directiveLines.contains(line); line--) {
            if (accepted.containsKey(line)) {
                rules.add(accepted.get(line));
            }
        }
        return rules;
    }

    /** Whether a valid comment anywhere in the section accepts {@code rule} (for a section with no statements). */
    boolean anywhere(LintRule rule) {
        return accepted.containsValue(rule);
    }

    /** The comments that accept nothing, in line order. */
    List<Invalid> invalid() {
        return invalid;
    }
}
