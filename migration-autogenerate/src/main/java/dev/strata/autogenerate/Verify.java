package dev.strata.autogenerate;

import dev.strata.RevisionInfo;
import dev.strata.Strata;
import dev.strata.StrataException;
import dev.strata.autogenerate.RevisionVerdict.Outcome;
import dev.strata.test.TestDatabase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code verify}: every revision upgrades, downgrades and upgrades again, leaving identical schemas.
 *
 * <p>Revisions are verified in the graph's order, from base. Each one runs on a scratch database that stands exactly
 * at its parents (nothing for a base, both parents for a merge point): the schema is read (B), the revision upgraded
 * and the schema read (A), then it is downgraded to the target that undoes it alone (its parent; for a merge point
 * one parent, which re-opens both branches; {@code base} for a base) and the schema and the version table must be
 * as they were at B, then upgraded again and the schema must be A. A difference is described in the words of
 * {@code strata check} ({@code add_column public.clients.email character varying(255)}): what the step left that
 * should not be there. A revision declared irreversible is upgraded only. A revision whose upgrade fails leaves
 * the revisions above it {@link Outcome#SKIPPED skipped}; one whose downgrade fails does not, since the revisions
 * above it never run its downgrade here.
 *
 * <p>Everything runs on scratch databases of the embedded PostgreSQL (or the server that
 * {@code STRATA_TEST_DATABASE_URL} names), never on the database the engine is configured with.
 *
 * <p>Cost: every revision's upgrade runs twice and its downgrade once, and its schema is read four times (a fixed
 * handful of catalog queries each, however many tables). Databases are reused: a straight line of revisions runs on
 * one database, each revision on top of the last; each further child of a branch point gets a copy of its parent's
 * database ({@code CREATE DATABASE ... TEMPLATE}, a file copy); a merge point goes on in one parent's database,
 * where the revisions of its other branches, since they forked, run once more. Only above a revision that failed
 * is a database rebuilt from empty. At most one database per open branch exists at a time.
 *
 * <pre>{@code
 * VerifyReport report = Verify.of(strata).run();
 * report.failures().forEach(verdict -> System.out.println(verdict.detail()));
 * }</pre>
 */
public final class Verify {

    private static final Logger LOG = LoggerFactory.getLogger(Verify.class);

    private final Strata strata;

    private Verify(Strata strata) {
        this.strata = Objects.requireNonNull(strata, "strata must not be null");
    }

    /** Verifies the revisions of this engine (its database, if it has one, is not used). */
    public static Verify of(Strata strata) {
        return new Verify(strata);
    }

    /** Verifies every revision; see the class description. */
    public VerifyReport run() {
        return run(new VerifyListener() { });
    }

    /**
     * Verifies every revision, telling {@code listener} as it goes.
     *
     * @throws StrataException when a scratch database cannot be made or read (not when a revision fails: that is
     *     a verdict)
     */
    public VerifyReport run(VerifyListener listener) {
        List<RevisionInfo> order = new ArrayList<>(strata.history(null));
        Collections.reverse(order);
        List<RevisionVerdict> verdicts = new ArrayList<>();
        if (!order.isEmpty()) {
            LOG.info("Verifying {} revision{} on scratch databases of an embedded PostgreSQL; the configured database"
                    + " is not used", order.size(), order.size() == 1 ? "" : "s");
        }
        try (Workspace workspace = Workspace.open()) {
            RevisionDatabases databases = new RevisionDatabases(workspace, strata,
                    order.stream().map(RevisionInfo::id).toList());
            // For each revision that cannot be reached, the revision below it (or itself) whose upgrade fails.
            Map<String, String> unreachable = new HashMap<>();
            for (int i = 0; i < order.size(); i++) {
                RevisionInfo revision = order.get(i);
                listener.started(i + 1, order.size(), revision);
                RevisionVerdict verdict = verify(revision, databases, unreachable);
                verdicts.add(verdict);
                listener.finished(i + 1, order.size(), verdict);
            }
        }
        return new VerifyReport(verdicts);
    }

    private RevisionVerdict verify(RevisionInfo revision, RevisionDatabases databases,
            Map<String, String> unreachable) {
        String id = revision.id();
        Optional<String> blocker = strata.graph().normalizedDownRevisions(id).stream()
                .filter(unreachable::containsKey).map(unreachable::get).findFirst();
        if (blocker.isPresent()) {
            unreachable.put(id, blocker.get());
            databases.verified(id, null, false);
            return new RevisionVerdict(id, revision.message(), Outcome.SKIPPED, "not run: it needs "
                    + RoundTrip.name(strata.revision(blocker.get())) + ", which does not upgrade");
        }
        TestDatabase database;
        try {
            database = databases.atParentsOf(id);
        } catch (StrataException e) {
            unreachable.put(id, id);
            databases.verified(id, null, false);
            return new RevisionVerdict(id, revision.message(), Outcome.FAILED, "upgrade to the parents of "
                    + RoundTrip.name(revision) + " failed: " + e.getMessage());
        }
        RoundTrip.Result result = RoundTrip.run(databases.engineOn(database), database.dataSource(), revision);
        if (!result.upgrades()) {
            unreachable.put(id, id);
        }
        databases.verified(id, database, result.verdict().passed());
        return result.verdict();
    }
}
