package dev.strata;

import java.util.List;

/**
 * What {@code revision} should write.
 *
 * @param message     one line saying what the revision does
 * @param head        the revision to build on: {@code head} (default), {@code base} for a new root, a
 *                    {@code label@head}, or an id (with {@code splice} when it is not a head)
 * @param branchLabel a branch label to declare, or null
 * @param dependsOn   revisions this one depends on
 * @param revId       the id to use instead of a generated one, or null
 * @param splice      allow {@code head} to be a revision that is not a head
 * @param upgradeSql  SQL for the upgrade section (empty for a blank template)
 * @param downgradeSql SQL for the downgrade section
 * @param transactional false to write {@code -- transactional: false}
 */
public record NewRevision(String message, String head, String branchLabel, List<String> dependsOn, String revId,
        boolean splice, String upgradeSql, String downgradeSql, boolean transactional) {

    public NewRevision {
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
        upgradeSql = upgradeSql == null ? "" : upgradeSql;
        downgradeSql = downgradeSql == null ? "" : downgradeSql;
    }

    /** A blank revision on top of the single head. */
    public static NewRevision of(String message) {
        return new NewRevision(message, "head", null, List.of(), null, false, "", "", true);
    }
}
