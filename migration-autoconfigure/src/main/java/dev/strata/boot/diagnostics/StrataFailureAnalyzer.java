package dev.strata.boot.diagnostics;

import dev.strata.MigrationFailedException;
import dev.strata.StrataException;
import dev.strata.boot.PendingRevisionsException;
import dev.strata.boot.StrataStartupException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a failed startup run into what happened and what to do: a failed revision (which one, where, the
 * statement, what state the database is in), pending revisions with {@code fail-on-pending}, or any other refusal
 * of the engine (checksums, several heads, an unknown revision in the database, settings).
 */
public class StrataFailureAnalyzer extends AbstractFailureAnalyzer<StrataException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StrataException cause) {
        PendingRevisionsException pending = findCause(rootFailure, PendingRevisionsException.class);
        if (pending != null) {
            return new FailureAnalysis(pending.getMessage() + ".", "Run the migrations before starting the"
                    + " application (for example 'strata upgrade heads' or the deployment's migration job), or set"
                    + " strata.run-on-startup=true to upgrade while the application starts.", pending);
        }
        StrataStartupException startup = findCause(rootFailure, StrataStartupException.class);
        String where = startup != null ? startup.source() : "the database";
        MigrationFailedException failed = findCause(rootFailure, MigrationFailedException.class);
        if (failed != null) {
            return new FailureAnalysis("Strata could not migrate " + where + ".\n\n" + failed.getMessage(),
                    failedAction(failed), failed);
        }
        StrataException engine = startup != null && startup.getCause() instanceof StrataException e ? e : cause;
        return new FailureAnalysis("Strata could not migrate " + where + ": " + engine.getMessage() + ".",
                "Correct what the description names, then start the application again. 'strata current' and"
                        + " 'strata history' show where the database stands; the strata.* properties (and"
                        + " strata.datasources.<bean-name>.*) set locations, tables and policies.", engine);
    }

    private static String failedAction(MigrationFailedException failed) {
        if (failed.revision() == null) {
            return "Check the version table and the target of the stamp, then start the application again.";
        }
        String line = failed.line() > 0 ? " at line " + failed.line() : "";
        return "Fix revision " + failed.revision() + " (" + failed.location() + line + ") so that it runs on this"
                + " database, or fix the database, then start the application again: the revision runs again. Never"
                + " edit a revision that another database has already applied; add a new revision instead.";
    }
}
