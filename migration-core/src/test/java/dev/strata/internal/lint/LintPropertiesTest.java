package dev.strata.internal.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.lint.LintFinding;
import dev.strata.lint.LintResult;
import dev.strata.lint.LintRule;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The linter reads half-written and nonsensical DDL as a reviewer's draft may hold it: it never fails on a section
 * the engine can split, and every finding it makes names a known rule and a line of the section.
 */
class LintPropertiesTest {

    /** Words and punctuation of the statements the rules read, in every order they may come in. */
    private static final List<String> PIECES = List.of("ALTER", "TABLE", "CREATE", "UNIQUE", "INDEX", "DROP", "ADD",
            "COLUMN", "CONSTRAINT", "CHECK", "FOREIGN", "KEY", "PRIMARY", "REFERENCES", "NOT", "NULL", "VALID",
            "USING", "DEFAULT", "GENERATED", "AS", "IDENTITY", "STORED", "SET", "DATA", "TYPE", "RENAME", "TO",
            "VALIDATE", "LOCK", "VACUUM", "FULL", "CLUSTER", "ON", "ONLY", "IF", "EXISTS", "CONCURRENTLY", "clients",
            "\"Clients\"", "public", ".", ",", "(", ")", "*", "varchar", "(10)", "numeric(1,)", "random()",
            "'x'", "$$y$$", "1", "-- strata:lint-ignore drop-table why\n", "\n");

    @Provide
    Arbitrary<String> drafts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(25).map(pieces -> String.join(" ", pieces))
                .list().ofMinSize(1).ofMaxSize(4).map(statements -> String.join(";\n", statements));
    }

    @Property(tries = 2000)
    void anyDraftIsLintedWithoutFailingAndFindingsPointIntoIt(@ForAll("drafts") String upgrade) {
        LintResult result = Revisions.chain().sql("CREATE TABLE clients (id int);").sql(upgrade, "SELECT 1;\n").lint();

        int lastLine = Revisions.FIRST_UPGRADE_LINE + (int) upgrade.chars().filter(c -> c == '\n').count();
        for (LintFinding finding : result.findings()) {
            assertThat(finding.rule()).isIn(ruleIds());
            assertThat(finding.line()).isBetween(Revisions.FIRST_UPGRADE_LINE, lastLine);
        }
    }

    private static List<String> ruleIds() {
        return Stream.concat(LintRule.ids().stream(), Stream.of(
                LintFinding.INVALID_SUPPRESSION)).toList();
    }
}
