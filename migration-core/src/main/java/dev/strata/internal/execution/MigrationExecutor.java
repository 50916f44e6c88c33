package dev.strata.internal.execution;

import dev.strata.AppliedStep;
import dev.strata.MigrationFailedException;
import dev.strata.MigrationListener;
import dev.strata.MigrationListener.StepEvent;
import dev.strata.MigrationResult;
import dev.strata.StrataException;
import dev.strata.driver.DatabaseSession;
import dev.strata.graph.HeadMaintainer;
import dev.strata.graph.MigrationStep;
import dev.strata.graph.RevisionStep;
import dev.strata.graph.StampStep;
import dev.strata.graph.VersionChange;
import dev.strata.internal.operations.SqlOperations;
import dev.strata.internal.operations.StatementTarget;
import dev.strata.internal.script.MigrationScript;
import dev.strata.internal.script.RevisionSet;
import dev.strata.internal.sql.SqlStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs prepared steps on one locked session: each revision with its version-table changes and history row
 * in one transaction (or the whole run in one), non-transactional revisions statement by statement. A
 * failure rolls back what it can, records a failed history row, and reports revision, file, line and
 * statement.
 */
final class MigrationExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationExecutor.class);

    private final Settings settings;
    private final RevisionSet revisions;
    private final MigrationListener listener;

    MigrationExecutor(Settings settings, RevisionSet revisions, MigrationListener listener) {
        this.settings = settings;
        this.revisions = revisions;
        this.listener = listener;
    }

    MigrationResult execute(DatabaseSession session, String command, List<String> headsBefore,
            List<PreparedStep> steps) {
        HeadMaintainer books = new HeadMaintainer(revisions.graph(), headsBefore);
        List<AppliedStep> applied = new ArrayList<>();
        boolean all = settings.transactionMode() == dev.strata.TransactionMode.ALL;
        String user = session.currentUser();
        if (all) {
            session.begin();
        }
        try {
            settings.versionTable().create(session);
            settings.historyTable().create(session);
            for (int i = 0; i < steps.size(); i++) {
                PreparedStep step = steps.get(i);
                StepEvent event = event(step, i + 1, steps.size());
                listener.beforeStep(event);
                Instant started = Instant.now();
                List<VersionChange> changes = books.apply(step.step());
                try {
                    runStep(session, step, changes, event, started, user, all);
                } catch (StrataException e) {
                    listener.stepFailed(event, e);
                    throw e;
                }
                Duration took = Duration.between(started, Instant.now());
                applied.add(new AppliedStep(event.revision(), event.direction(), event.description(), event.message(),
                        took));
                if (!all) {
                    listener.afterStep(event, took);
                }
            }
            if (all) {
                session.commit();
                for (AppliedStep step : applied) {
                    listener.afterStep(new StepEvent(0, steps.size(), step.revision(), step.direction(),
                            step.description(), step.message()), step.duration());
                }
            }
        } finally {
            if (session.inTransaction()) {
                session.rollback();
            }
        }
        return new MigrationResult(command, headsBefore, books.heads(), applied, null);
    }

    private void runStep(DatabaseSession session, PreparedStep step, List<VersionChange> changes, StepEvent event,
            Instant started, String user, boolean all) {
        boolean ownTransaction = !all && step.transactional();
        if (ownTransaction) {
            session.begin();
        }
        try {
            runBody(session, step);
            if (!step.transactional() && !all) {
                session.begin();
                ownTransaction = true;
            }
            for (VersionChange change : changes) {
                settings.versionTable().apply(session, change);
            }
            settings.historyTable().record(session, entry(step, event, started, true, null, user));
            if (ownTransaction) {
                session.commit();
            }
        } catch (RuntimeException e) {
            if (session.inTransaction()) {
                session.rollback();
            } else if (!step.transactional()) {
                endOpenBlock(session);
            }
            StrataException failure = e instanceof MigrationFailedException mf ? mf : failure(step, null, e);
            if (!all) {
                recordFailure(session, step, event, started, user, failure);
            }
            throw failure;
        }
    }

    /**
     * A non-transactional revision may open its own block ({@code BEGIN; ...}) and fail inside it. The driver,
     * in autocommit, does not know; left open and aborted, the block would refuse the failure's history row and
     * the lock release. A ROLLBACK with no block open is only a warning.
     */
    private static void endOpenBlock(DatabaseSession session) {
        try {
            session.execute("ROLLBACK");
        } catch (RuntimeException e) {
            LOG.debug("Could not end the failed revision's own transaction block: {}", e.getMessage());
        }
    }

    private void runBody(DatabaseSession session, PreparedStep prepared) {
        if (prepared.body() instanceof MigrationScript.JavaBody java) {
            try {
                if (java.upgrade()) {
                    java.revision().upgrade(new SqlOperations(StatementTarget.of(session)));
                } else {
                    java.revision().downgrade(new SqlOperations(StatementTarget.of(session)));
                }
            } catch (MigrationFailedException e) {
                throw e;
            } catch (Exception e) {
                throw failure(prepared, null, e);
            }
            return;
        }
        for (SqlStatement statement : prepared.statements()) {
            try {
                session.execute(statement.sql());
            } catch (RuntimeException e) {
                throw failure(prepared, statement, e);
            }
        }
    }

    private MigrationFailedException failure(PreparedStep step, SqlStatement statement, Exception cause) {
        String revision = step.script() == null ? null : step.script().id();
        String location = step.script() == null ? null : step.script().location();
        return new MigrationFailedException(describeFailure(step, statement, cause), revision, location,
                statement == null ? 0 : statement.line(), statement == null ? null : statement.sql(), cause);
    }

    private String describeFailure(PreparedStep step, SqlStatement statement, Exception cause) {
        if (step.script() == null) {
            return "Stamp failed: " + cause.getMessage();
        }
        MigrationScript script = step.script();
        RevisionStep revisionStep = (RevisionStep) step.step();
        StringBuilder text = new StringBuilder("Revision ").append(script.id()).append(" (").append(script.location());
        if (statement != null) {
            text.append(", line ").append(statement.line());
        }
        text.append(") failed during ").append(revisionStep.direction()).append(": ")
                .append(cause.getMessage() == null ? cause.toString() : cause.getMessage());
        if (statement != null) {
            text.append("\n  Statement: ").append(abbreviate(statement.sql()));
        }
        if (settings.transactionMode() == dev.strata.TransactionMode.ALL) {
            // Earlier revisions of the run went with it; saying only "the revision" would suggest they stayed.
            text.append("\n  Transaction mode ALL: the whole run was rolled back, no revision of it is applied and"
                    + " the version table is unchanged.");
        } else if (script.transactional()) {
            text.append("\n  The revision was rolled back; the version table does not record it.");
        } else if (statement != null) {
            text.append("\n  The revision is non-transactional: statements before line ").append(statement.line())
                    .append(" stay applied and the version table does not record it. Make the revision safe to re-run"
                            + " (IF NOT EXISTS) or undo them by hand before retrying.");
        }
        return text.toString();
    }

    private void recordFailure(DatabaseSession session, PreparedStep step, StepEvent event, Instant started,
            String user, StrataException failure) {
        try {
            settings.historyTable().record(session, entry(step, event, started, false, failure.getMessage(), user));
        } catch (RuntimeException e) {
            LOG.warn("Could not record the failed step in {}: {}", settings.historyTable().name().display(),
                    e.getMessage());
        }
    }

    private HistoryTable.Entry entry(PreparedStep step, StepEvent event, Instant started, boolean success,
            String error, String user) {
        String from;
        String to;
        String checksum;
        if (step.step() instanceof RevisionStep revision) {
            from = String.join(",", revision.fromRevisions());
            to = String.join(",", revision.toRevisions());
            checksum = step.script().checksum();
        } else {
            StampStep stamp = (StampStep) step.step();
            from = String.join(",", stamp.from());
            to = String.join(",", stamp.to());
            checksum = stamp.to().size() == 1 ? revisions.script(stamp.to().get(0)).checksum() : null;
        }
        return new HistoryTable.Entry(event.revision(), event.direction(), from, to, checksum, event.message(), started,
                Instant.now(), success, error, user, settings.principal(), Settings.engineVersion());
    }

    private StepEvent event(PreparedStep prepared, int index, int total) {
        MigrationStep step = prepared.step();
        if (step instanceof RevisionStep revision) {
            return new StepEvent(index, total, revision.revision().id(), revision.direction(), revision.describe(),
                    prepared.script().message());
        }
        StampStep stamp = (StampStep) step;
        String revision = stamp.to().isEmpty() ? (stamp.from().isEmpty() ? null : stamp.from().get(0)) : stamp.to().get(0);
        return new StepEvent(index, total, revision, "stamp", stamp.describe(),
                revision == null ? "" : revisions.script(revision).message());
    }

    private static String abbreviate(String sql) {
        String oneLine = sql.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 297) + "...";
    }
}
