package dev.strata;

import dev.strata.driver.DatabaseDriver;
import dev.strata.graph.MigrationPlanner;
import dev.strata.graph.MultipleHeadsException;
import dev.strata.graph.RangeNotAncestorException;
import dev.strata.graph.ResolutionException;
import dev.strata.graph.RevisionGraph;
import dev.strata.internal.execution.MigrationRunner;
import dev.strata.internal.execution.OfflineScriptWriter;
import dev.strata.internal.execution.Settings;
import dev.strata.internal.lint.RevisionLinter;
import dev.strata.internal.script.RevisionLoader;
import dev.strata.internal.script.RevisionSet;
import dev.strata.internal.script.RevisionWriter;
import dev.strata.lint.LintResult;
import dev.strata.lint.LintRule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The command API: Alembic's commands over one database. The CLI, the Maven plugin and the Actuator
 * endpoint are thin layers over these methods; each returns data, never prints.
 *
 * <pre>{@code
 * Strata strata = Strata.configure().dataSource(ds).locations("classpath:db/revisions").load();
 * MigrationResult result = strata.upgrade("head");
 * }</pre>
 *
 * A loaded instance is immutable: revisions are read once, at {@link StrataConfiguration.Builder#load()}.
 */
public final class Strata {

    /** The preferred way to say "all heads" (also the default upgrade target). */
    public static final String HEADS = "heads";

    /** Offline scripts are checked against the rules of a current server (PostgreSQL 15). */
    private static final int OFFLINE_SERVER_VERSION = 150000;

    private final StrataConfiguration configuration;
    private final RevisionSet revisions;
    private final Settings settings;

    private Strata(StrataConfiguration configuration, RevisionSet revisions) {
        this.configuration = configuration;
        this.revisions = revisions;
        this.settings = Settings.of(configuration.schema(), configuration.versionTable(), configuration.historyTable(),
                configuration.transactionMode(), configuration.lockTimeout(), configuration.checksumPolicy(),
                configuration.principal());
    }

    /**
     * The same revisions and settings over another database (for example a scratch database that
     * autogenerate migrates to head), heard by another listener; the revisions are not read again.
     */
    public Strata withDatabase(DatabaseDriver databaseDriver, MigrationListener stepListener) {
        return new Strata(configuration.withDatabase(databaseDriver, stepListener), revisions);
    }

    /** Starts a configuration. */
    public static StrataConfiguration.Builder configure() {
        return new StrataConfiguration.Builder();
    }

    static Strata load(StrataConfiguration configuration) {
        RevisionLoader loader = new RevisionLoader(configuration.classLoader());
        return new Strata(configuration, RevisionSet.of(loader.load(configuration.locations(),
                configuration.javaRevisions())));
    }

    public StrataConfiguration configuration() {
        return configuration;
    }

    /** The revision graph (pure value). */
    public RevisionGraph graph() {
        return revisions.graph();
    }

    // ---- graph commands: no database -------------------------------------------------------------------

    /** {@code heads}: the revisions nothing revises or depends on. */
    public List<RevisionInfo> heads() {
        return infos(graph().heads(), Set.of());
    }

    /** {@code branches}: the branch points. */
    public List<RevisionInfo> branches() {
        List<String> points = new ArrayList<>();
        for (String id : translate(() -> planner().range(null, null), "base", "heads")) {
            if (graph().isBranchPoint(id)) {
                points.add(id);
            }
        }
        return infos(points, Set.of());
    }

    /** {@code show REV}: the revisions an identifier names ({@code heads} may name several). */
    public List<RevisionInfo> show(String revision) {
        if ("current".equals(revision)) {
            return runner().currentHeads().stream().map(id -> revisions.info(id, false)).toList();
        }
        return infos(translate(() -> planner().resolver().resolveAll(revision), null, revision), Set.of());
    }

    /**
     * {@code lint}: the statements of the SQL revisions' upgrades that are dangerous on a live database (they lose
     * data, hold a lock while they scan or rewrite a table, or break the running version during a rollout), each
     * with what to do instead, and the empty downgrades not declared {@code -- irreversible}. Reads the revisions
     * only: needs no database. Java revisions are code and are not linted; the result counts them. The rules are
     * {@link LintRule}'s; {@code -- strata:lint-ignore <rule-id> <reason>} above a statement accepts a finding.
     */
    public LintResult lint() {
        return RevisionLinter.lint(revisions);
    }

    /**
     * {@code lint -r RANGE}: only the revisions of a history range are reported ({@code lower:upper} as for
     * {@link #history(String)}, for example {@code 3f2a9c1b7d4e:heads} or {@code current:} with a database); the
     * older ones are still read for what they tell of the schema. A project that adopts lint can so check its new
     * revisions without editing applied ones (which their checksums would refuse).
     *
     * @param range the range; null or blank for every revision
     * @return the findings of the revisions in the range
     */
    public LintResult lint(String range) {
        if (range == null || range.isBlank()) {
            return lint();
        }
        Set<String> inRange = new HashSet<>();
        history(range).forEach(info -> inRange.add(info.id()));
        return RevisionLinter.lint(revisions, inRange::contains);
    }

    /** Looks up one revision by full id. */
    public RevisionInfo revision(String id) {
        return revisions.info(graph().get(id).id(), false);
    }

    /**
     * {@code history [-r RANGE]}, newest first. The range is {@code lower:upper} with either side optional
     * ({@code base} and {@code heads}); {@code current} on either side asks the database.
     */
    public List<RevisionInfo> history(String range) {
        return history(range, false);
    }

    /** {@code history -r RANGE [-i]}: with {@code indicateCurrent}, the database's revisions are marked current. */
    public List<RevisionInfo> history(String range, boolean indicateCurrent) {
        String lower = null;
        String upper = null;
        if (range != null && !range.isBlank()) {
            int colon = range.indexOf(':');
            if (colon < 0) {
                throw new StrataException("History range requires [start]:[end], [start]:, or :[end]");
            }
            lower = range.substring(0, colon).strip();
            upper = range.substring(colon + 1).strip();
        }
        Set<String> current = Set.of();
        List<String> databaseHeads = List.of();
        if (indicateCurrent || "current".equals(lower) || "current".equals(upper)) {
            databaseHeads = runner().currentHeads();
            current = indicateCurrent ? Set.copyOf(databaseHeads) : Set.of();
        }
        if ("current".equals(lower) || "current".equals(upper)) {
            List<String> heads = databaseHeads;
            String at = heads.isEmpty() ? "base" : String.join(",", heads);
            if (heads.size() > 1) {
                throw new StrataException("History relative to 'current' needs a single current revision; the database"
                        + " has " + at + ". Give the range explicitly");
            }
            lower = "current".equals(lower) ? at : lower;
            upper = "current".equals(upper) ? at : upper;
        }
        String low = lower;
        String up = upper;
        return infos(translate(() -> planner().range(low, up), emptyToDefault(low, "base"),
                emptyToDefault(up, "heads")), current);
    }

    // ---- database commands ------------------------------------------------------------------------------

    /** {@code current}: the revisions the database is at (empty at base). */
    public List<RevisionInfo> current() {
        List<String> heads = runner().currentHeads();
        for (String head : heads) {
            if (!graph().contains(head)) {
                throw new StrataException("Can't locate revision identified by '" + head + "': the database is at a"
                        + " revision that none of the revision files defines");
            }
        }
        // As Alembic's get_all_current: the rows plus what they depend on, reduced to branch tips.
        Set<String> all = graph().ancestors(heads, true);
        List<String> tips = new ArrayList<>();
        for (String id : all) {
            Set<String> above = new java.util.HashSet<>(graph().descendants(List.of(id), false));
            above.remove(id);
            above.retainAll(all);
            if (above.isEmpty()) {
                tips.add(id);
            }
        }
        return infos(tips, Set.copyOf(tips));
    }

    /** The revisions {@code upgrade target} would run, in order, without running them. */
    public List<RevisionInfo> pending(String target) {
        List<String> heads = runner().currentHeads();
        List<RevisionInfo> out = new ArrayList<>();
        for (var step : translate(() -> planner().upgrade(heads, target), null, target)) {
            out.add(revisions.info(step.revision().id(), false));
        }
        return out;
    }

    /**
     * The revisions {@code downgrade target} would undo, in order, without running them: what a guarded
     * downgrade checks (irreversible revisions, a floor) before it runs.
     */
    public List<RevisionInfo> downgradePlan(String target) {
        refuseRange(target);
        List<String> heads = runner().currentHeads();
        List<RevisionInfo> out = new ArrayList<>();
        for (var step : translateDowngrade(() -> planner().downgrade(heads, target), target)) {
            out.add(revisions.info(step.revision().id(), false));
        }
        return out;
    }

    /** {@code upgrade TARGET} (for example {@code heads}, {@code head}, {@code +1}, an id or prefix). */
    public MigrationResult upgrade(String target) {
        refuseRange(target);
        return runner().run("upgrade", heads -> translate(() -> planner().upgrade(heads, target), null, target), false);
    }

    /** {@code downgrade TARGET} (for example {@code -1}, {@code base}, an id). */
    public MigrationResult downgrade(String target) {
        return downgrade(target, null);
    }

    /**
     * {@code downgrade TARGET}, but only if the database's heads are still {@code expectedHeads} when the
     * migration lock is held: a caller that decided on a plan (after a dry run, a confirmation) gets exactly
     * that plan or a {@link HeadsChangedException}, never a downgrade from heads it did not see. Null expects
     * nothing, as {@link #downgrade(String)}.
     */
    public MigrationResult downgrade(String target, List<String> expectedHeads) {
        refuseRange(target);
        return runner().run("downgrade", heads -> {
            if (expectedHeads != null && !Set.copyOf(heads).equals(Set.copyOf(expectedHeads))) {
                throw new HeadsChangedException(expectedHeads, heads);
            }
            return translateDowngrade(() -> planner().downgrade(heads, target), target);
        }, false);
    }

    /**
     * Writes an audit row for a command that was asked for but not run (for example a downgrade refused by
     * a guard, or a dry run), with the configured principal. Nothing else changes: when the history table
     * does not exist yet the attempt is only logged by the caller.
     *
     * @param outcome {@code refused} or {@code dry-run}
     * @param target  the requested target
     * @param detail  why it was refused, or what would have run
     * @return whether a row was written
     */
    public boolean recordAttempt(String outcome, String target, String detail) {
        return runner().recordAttempt(outcome, target, detail);
    }

    /** {@code stamp TARGET... [--purge]}: sets the version table without running revisions. */
    public MigrationResult stamp(List<String> targets, boolean purge) {
        return runner().run("stamp", heads -> {
            try {
                return translate(() -> planner().stamp(heads, targets), null, String.join(" ", targets));
            } catch (StrataException e) {
                if (e.getCause() instanceof MultipleHeadsException heads2) {
                    throw new StrataException("Multiple heads are present; please specify a single target revision"
                            + " (heads: " + String.join(", ", heads2.heads()) + ")", e.getCause());
                }
                throw e;
            }
        }, purge);
    }

    /** Applied revisions whose files changed since they ran. */
    public List<ChecksumMismatch> validate() {
        List<ChecksumMismatch> out = new ArrayList<>();
        for (MigrationRunner.ChecksumMismatch m : runner().validate()) {
            out.add(new ChecksumMismatch(m.revision(), m.location(), m.recorded(), m.current()));
        }
        return out;
    }

    /** Re-records the checksums of applied revisions whose files changed on purpose; returns how many. */
    public int repair() {
        return runner().repair();
    }

    /** The audit rows of the history table, newest first. */
    public List<Map<String, Object>> auditLog(int limit) {
        return runner().history(limit);
    }

    private static void refuseRange(String target) {
        if (target.contains(":")) {
            throw new StrataException("Range revision not allowed; a from:to range is for offline SQL (--sql) only");
        }
    }

    // ---- offline ----------------------------------------------------------------------------------------

    /**
     * {@code upgrade --sql}: the script for {@code range} ({@code from:to}, or {@code to} to start from the
     * database's current heads, read without changing anything).
     */
    public String upgradeSql(String range) {
        Range r = offlineRange(range, "upgrade");
        return new OfflineScriptWriter(settings, revisions).write(r.from(),
                translate(() -> planner().upgrade(r.from(), r.to()), null, r.to()), OFFLINE_SERVER_VERSION);
    }

    /** {@code downgrade --sql}: the script for {@code range} ({@code from:to}, or {@code to}). */
    public String downgradeSql(String range) {
        Range r = offlineRange(range, "downgrade");
        return new OfflineScriptWriter(settings, revisions).write(r.from(),
                translateDowngrade(() -> planner().downgrade(r.from(), r.to()), r.to()), OFFLINE_SERVER_VERSION);
    }

    private record Range(List<String> from, String to) {
    }

    private Range offlineRange(String range, String command) {
        int colon = range.indexOf(':');
        if (colon < 0) {
            if (configuration.driver() == null) {
                throw new StrataException(command + " with --sql requires <fromrev>:<torev> when no database is"
                        + " configured");
            }
            return new Range(runner().currentHeads(), range);
        }
        String from = range.substring(0, colon).strip();
        List<String> heads = from.isEmpty() || from.equals("base") ? List.of()
                : translate(() -> planner().resolver().resolveAll(from), null, from);
        return new Range(heads, range.substring(colon + 1).strip());
    }

    // ---- new revision files -----------------------------------------------------------------------------

    /** {@code revision}: writes a new, empty SQL revision file into {@code directory}; returns its path. */
    public Path revision(NewRevision request, Path directory) {
        return RevisionWriter.revision(revisions, request, directory);
    }

    /** {@code merge -m MSG REV...}: writes a merge revision of the given revisions (or {@code heads}). */
    public Path merge(String message, List<String> revisionsToMerge, String branchLabel, String revId, Path directory) {
        List<String> parents = translate(() -> planner().resolver().resolveAll(revisionsToMerge), null,
                String.join(" ", revisionsToMerge));
        return RevisionWriter.merge(revisions, message, parents, branchLabel, revId, directory);
    }

    // ---- plumbing ---------------------------------------------------------------------------------------

    private MigrationPlanner planner() {
        return revisions.planner();
    }

    private MigrationRunner runner() {
        if (configuration.driver() == null) {
            throw new StrataException("No database is configured; set a URL (or a DataSource) to run this command");
        }
        return new MigrationRunner(configuration.driver(), settings, revisions, configuration.listener());
    }

    private List<RevisionInfo> infos(List<String> ids, Set<String> current) {
        List<RevisionInfo> out = new ArrayList<>();
        for (String id : ids) {
            out.add(revisions.info(id, current.contains(id)));
        }
        return out;
    }

    private static String emptyToDefault(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }

    /** Alembic's {@code _catch_revision_errors}: graph errors become advice at the boundary. */
    private static <T> T translate(Supplier<T> action, String start, String end) {
        try {
            return action.get();
        } catch (RangeNotAncestorException e) {
            throw new StrataException("Requested range " + (start != null ? start : e.lower()) + ":"
                    + (end != null ? end : e.upper()) + " does not refer to ancestor/descendant revisions along the same"
                    + " branch", e);
        } catch (MultipleHeadsException e) {
            throw new StrataException("Multiple head revisions are present for given argument '" + e.argument()
                    + "'; please specify a specific target revision, '<branchname>@" + e.argument() + "' to narrow to a"
                    + " specific head, or 'heads' for all heads (heads: " + String.join(", ", e.heads()) + ")", e);
        } catch (ResolutionException e) {
            throw unresolved(e);
        }
    }

    /** Alembic's words first ("Can't locate revision identified by 'x'"), then what Strata knows more. */
    private static StrataException unresolved(ResolutionException e) {
        String alembic = "Can't locate revision identified by '" + e.argument() + "'";
        String notFound = "No such revision or branch '" + e.argument() + "'";
        String detail = e.getMessage().startsWith(notFound) ? e.getMessage().substring(notFound.length())
                : "; " + Character.toLowerCase(e.getMessage().charAt(0)) + e.getMessage().substring(1);
        return new StrataException(alembic + detail, e);
    }

    private static <T> T translateDowngrade(Supplier<T> action, String target) {
        try {
            return action.get();
        } catch (RangeNotAncestorException e) {
            throw new StrataException("Destination " + target + " is not a valid downgrade target from current head(s)",
                    e);
        } catch (MultipleHeadsException | ResolutionException e) {
            return translate(() -> {
                throw e;
            }, null, target);
        }
    }
}
