package dev.strata.boot;

import dev.strata.ChecksumMismatch;
import dev.strata.ChecksumPolicy;
import dev.strata.RevisionInfo;
import dev.strata.Strata;
import java.util.List;

/**
 * Where one DataSource's database stands, as the endpoint and the health contributor report it. Reading it runs
 * a few queries and changes nothing.
 *
 * @param current            the revisions the database is at (empty at base)
 * @param heads              the heads of the revision graph
 * @param pending            what an upgrade to the target would run, in order
 * @param checksumMismatches applied revisions whose files changed since
 * @param lastFailure        the last failed step, unless a step succeeded since (null otherwise)
 * @param error              why the database could not be read (then the lists are empty), or null
 */
public record MigrationStatus(String dataSource, String target, List<String> current, List<String> heads,
        List<String> pending, List<ChecksumMismatch> checksumMismatches, ChecksumPolicy checksumPolicy,
        StepFailures.Failure lastFailure, String error) {

    /** Reads the status of {@code engine}'s database. */
    public static MigrationStatus of(StrataEngine engine) {
        Strata strata = engine.strata();
        String target = engine.settings().target();
        StepFailures.Failure failure = engine.lastFailure().orElse(null);
        ChecksumPolicy policy = strata.configuration().checksumPolicy();
        try {
            return new MigrationStatus(engine.name(), target, ids(strata.current()), ids(strata.heads()),
                    ids(strata.pending(target)), strata.validate(), policy, failure, null);
        } catch (RuntimeException e) {
            String message = e.getMessage() != null ? e.getMessage() : e.toString();
            return new MigrationStatus(engine.name(), target, List.of(), List.of(), List.of(), List.of(), policy,
                    failure, message);
        }
    }

    /** Nothing pending and the database could be read. */
    public boolean upToDate() {
        return error == null && pending.isEmpty();
    }

    /**
     * Up to date, no failed step, and no changed revision that the checksum policy ({@code fail}) would refuse.
     */
    public boolean healthy() {
        return upToDate() && lastFailure == null
                && (checksumPolicy != ChecksumPolicy.FAIL || checksumMismatches.isEmpty());
    }

    private static List<String> ids(List<RevisionInfo> revisions) {
        return revisions.stream().map(RevisionInfo::id).toList();
    }
}
