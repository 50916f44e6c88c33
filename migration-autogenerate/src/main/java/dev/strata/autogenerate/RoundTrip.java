package dev.strata.autogenerate;

import dev.strata.RevisionInfo;
import dev.strata.Strata;
import dev.strata.StrataException;
import dev.strata.autogenerate.RevisionVerdict.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * One revision's check, on a scratch database that stands exactly at its parents: upgrade, downgrade, upgrade
 * again, reading the schema before and after each step. The downgrade must give back the schema and the version
 * table from before the upgrade; the second upgrade, the schema of the first.
 */
final class RoundTrip {

    /**
     * A verdict, and whether the revision's upgrade ran: when it did not, nothing above the revision can be
     * verified.
     */
    record Result(RevisionVerdict verdict, boolean upgrades) {
    }

    /** A step that went wrong, with the verdict's detail as message. */
    private static final class Mismatch extends Exception {

        Mismatch(String detail) {
            super(detail, null, false, false);
        }
    }

    private final Strata strata;
    private final DataSource database;
    private final RevisionInfo revision;

    private RoundTrip(Strata strata, DataSource database, RevisionInfo revision) {
        this.strata = strata;
        this.database = database;
        this.revision = revision;
    }

    /**
     * Runs the check.
     *
     * @param strata   the engine on {@code database}
     * @param database a scratch database at the revision's parents; at the revision afterwards when the verdict
     *                 passed, else in no known state
     * @param revision the revision
     */
    static Result run(Strata strata, DataSource database, RevisionInfo revision) {
        return new RoundTrip(strata, database, revision).run();
    }

    /** {@code 3f2a9c1b7d4e (add email column)}, or the id alone when the revision has no message. */
    static String name(RevisionInfo revision) {
        return RevisionVerdict.name(revision.id(), revision.message());
    }

    private Result run() {
        SchemaSnapshot before = snapshot();
        Set<String> headsBefore = heads();
        try {
            strata.upgrade(revision.id());
        } catch (StrataException e) {
            return new Result(verdict(Outcome.FAILED, "upgrade of " + name(revision) + " failed: " + e.getMessage()),
                    false);
        }
        SchemaSnapshot upgraded = snapshot();
        if (!revision.reversible()) {
            return new Result(verdict(Outcome.IRREVERSIBLE, null), true);
        }
        try {
            downAndUpAgain(before, headsBefore, upgraded);
            return new Result(verdict(Outcome.OK, null), true);
        } catch (Mismatch e) {
            return new Result(verdict(Outcome.FAILED, e.getMessage()), true);
        }
    }

    private void downAndUpAgain(SchemaSnapshot before, Set<String> headsBefore, SchemaSnapshot upgraded)
            throws Mismatch {
        String target = downgradeTarget();
        step("downgrade", () -> strata.downgrade(target));
        List<String> leftOver = before.changesTo(snapshot());
        if (!leftOver.isEmpty()) {
            throw new Mismatch("downgrade of " + name(revision) + " leaves the schema different from before its"
                    + " upgrade: " + String.join("; ", leftOver));
        }
        Set<String> headsAfter = heads();
        if (!headsAfter.equals(headsBefore)) {
            throw new Mismatch("downgrade of " + name(revision) + " leaves the version table at " + list(headsAfter)
                    + " instead of " + list(headsBefore));
        }
        step("second upgrade", () -> strata.upgrade(revision.id()));
        List<String> drift = upgraded.changesTo(snapshot());
        if (!drift.isEmpty()) {
            throw new Mismatch("second upgrade of " + name(revision) + " leaves the schema different from its first"
                    + " upgrade: " + String.join("; ", drift));
        }
    }

    /**
     * The target whose downgrade undoes this revision and nothing else: a parent (for a merge point, one parent,
     * which re-opens both branches), or {@code base} for a base. A target undoes everything above it that is
     * applied, which may be more: a dependency on a sibling branch is above the parent too. Then the same target
     * scoped to the revision's own branch ({@code <id>@<parent>}) undoes it alone. The engine's own plan decides.
     */
    private String downgradeTarget() throws Mismatch {
        List<String> below = revision.downRevisions().isEmpty() ? List.of("base") : revision.downRevisions();
        List<String> candidates = new ArrayList<>(below);
        below.forEach(target -> candidates.add(revision.id() + "@" + target));
        List<String> tried = new ArrayList<>();
        for (String candidate : candidates) {
            try {
                List<String> undone = strata.downgradePlan(candidate).stream().map(RevisionInfo::id).toList();
                if (undone.equals(List.of(revision.id()))) {
                    return candidate;
                }
                tried.add("downgrade " + candidate + " would undo " + String.join(", ", undone));
            } catch (StrataException e) {
                tried.add("downgrade " + candidate + ": " + e.getMessage());
            }
        }
        throw new Mismatch("no downgrade target undoes " + name(revision) + " alone (" + String.join("; ", tried)
                + ")");
    }

    private void step(String what, Runnable command) throws Mismatch {
        try {
            command.run();
        } catch (StrataException e) {
            throw new Mismatch(what + " of " + name(revision) + " failed: " + e.getMessage());
        }
    }

    private SchemaSnapshot snapshot() {
        return SchemaSnapshot.of(database, strata.configuration());
    }

    private Set<String> heads() {
        Set<String> heads = new TreeSet<>();
        strata.current().forEach(info -> heads.add(info.id()));
        return heads;
    }

    private static String list(Set<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", heads);
    }

    private RevisionVerdict verdict(Outcome outcome, String detail) {
        return new RevisionVerdict(revision.id(), revision.message(), outcome, detail);
    }
}
