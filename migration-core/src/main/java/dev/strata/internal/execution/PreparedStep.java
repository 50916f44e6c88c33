package dev.strata.internal.execution;

import dev.strata.StrataException;
import dev.strata.graph.MigrationStep;
import dev.strata.graph.RevisionStep;
import dev.strata.internal.script.MigrationScript;
import dev.strata.internal.script.RevisionSet;
import dev.strata.internal.sql.SqlSplitter;
import dev.strata.internal.sql.SqlStatement;
import dev.strata.internal.sql.SqlSyntaxException;
import dev.strata.internal.sql.StatementRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A step checked and ready to run: its SQL split into statements and vetted for what cannot run the way
 * the revision is declared, so that a bad revision is refused before anything runs.
 *
 * @param script     the revision behind a revision step, null for a stamp
 * @param statements the SQL statements of the body, empty for Java bodies and stamps
 */
record PreparedStep(MigrationStep step, MigrationScript script, MigrationScript.Body body,
        List<SqlStatement> statements) {

    /** Splits and checks every step of a plan, in order; the first bad step stops it before anything runs. */
    static List<PreparedStep> prepareAll(List<? extends MigrationStep> steps, RevisionSet revisions,
            int serverVersion, boolean allInOneTransaction) {
        List<PreparedStep> prepared = new ArrayList<>();
        for (MigrationStep step : steps) {
            MigrationScript script = step instanceof RevisionStep r ? revisions.script(r.revision().id()) : null;
            prepared.add(prepare(step, script, serverVersion, allInOneTransaction));
        }
        return prepared;
    }

    /** Splits and checks one step; {@code allInOneTransaction} for transaction mode ALL. */
    static PreparedStep prepare(MigrationStep step, MigrationScript script, int serverVersion,
            boolean allInOneTransaction) {
        if (!(step instanceof RevisionStep revisionStep)) {
            return new PreparedStep(step, null, null, List.of());
        }
        MigrationScript.Body body = revisionStep.upgrade() ? script.upgrade() : script.downgrade();
        if (body instanceof MigrationScript.Irreversible) {
            throw new StrataException("Revision " + script.id() + " (" + script.location() + ") declares its downgrade"
                    + " irreversible, so the database cannot be downgraded below it; choose a target at or above "
                    + script.id());
        }
        if (!script.transactional() && allInOneTransaction) {
            throw new StrataException("Revision " + script.id() + " (" + script.location() + ") is declared"
                    + " 'transactional: false' and cannot run inside transaction mode ALL; use transaction mode"
                    + " PER_REVISION for this run");
        }
        if (!(body instanceof MigrationScript.SqlBody sql)) {
            return new PreparedStep(step, script, body, List.of());
        }
        List<SqlStatement> statements;
        try {
            statements = SqlSplitter.split(sql.sql(), sql.firstLine());
        } catch (SqlSyntaxException e) {
            throw new StrataException("Revision " + script.id() + " (" + script.location() + "): " + e.getMessage());
        }
        if (script.transactional()) {
            for (SqlStatement statement : statements) {
                refuseInTransaction(script, statement, StatementRules.transactionControl(statement),
                        "is an explicit transaction statement, but Strata already runs this revision in a transaction."
                                + " Remove it, or declare '-- transactional: false' in the header to manage"
                                + " transactions yourself");
                refuseInTransaction(script, statement, StatementRules.requiresNoTransaction(statement, serverVersion),
                        "cannot run inside a transaction. Declare '-- transactional: false' in the header of this"
                                + " revision (and keep such statements in a revision of their own)");
            }
        }
        return new PreparedStep(step, script, body, statements);
    }

    private static void refuseInTransaction(MigrationScript script, SqlStatement statement, Optional<String> found,
            String advice) {
        if (found.isPresent()) {
            throw new StrataException("Revision " + script.id() + " (" + script.location() + ", line "
                    + statement.line() + "): " + found.get() + " " + advice);
        }
    }

    boolean transactional() {
        return script == null || script.transactional();
    }
}
