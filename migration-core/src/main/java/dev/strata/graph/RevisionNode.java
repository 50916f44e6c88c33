package dev.strata.graph;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A revision as the graph sees it: its id, the revisions it revises ({@code down_revision}), the
 * branch labels it declares and the revisions it depends on. Nothing about files or SQL.
 *
 * @param id            the revision id, {@code [A-Za-z0-9_]+}, at most 32 characters
 * @param downRevisions zero ids (a base), one, or several (a merge point)
 * @param branchLabels  labels declared on this revision
 * @param dependsOn     revisions (ids or branch labels) that must be applied first without being parents
 */
public record RevisionNode(String id, List<String> downRevisions, Set<String> branchLabels, List<String> dependsOn) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_]{1,32}");

    public RevisionNode {
        Objects.requireNonNull(id, "id");
        downRevisions = List.copyOf(downRevisions);
        branchLabels = Set.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
    }

    /** A node with only parents: {@code RevisionNode.of("b", "a")}. */
    public static RevisionNode of(String id, String... downRevisions) {
        return new RevisionNode(id, List.of(downRevisions), Set.of(), List.of());
    }

    /** Whether {@code id} is an acceptable revision id. */
    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    public boolean isBase() {
        return downRevisions.isEmpty();
    }

    public boolean isMergePoint() {
        return downRevisions.size() > 1;
    }
}
