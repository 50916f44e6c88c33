package dev.strata.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the books: turns each step into the inserts, deletes and updates of the version table that
 * Alembic's head maintainer would make (a branch created, merged, unmerged or deleted, or a row moved
 * along its branch), and tracks the heads as it goes. Pure: the executor runs the changes and checks
 * their row counts.
 */
public final class HeadMaintainer {

    private final RevisionGraph graph;
    private final Set<String> heads;

    public HeadMaintainer(RevisionGraph graph, Collection<String> heads) {
        this.graph = graph;
        this.heads = new LinkedHashSet<>(heads);
    }

    /** The heads after every step applied so far. */
    public List<String> heads() {
        return List.copyOf(heads);
    }

    /** The version-table changes for one step; the heads move accordingly. */
    public List<VersionChange> apply(MigrationStep step) {
        List<VersionChange> changes = step instanceof RevisionStep revision
                ? revisionChanges(revision)
                : stampChanges((StampStep) step);
        for (VersionChange change : changes) {
            track(change);
        }
        return changes;
    }

    private List<VersionChange> revisionChanges(RevisionStep step) {
        String id = step.revision().id();
        List<String> down = graph.normalizedDownRevisions(id);
        if (!step.upgrade()) {
            if (heads.contains(id)) {
                if (down.isEmpty()) {
                    return List.of(new VersionChange.Delete(id));
                }
                List<String> to = unmergeTo(id, down);
                if (to.isEmpty()) {
                    return List.of(new VersionChange.Delete(id));
                }
                if (down.size() > 1) {
                    return unmerge(id, to);
                }
            }
            return List.of(new VersionChange.Update(id, downrev(id, down)));
        }
        List<String> present = down.stream().filter(heads::contains).toList();
        if (down.isEmpty() || present.isEmpty()) {
            return List.of(new VersionChange.Insert(id));
        }
        if (down.size() > 1 && present.size() > 1) {
            return merge(down, id);
        }
        return List.of(new VersionChange.Update(downrev(id, down), id));
    }

    private List<VersionChange> stampChanges(StampStep step) {
        List<String> from = step.from();
        List<String> to = step.to();
        if (!step.upgrade() && step.branchMove()) {
            return List.of(new VersionChange.Delete(from.get(0)));
        }
        boolean fromMissing = from.stream().anyMatch(f -> !heads.contains(f));
        boolean toMissing = to.stream().anyMatch(t -> !heads.contains(t));
        if (step.upgrade() && (step.branchMove() || fromMissing) && toMissing) {
            return List.of(new VersionChange.Insert(to.get(0)));
        }
        if (from.size() > 1) {
            List<VersionChange> changes = new ArrayList<>();
            for (String f : from.subList(0, from.size() - 1)) {
                changes.add(new VersionChange.Delete(f));
            }
            changes.add(new VersionChange.Update(from.get(from.size() - 1), to.get(0)));
            return changes;
        }
        if (to.size() > 1) {
            List<VersionChange> changes = new ArrayList<>();
            for (String t : to.subList(0, to.size() - 1)) {
                changes.add(new VersionChange.Insert(t));
            }
            changes.add(new VersionChange.Update(from.get(0), to.get(to.size() - 1)));
            return changes;
        }
        return List.of(new VersionChange.Update(from.get(0), to.get(0)));
    }

    /** Merging: parents that other heads do not already imply collapse into the merge revision. */
    private List<VersionChange> merge(List<String> down, String id) {
        List<String> fromRevisions = new ArrayList<>(down);
        Set<String> others = new LinkedHashSet<>(heads);
        others.removeAll(down);
        if (!others.isEmpty()) {
            fromRevisions.removeAll(graph.ancestors(others, true));
        }
        List<VersionChange> changes = new ArrayList<>();
        for (String f : fromRevisions.subList(0, fromRevisions.size() - 1)) {
            changes.add(new VersionChange.Delete(f));
        }
        changes.add(new VersionChange.Update(fromRevisions.get(fromRevisions.size() - 1), id));
        return changes;
    }

    private List<VersionChange> unmerge(String id, List<String> to) {
        List<VersionChange> changes = new ArrayList<>();
        for (String t : to.subList(0, to.size() - 1)) {
            changes.add(new VersionChange.Insert(t));
        }
        changes.add(new VersionChange.Update(id, to.get(to.size() - 1)));
        return changes;
    }

    /** The parents a downgraded revision leaves behind, minus those other heads still imply. */
    private List<String> unmergeTo(String id, List<String> down) {
        Set<String> others = new LinkedHashSet<>(heads);
        others.remove(id);
        List<String> to = new ArrayList<>(down);
        if (!others.isEmpty()) {
            to.removeAll(graph.ancestors(others, true));
        }
        return to;
    }

    private String downrev(String id, List<String> down) {
        if (down.size() == 1) {
            return down.get(0);
        }
        List<String> present = down.stream().filter(heads::contains).toList();
        if (present.size() != 1) {
            throw new RevisionException("Can't update the version table for " + id
                    + " because its down revision is ambiguous (heads: " + String.join(", ", heads) + ")");
        }
        return present.get(0);
    }

    private void track(VersionChange change) {
        if (change instanceof VersionChange.Insert insert) {
            if (!heads.add(insert.version())) {
                throw new RevisionException("Version " + insert.version() + " is already present in the version table");
            }
        } else if (change instanceof VersionChange.Delete delete) {
            heads.remove(delete.version());
        } else if (change instanceof VersionChange.Update update) {
            if (heads.contains(update.to())) {
                throw new RevisionException("Version " + update.to() + " is already present in the version table");
            }
            heads.remove(update.from());
            heads.add(update.to());
        }
    }
}
