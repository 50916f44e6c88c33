package dev.strata;

import java.util.List;
import java.util.Set;

/**
 * A revision as the commands show it: metadata, place in the graph and, where a database was asked,
 * whether it is current.
 *
 * @param branchLabels effective labels (declared and inherited along the branch)
 * @param head         nothing revises it
 * @param realHead     nothing revises it and nothing depends on it
 * @param nextRevisions revisions that revise this one
 * @param current      it is one of the database's current heads
 */
public record RevisionInfo(String id, List<String> downRevisions, Set<String> branchLabels, List<String> dependsOn,
        String message, String createDate, String location, boolean transactional, boolean reversible,
        String checksum, boolean head, boolean realHead, boolean branchPoint, boolean mergePoint,
        List<String> nextRevisions, boolean current) {

    public RevisionInfo withCurrent(boolean value) {
        return new RevisionInfo(id, downRevisions, branchLabels, dependsOn, message, createDate, location,
                transactional, reversible, checksum, head, realHead, branchPoint, mergePoint, nextRevisions, value);
    }
}
