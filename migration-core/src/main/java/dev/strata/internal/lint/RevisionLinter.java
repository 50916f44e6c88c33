package dev.strata.internal.lint;

import dev.strata.StrataException;
import dev.strata.internal.script.MigrationScript;
import dev.strata.internal.script.RevisionSet;
import dev.strata.internal.sql.SqlSplitter;
import dev.strata.internal.sql.SqlStatement;
import dev.strata.internal.sql.SqlSyntaxException;
import dev.strata.internal.sql.StatementTokens;
import dev.strata.lint.LintFinding;
import dev.strata.lint.LintResult;
import dev.strata.lint.LintRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code strata lint}: reads every SQL revision in upgrade order, statement by statement as the engine splits them,
 * and reports the statements of upgrade sections that break a rule, plus empty downgrade sections. Needs no
 * database: what it knows of the schema it learns from the revisions before.
 */
public final class RevisionLinter {

    private final SchemaKnowledge knowledge = new SchemaKnowledge();
    private final List<LintFinding> findings = new ArrayList<>();
    private int suppressed;

    private RevisionLinter() {
    }

    /**
     * Lints the SQL revisions of {@code revisions}; Java revisions are code and are counted as skipped.
     *
     * @throws StrataException when a section cannot be split into statements (an unterminated string or comment),
     *                         naming the revision and its file
     */
    public static LintResult lint(RevisionSet revisions) {
        return lint(revisions, id -> true);
    }

    /**
     * Lints the SQL revisions for which {@code reported} holds. The others are still read, in upgrade order, for
     * what they tell of the schema (a column's type before a later revision changes it), but their findings are
     * not reported: how a project with old revisions lints only its new ones without editing applied files.
     *
     * @param reported which revisions, by id, to report on
     */
    public static LintResult lint(RevisionSet revisions, Predicate<String> reported) {
        RevisionLinter linter = new RevisionLinter();
        int linted = 0;
        List<String> skipped = new ArrayList<>();
        for (String id : upgradeOrder(revisions)) {
            MigrationScript script = revisions.script(id);
            boolean report = reported.test(id);
            if (script.upgrade() instanceof MigrationScript.SqlBody upgrade) {
                linter.lint(script, upgrade, report);
                linted += report ? 1 : 0;
            } else if (report) {
                skipped.add(id);
            }
        }
        return new LintResult(linter.findings, linted, skipped, linter.suppressed);
    }

    /** Base first, parents before children, as an upgrade to every head runs them. */
    private static List<String> upgradeOrder(RevisionSet revisions) {
        if (revisions.graph().isEmpty()) {
            return List.of();
        }
        return revisions.planner().upgrade(List.of(), "heads").stream().map(step -> step.revision().id()).toList();
    }

    private void lint(MigrationScript script, MigrationScript.SqlBody upgrade, boolean report) {
        int suppressedBefore = suppressed;
        List<LintFinding> found = new ArrayList<>();
        Suppressions suppressions = Suppressions.read(upgrade.sql(), upgrade.firstLine());
        suppressions.invalid().forEach(invalid -> found.add(invalidSuppression(script, invalid)));
        RevisionScope scope = new RevisionScope();
        List<SqlStatement> statements = statements(script, upgrade);
        int previousEnd = upgrade.firstLine() - 1;
        for (SqlStatement statement : statements) {
            DdlStatement ddl = DdlParser.parse(StatementTokens.of(statement));
            if (ddl != null) {
                Set<LintRule> accepted = suppressions.above(statement.line(), previousEnd);
                for (Violation violation : StatementChecks.check(ddl, statement.line(), scope, knowledge)) {
                    if (accepted.contains(violation.rule())) {
                        suppressed++;
                    } else {
                        found.add(finding(script, violation.line(), violation.rule().id(), violation.message(),
                                violation.advice()));
                    }
                }
                scope.apply(ddl, knowledge);
                knowledge.apply(ddl);
            }
            previousEnd = statement.line() + (int) statement.sql().chars().filter(c -> c == '\n').count();
        }
        if (script.downgrade() instanceof MigrationScript.SqlBody downgrade) {
            checkDowngrade(script, downgrade, !statements.isEmpty(), found);
        }
        if (!report) {
            suppressed = suppressedBefore;
            return;
        }
        found.sort(Comparator.comparingInt(LintFinding::line));
        findings.addAll(found);
    }

    /**
     * An empty downgrade section, unless the upgrade is empty too (a merge revision) or the section says
     * {@code -- irreversible} (then it is no SQL body at all).
     */
    private void checkDowngrade(MigrationScript script, MigrationScript.SqlBody downgrade, boolean upgradeDoesSomething,
            List<LintFinding> found) {
        Suppressions suppressions = Suppressions.read(downgrade.sql(), downgrade.firstLine());
        suppressions.invalid().forEach(invalid -> found.add(invalidSuppression(script, invalid)));
        if (!upgradeDoesSomething || !statements(script, downgrade).isEmpty()) {
            return;
        }
        if (suppressions.anywhere(LintRule.MISSING_DOWNGRADE)) {
            suppressed++;
            return;
        }
        // The section's first line is the one after its "-- migrate:downgrade" marker.
        found.add(finding(script, downgrade.firstLine() - 1, LintRule.MISSING_DOWNGRADE.id(), "has an empty downgrade"
                + " section: downgrading past this revision would silently leave its changes in place",
                "Write the downgrade, or declare it impossible with '-- irreversible' as the only line of the"
                        + " section."));
    }

    private static List<SqlStatement> statements(MigrationScript script, MigrationScript.SqlBody body) {
        try {
            return SqlSplitter.split(body.sql(), body.firstLine());
        } catch (SqlSyntaxException e) {
            throw new StrataException("Revision " + script.id() + " (" + script.location() + "): " + e.getMessage());
        }
    }

    private static LintFinding invalidSuppression(MigrationScript script, Suppressions.Invalid invalid) {
        return finding(script, invalid.line(), LintFinding.INVALID_SUPPRESSION, invalid.message(), invalid.advice());
    }

    private static LintFinding finding(MigrationScript script, int line, String rule, String message, String advice) {
        return new LintFinding(script.id(), script.location(), line, rule, message, advice);
    }
}
