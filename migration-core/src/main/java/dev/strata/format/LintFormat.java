package dev.strata.format;

import dev.strata.lint.LintFinding;
import dev.strata.lint.LintResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code strata lint} and {@code mvn strata:lint} print: a compiler-style line per finding
 * ({@code file:line: [rule-id] message}, which editors and CI log viewers turn into links) with its advice indented
 * below, then a summary. Lines are returned without trailing newlines.
 */
public final class LintFormat {

    /** How to accept a finding that is safe, said once after the findings. */
    public static final String ACCEPT_HINT = "Fix them, or accept one that is safe here with"
            + " '-- strata:lint-ignore <rule-id> <reason>' on the line above its statement (docs/lint.md).";

    private LintFormat() {
    }

    /** The findings, each with its advice, then the summary (and, when there are findings, {@link #ACCEPT_HINT}). */
    public static List<String> lines(LintResult result) {
        List<String> lines = new ArrayList<>();
        for (LintFinding finding : result.findings()) {
            lines.add(finding.file() + ":" + finding.line() + ": [" + finding.rule() + "] " + finding.message());
            lines.add("    " + finding.advice());
        }
        lines.add(summary(result));
        if (!result.isClean()) {
            lines.add(ACCEPT_HINT);
        }
        return lines;
    }

    /**
     * {@code Linted 4 SQL revisions: 2 findings, 1 accepted by strata:lint-ignore; 1 Java revision not linted.}
     * (the parts after the count of findings only when they are not zero).
     */
    public static String summary(LintResult result) {
        StringBuilder out = new StringBuilder("Linted ").append(count(result.lintedRevisions(), "SQL revision"))
                .append(": ").append(result.isClean() ? "no findings" : count(result.findings().size(), "finding"));
        if (result.suppressed() > 0) {
            out.append(", ").append(result.suppressed()).append(" accepted by strata:lint-ignore");
        }
        if (!result.skippedJavaRevisions().isEmpty()) {
            out.append("; ").append(count(result.skippedJavaRevisions().size(), "Java revision")).append(" not linted");
        }
        return out.append('.').toString();
    }

    /** The result as JSON (for {@code --json}). */
    public static String json(LintResult result) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("command", "lint");
        map.put("clean", result.isClean());
        map.put("lintedRevisions", result.lintedRevisions());
        map.put("skippedJavaRevisions", result.skippedJavaRevisions());
        map.put("suppressed", result.suppressed());
        map.put("findings", result.findings().stream().map(LintFormat::toMap).toList());
        return Json.write(map);
    }

    private static Map<String, Object> toMap(LintFinding finding) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("revision", finding.revision());
        map.put("file", finding.file());
        map.put("line", finding.line());
        map.put("rule", finding.rule());
        map.put("message", finding.message());
        map.put("advice", finding.advice());
        return map;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
