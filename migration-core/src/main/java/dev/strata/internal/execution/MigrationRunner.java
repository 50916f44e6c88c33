package dev.strata.internal.execution;

import dev.strata.ChecksumPolicy;
import dev.strata.MigrationListener;
import dev.strata.MigrationResult;
import dev.strata.StrataException;
import dev.strata.driver.DatabaseDriver;
import dev.strata.driver.DatabaseSession;
import dev.strata.graph.MigrationStep;
import dev.strata.internal.script.MigrationScript;
import dev.strata.internal.script.RevisionSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One database's side of every command: opens the session, takes the lock, reads the heads, plans,
 * validates everything (unknown heads, checksums, statements) before the first change, then hands the
 * steps to the executor. Read-only look-ups take no lock.
 */
public final class MigrationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationRunner.class);

    private final DatabaseDriver driver;
    private final Settings settings;
    private final RevisionSet revisions;
    private final MigrationListener listener;

    public MigrationRunner(DatabaseDriver driver, Settings settings, RevisionSet revisions, MigrationListener listener) {
        this.driver = driver;
        this.settings = settings;
        this.revisions = revisions;
        this.listener = listener;
    }

    /** A checksum that no longer matches its file. */
    public record ChecksumMismatch(String revision, String location, String recorded, String current) {
    }

    /** The database's current heads, as stored (no lock, nothing created). */
    public List<String> currentHeads() {
        try (DatabaseSession session = open()) {
            return settings.versionTable().read(session);
        }
    }

    /** Audit rows, newest first. */
    public List<Map<String, Object>> history(int limit) {
        try (DatabaseSession session = open()) {
            return settings.historyTable().read(session, limit);
        }
    }

    /** Applied revisions whose content changed since they were applied. */
    public List<ChecksumMismatch> validate() {
        try (DatabaseSession session = open()) {
            return mismatches(session, settings.versionTable().read(session));
        }
    }

    /**
     * Runs a planned command under the lock. {@code plan} gets the current heads and returns the steps;
     * with {@code purge} the version table is emptied first and planning starts from nothing.
     */
    public MigrationResult run(String command, Function<List<String>, List<? extends MigrationStep>> plan,
            boolean purge) {
        return underLock(session -> {
            List<String> heads = settings.versionTable().read(session);
            if (!purge) {
                checkKnown(heads);
            }
            List<? extends MigrationStep> steps = plan.apply(purge ? List.of() : heads);
            checkChecksums(session, purge ? List.of() : heads);
            List<PreparedStep> prepared = PreparedStep.prepareAll(steps, revisions, session.serverVersionNum(),
                    settings.transactionMode() == dev.strata.TransactionMode.ALL);
            if (prepared.isEmpty() && !(purge && !heads.isEmpty())) {
                return new MigrationResult(command, heads, heads, List.of(), null);
            }
            createSchema(session);
            if (purge) {
                settings.versionTable().purge(session);
            }
            return new MigrationExecutor(settings, revisions, listener)
                    .execute(session, command, purge ? List.of() : heads, prepared);
        });
    }

    /** Re-records the checksum of every applied revision whose file changed; returns how many. */
    public int repair() {
        return underLock(session -> {
            List<ChecksumMismatch> mismatches = mismatches(session, settings.versionTable().read(session));
            String user = session.currentUser();
            for (ChecksumMismatch m : mismatches) {
                java.time.Instant now = java.time.Instant.now();
                settings.historyTable().record(session, new HistoryTable.Entry(m.revision(), "repair", null, null,
                        m.current(), "checksum re-recorded (was " + m.recorded() + ")", now, now, true, null, user,
                        settings.principal(), Settings.engineVersion()));
            }
            return mismatches.size();
        });
    }

    /**
     * Appends a row for a command that did not run ({@code refused}, {@code dry-run}); no lock, since the
     * table is append-only, and no table is created for it.
     */
    public boolean recordAttempt(String outcome, String target, String detail) {
        try (DatabaseSession session = open()) {
            if (!settings.historyTable().exists(session)) {
                return false;
            }
            List<String> heads = settings.versionTable().exists(session) ? settings.versionTable().read(session)
                    : List.of();
            java.time.Instant now = java.time.Instant.now();
            settings.historyTable().record(session, new HistoryTable.Entry(null, outcome, String.join(",", heads),
                    target, null, detail, now, now, "dry-run".equals(outcome), "refused".equals(outcome) ? detail : null,
                    session.currentUser(), settings.principal(), Settings.engineVersion()));
            return true;
        }
    }

    /** Opens a session, holds the migration lock on it while {@code work} runs, then lets both go. */
    private <T> T underLock(Function<DatabaseSession, T> work) {
        try (DatabaseSession session = open()) {
            AdvisoryLock lock = new AdvisoryLock(settings.versionTable().name(), settings.lockTimeout());
            lock.acquire(session);
            try {
                return work.apply(session);
            } finally {
                releaseQuietly(lock, session);
            }
        }
    }

    private DatabaseSession open() {
        DatabaseSession session = driver.open();
        try {
            settings.searchPathSql().ifPresent(session::execute);
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
        return session;
    }

    private void createSchema(DatabaseSession session) {
        settings.createSchemaSql().ifPresent(session::execute);
    }

    private void checkKnown(List<String> heads) {
        for (String head : heads) {
            if (!revisions.graph().contains(head)) {
                throw new StrataException("Can't locate revision identified by '" + head + "': the database ("
                        + settings.versionTable().name().display() + ") is at a revision that none of the revision"
                        + " files defines. Add the missing revision file, check the locations, or 'stamp' the database"
                        + " to a known revision");
            }
        }
    }

    private void checkChecksums(DatabaseSession session, List<String> heads) {
        if (settings.checksumPolicy() == ChecksumPolicy.IGNORE) {
            return;
        }
        List<ChecksumMismatch> mismatches = mismatches(session, heads);
        if (mismatches.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (ChecksumMismatch m : mismatches) {
            text.append(text.length() == 0 ? "" : "; ").append("revision ").append(m.revision()).append(" (")
                    .append(m.location()).append(") was changed after it was applied (checksum recorded ")
                    .append(m.recorded(), 0, 12).append("..., now ").append(m.current(), 0, 12).append("...)");
        }
        if (settings.checksumPolicy() == ChecksumPolicy.WARN) {
            LOG.warn("Checksum mismatch: {}", text);
            return;
        }
        throw new StrataException("Checksum mismatch: " + text + ". Never edit an applied revision: revert the file and"
                + " put the change in a new revision. If the edit is intended, run 'repair' to re-record the checksums,"
                + " or set validate-checksums to warn");
    }

    private List<ChecksumMismatch> mismatches(DatabaseSession session, List<String> heads) {
        List<ChecksumMismatch> out = new ArrayList<>();
        if (heads.isEmpty()) {
            return out;
        }
        Map<String, String> recorded = settings.historyTable().appliedChecksums(session);
        List<String> known = heads.stream().filter(revisions.graph()::contains).toList();
        for (String id : revisions.graph().ancestors(known, true)) {
            MigrationScript script = revisions.script(id);
            String before = recorded.get(id);
            if (before != null && script.checksum() != null && !before.equals(script.checksum())) {
                out.add(new ChecksumMismatch(id, script.location(), before, script.checksum()));
            }
        }
        return out;
    }

    private static void releaseQuietly(AdvisoryLock lock, DatabaseSession session) {
        try {
            lock.release(session);
        } catch (RuntimeException e) {
            LOG.debug("Could not release the migration lock (the session ends anyway): {}", e.getMessage());
        }
    }
}
