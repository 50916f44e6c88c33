package dev.strata.internal.execution;

import dev.strata.StrataException;
import dev.strata.TransactionMode;
import dev.strata.graph.HeadMaintainer;
import dev.strata.graph.MigrationStep;
import dev.strata.graph.VersionChange;
import dev.strata.internal.operations.SqlOperations;
import dev.strata.internal.operations.StatementTarget;
import dev.strata.internal.script.MigrationScript;
import dev.strata.internal.script.RevisionSet;
import dev.strata.internal.sql.SqlStatement;
import java.util.List;

/**
 * Offline mode ({@code --sql}): writes the complete script a run would execute, version-table DDL and
 * bookkeeping included, in the layout Alembic prints, for a DBA to review or run. Transactions follow the
 * configured mode: one block per revision, or one for the whole run; non-transactional revisions stand
 * outside any block. Touches no database.
 */
public final class OfflineScriptWriter {

    private final Settings settings;
    private final RevisionSet revisions;

    public OfflineScriptWriter(Settings settings, RevisionSet revisions) {
        this.settings = settings;
        this.revisions = revisions;
    }

    /** The script for {@code steps}, starting from {@code heads} ({@code serverVersion} for statement checks). */
    public String write(List<String> heads, List<? extends MigrationStep> steps, int serverVersion) {
        boolean all = settings.transactionMode() == TransactionMode.ALL;
        List<PreparedStep> prepared = PreparedStep.prepareAll(steps, revisions, serverVersion, all);
        StringBuilder out = new StringBuilder();
        HeadMaintainer books = new HeadMaintainer(revisions.graph(), heads);
        // The session set-up of an online run, so that the script builds the same database.
        settings.searchPathSql().ifPresent(sql -> statement(out, sql));
        settings.createSchemaSql().ifPresent(sql -> statement(out, sql));
        boolean open = false;
        if (all || heads.isEmpty()) {
            out.append("BEGIN;\n\n");
            open = true;
        }
        if (heads.isEmpty()) {
            statement(out, settings.versionTable().createSql());
            if (!all) {
                out.append("COMMIT;\n\n");
                open = false;
            }
        }
        for (PreparedStep step : prepared) {
            boolean block = !all && step.transactional();
            if (block) {
                out.append("BEGIN;\n\n");
            }
            out.append("-- Running ").append(step.step().describe()).append("\n\n");
            body(out, step);
            for (VersionChange change : books.apply(step.step())) {
                statement(out, settings.versionTable().sql(change));
            }
            if (block) {
                out.append("COMMIT;\n\n");
            }
        }
        if (open) {
            out.append("COMMIT;\n\n");
        }
        return out.toString();
    }

    private static void body(StringBuilder out, PreparedStep step) {
        if (step.body() instanceof MigrationScript.JavaBody java) {
            SqlOperations operations = new SqlOperations(StatementTarget.offline(sql -> statement(out, sql)));
            try {
                if (java.upgrade()) {
                    java.revision().upgrade(operations);
                } else {
                    java.revision().downgrade(operations);
                }
            } catch (StrataException e) {
                throw new StrataException("Revision " + step.script().id() + " (" + step.script().location()
                        + ") cannot be written offline: " + e.getMessage(), e);
            } catch (Exception e) {
                throw new StrataException("Revision " + step.script().id() + " (" + step.script().location()
                        + ") failed while writing offline SQL: " + e, e);
            }
            return;
        }
        for (SqlStatement statement : step.statements()) {
            statement(out, statement.sql());
        }
    }

    private static void statement(StringBuilder out, String sql) {
        String lastLine = sql.substring(sql.lastIndexOf('\n') + 1);
        // A trailing line comment would swallow the terminator.
        out.append(sql).append(lastLine.contains("--") ? "\n;" : ";").append("\n\n");
    }
}
