package dev.strata.internal.lint;

import dev.strata.JavaRevision;
import dev.strata.Operations;
import dev.strata.graph.RevisionNode;
import dev.strata.internal.script.MigrationScript;
import dev.strata.internal.script.RevisionSet;
import dev.strata.internal.script.SqlRevisionParser;
import dev.strata.lint.LintFinding;
import dev.strata.lint.LintResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A chain of revisions r1 &lt;- r2 &lt;- ... for the lint tests, linted as {@code strata lint} lints a service. In
 * every SQL revision file the upgrade section starts on line {@value #FIRST_UPGRADE_LINE}.
 */
final class Revisions {

    static final int FIRST_UPGRADE_LINE = 6;

    private final List<MigrationScript> scripts = new ArrayList<>();

    static Revisions chain() {
        return new Revisions();
    }

    /** The file of the next SQL revision: its upgrade, and a downgrade declared irreversible. */
    Revisions sql(String upgrade) {
        return sql(upgrade, "-- irreversible\n");
    }

    /** The file of the next SQL revision. */
    Revisions sql(String upgrade, String downgrade) {
        scripts.add(SqlRevisionParser.parse(file(next()), text(next(), upgrade, downgrade)));
        return this;
    }

    /** The next revision, a Java one. */
    Revisions java() {
        JavaRevision code = new JavaRevision() {
            @Override
            public void upgrade(Operations op) {
            }

            @Override
            public void downgrade(Operations op) {
            }
        };
        RevisionNode node = new RevisionNode(next(), parent(), new LinkedHashSet<>(), List.of());
        scripts.add(new MigrationScript(node, "java", "", true, new MigrationScript.JavaBody(code, true),
                new MigrationScript.JavaBody(code, false), "class db.revisions.R" + scripts.size(), null));
        return this;
    }

    List<MigrationScript> scripts() {
        return List.copyOf(scripts);
    }

    LintResult lint() {
        return RevisionLinter.lint(RevisionSet.of(scripts));
    }

    /** Each finding as {@code <revision>:<line> [<rule>]}. */
    List<String> found() {
        return lint().findings().stream().map(f -> f.revision() + ":" + f.line() + " [" + f.rule() + "]").toList();
    }

    /** The only finding. */
    LintFinding only() {
        List<LintFinding> findings = lint().findings();
        if (findings.size() != 1) {
            throw new AssertionError("expected one finding, found " + findings);
        }
        return findings.get(0);
    }

    static String file(String id) {
        return "db/revisions/" + id + "_change.sql";
    }

    static String text(String id, List<String> parents, String upgrade, String downgrade) {
        return "-- revision: " + id + "\n"
                + "-- down_revision: " + String.join(", ", parents) + "\n"
                + "-- message: change " + id + "\n"
                + "\n"
                + "-- migrate:upgrade\n"
                + upgrade + (upgrade.endsWith("\n") ? "" : "\n")
                + "-- migrate:downgrade\n"
                + downgrade;
    }

    private String text(String id, String upgrade, String downgrade) {
        return text(id, parent(), upgrade, downgrade);
    }

    private String next() {
        return "r" + (scripts.size() + 1);
    }

    private List<String> parent() {
        return scripts.isEmpty() ? List.of() : List.of(scripts.get(scripts.size() - 1).id());
    }
}
