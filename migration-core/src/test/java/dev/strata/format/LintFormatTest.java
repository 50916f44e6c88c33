package dev.strata.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.lint.LintFinding;
import dev.strata.lint.LintResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class LintFormatTest {

    private static final LintFinding DROP = new LintFinding("3f2a9c1b7d4e", "db/revisions/3f2a_drop.sql", 9,
            "drop-table", "drops table orders and all its rows", "Deploy a version that no longer uses it first.");

    @Test
    void aCleanResultIsOneLine() {
        assertThat(LintFormat.lines(new LintResult(List.of(), 1, List.of(), 0)))
                .containsExactly("Linted 1 SQL revision: no findings.");
    }

    @Test
    void eachFindingIsAFileLineAndItsIndentedAdviceThenTheSummaryAndTheHint() {
        assertThat(LintFormat.lines(new LintResult(List.of(DROP), 4, List.of("7c1e2d3f4a5b"), 0))).containsExactly(
                "db/revisions/3f2a_drop.sql:9: [drop-table] drops table orders and all its rows",
                "    Deploy a version that no longer uses it first.",
                "Linted 4 SQL revisions: 1 finding; 1 Java revision not linted.",
                "Fix them, or accept one that is safe here with '-- strata:lint-ignore <rule-id> <reason>' on the line"
                        + " above its statement (docs/lint.md).");
    }

    @Test
    void theSummaryCountsAcceptedFindingsAndJavaRevisions() {
        assertThat(LintFormat.summary(new LintResult(List.of(DROP, DROP), 2, List.of("a", "b"), 3)))
                .isEqualTo("Linted 2 SQL revisions: 2 findings, 3 accepted by strata:lint-ignore; 2 Java revisions"
                        + " not linted.");
        assertThat(LintFormat.summary(new LintResult(List.of(), 0, List.of(), 1)))
                .isEqualTo("Linted 0 SQL revisions: no findings, 1 accepted by strata:lint-ignore.");
    }

    @Test
    void jsonHasTheCountsAndEveryField() {
        assertThat(LintFormat.json(new LintResult(List.of(DROP), 4, List.of("7c1e2d3f4a5b"), 1))).isEqualTo(
                "{\"command\":\"lint\",\"clean\":false,\"lintedRevisions\":4,"
                        + "\"skippedJavaRevisions\":[\"7c1e2d3f4a5b\"],\"suppressed\":1,"
                        + "\"findings\":[{\"revision\":\"3f2a9c1b7d4e\",\"file\":\"db/revisions/3f2a_drop.sql\","
                        + "\"line\":9,\"rule\":\"drop-table\",\"message\":\"drops table orders and all its rows\","
                        + "\"advice\":\"Deploy a version that no longer uses it first.\"}]}");
    }
}
