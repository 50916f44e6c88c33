package dev.strata.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Plans what must run, as Alembic does: an upgrade runs what the target needs that the current heads
 * lack, parents first; a downgrade unwinds everything above the target that is applied, children first;
 * a history range lists the revisions between two points, newest first. Pure: no database.
 */
public final class MigrationPlanner {

    private final RevisionGraph graph;
    private final RevisionResolver resolver;

    public MigrationPlanner(RevisionGraph graph) {
        this.graph = graph;
        this.resolver = new RevisionResolver(graph);
    }

    public RevisionResolver resolver() {
        return resolver;
    }

    /** The steps that take a database at {@code currentHeads} up to {@code target}, in running order. */
    public List<RevisionStep> upgrade(Collection<String> currentHeads, String target) {
        Selection selection = collectUpgrade(target, Lower.heads(currentHeads), false, true, true);
        List<String> order = topologicalSort(selection.revisions(), selection.heads());
        List<RevisionStep> steps = new ArrayList<>();
        for (int i = order.size() - 1; i >= 0; i--) {
            steps.add(new RevisionStep(graph.get(order.get(i)), true));
        }
        return steps;
    }

    /** The steps that take a database at {@code currentHeads} down to {@code target}, in running order. */
    public List<RevisionStep> downgrade(Collection<String> currentHeads, String target) {
        Selection selection = collectDowngrade(List.copyOf(currentHeads), target);
        List<RevisionStep> steps = new ArrayList<>();
        for (String id : topologicalSort(selection.revisions(), selection.heads())) {
            steps.add(new RevisionStep(graph.get(id), false));
        }
        return steps;
    }

    /**
     * Revisions from {@code lower} to {@code upper} inclusive, newest first, as {@code history -r lower:upper}
     * lists them ({@code null} or empty sides mean {@code base} and {@code heads}).
     */
    public List<String> range(String lower, String upper) {
        String low = lower == null || lower.isEmpty() ? "base" : lower;
        String up = upper == null || upper.isEmpty() ? "heads" : upper;
        Selection selection = collectUpgrade(up, Lower.identifier(low), true, false, false);
        return topologicalSort(selection.revisions(), selection.heads());
    }

    /**
     * The stamp steps that move the version table from {@code currentHeads} to {@code targets} without
     * running revisions: an ancestor of a head is a step down, a descendant a step up, and a revision in
     * no current lineage starts a new branch ({@code base} removes the heads).
     */
    public List<StampStep> stamp(Collection<String> currentHeads, List<String> targets) {
        List<String> heads = resolver.resolveAll(List.copyOf(currentHeads));
        List<String> effectiveTargets = targets.isEmpty() ? List.of("base") : targets;
        Set<String> filtered = new LinkedHashSet<>();
        for (String target : effectiveTargets) {
            filtered.addAll(resolver.filterForLineage(heads, target, true));
        }
        List<String> destinations = resolver.resolveAll(effectiveTargets);
        List<StampStep> steps = new ArrayList<>();
        if (destinations.isEmpty()) {
            for (String head : filtered) {
                steps.add(new StampStep(List.of(head), List.of(), false, true));
            }
            return steps;
        }
        for (String dest : destinations) {
            if (filtered.contains(dest)) {
                continue;
            }
            Set<String> descendants = graph.descendants(List.of(dest), true);
            Set<String> ancestors = graph.ancestors(List.of(dest), true);
            // Alembic moves every selected head in one step; Strata moves only the heads on the destination's
            // lineage, so that "stamp heads" never drops the row of an unrelated branch.
            List<String> related = filtered.stream().filter(h -> descendants.contains(h) || ancestors.contains(h))
                    .toList();
            if (filtered.stream().anyMatch(descendants::contains)) {
                steps.add(new StampStep(related, List.of(dest), false, false));
            } else if (filtered.stream().anyMatch(ancestors::contains)) {
                steps.add(new StampStep(related, List.of(dest), true, false));
            } else {
                steps.add(new StampStep(List.of(), List.of(dest), true, true));
            }
        }
        return steps;
    }

    private record Selection(Set<String> revisions, List<String> heads) {
    }

    /** The lower end of a selection: the database's current heads, or what a history range names. */
    private record Lower(List<String> currentHeads, String identifier) {

        static Lower heads(Collection<String> heads) {
            return new Lower(List.copyOf(heads), null);
        }

        static Lower identifier(String text) {
            return new Lower(null, text);
        }

        List<String> resolve(RevisionResolver resolver) {
            return identifier != null ? resolver.resolveAll(identifier) : resolver.resolveAll(currentHeads);
        }

        @Override
        public String toString() {
            return identifier != null ? identifier : String.join(", ", currentHeads);
        }
    }

    /**
     * Alembic's {@code _collect_upgrade_revisions}: the ancestors of the target minus those of the lower
     * revisions.
     */
    private Selection collectUpgrade(String upper, Lower lower, boolean inclusive, boolean implicitBase,
            boolean assertRelativeLength) {
        List<String> targets = new ArrayList<>(parseUpgradeTarget(lower, upper, assertRelativeLength));
        if (lower.identifier() != null && lower.identifier().contains("@")) {
            String branch = lower.identifier().substring(0, lower.identifier().indexOf('@'));
            Optional<RevisionNode> asRevision = graph.find(branch);
            if (asRevision.isPresent() && graph.branchLabels(branch).size() == 1) {
                branch = graph.branchLabels(branch).iterator().next();
            }
            String label = branch;
            targets.removeIf(t -> !graph.branchLabels(t).contains(label));
        }
        Set<String> required = graph.ancestors(targets, true);

        List<String> current = lower.resolve(resolver);
        if (!current.isEmpty() && current.get(0) == null) {
            // A relative lower bound that walking down from the heads could not resolve: Alembic's special case.
            String rev = parseDowngradeTarget(List.of(upper), lower.identifier(), assertRelativeLength).target();
            current = rev == null ? List.of() : List.of(rev);
        }
        if (!implicitBase) {
            for (String rev : current) {
                if (!required.contains(rev)) {
                    throw new RangeNotAncestorException(lower.toString(), upper);
                }
            }
        }
        Set<String> needs = new LinkedHashSet<>(required);
        needs.removeAll(graph.ancestors(current, true));
        if (inclusive) {
            needs.addAll(current);
        }
        if (!current.isEmpty() && !implicitBase) {
            needs.retainAll(graph.descendants(current, false));
        }
        return new Selection(needs, targets);
    }

    private List<String> parseUpgradeTarget(Lower currentRevisions, String target, boolean assertRelativeLength) {
        Optional<RevisionResolver.Relative> relative = RevisionResolver.relative(target);
        if (relative.isEmpty()) {
            return resolver.resolveAll(target);
        }
        RevisionResolver.Relative rel = relative.get();
        String label = rel.branchLabel();
        if (rel.steps() > 0) {
            if (rel.symbol() != null) {
                String start = resolver.resolveOne(rel.symbol()).orElse(null);
                return List.of(walkOrFail(start, rel.steps(), label, assertRelativeLength, rel.text()));
            }
            List<String> current = currentRevisions.resolve(resolver);
            List<String> starts = current.isEmpty() ? nullList() : current;
            if (label != null) {
                starts = resolver.filterForLineage(current, label, false);
                if (starts.isEmpty()) {
                    starts = branchTips(current, label);
                }
            }
            if (starts.size() > 1) {
                throw new RevisionException("Ambiguous upgrade from multiple current revisions");
            }
            return List.of(walkOrFail(starts.get(0), rel.steps(), label, assertRelativeLength, rel.text()));
        }
        if (rel.symbol() == null) {
            throw new RevisionException("Relative revision " + rel.steps() + " didn't produce " + Math.abs(rel.steps())
                    + " migrations");
        }
        String start = resolver.resolveOne(label == null ? rel.symbol() : label + "@" + rel.symbol()).orElse(null);
        String found = resolver.walk(start, rel.steps(), null, assertRelativeLength);
        if (found == null) {
            throw new RevisionException("Relative revision " + rel.text() + " didn't produce " + Math.abs(rel.steps())
                    + " migrations");
        }
        return RevisionResolver.BASE.equals(found) ? List.of() : List.of(found);
    }

    /** Tips of the applied revisions on {@code label}'s lineage; {@code [null]} when none is applied. */
    private List<String> branchTips(List<String> current, String label) {
        List<String> active = resolver.filterForLineage(graph.ancestors(current, true), label, false);
        Set<String> tips = new LinkedHashSet<>(active);
        for (String rev : active) {
            tips.removeAll(graph.normalizedDownRevisions(rev));
        }
        return tips.isEmpty() ? nullList() : new ArrayList<>(tips);
    }

    private String walkOrFail(String start, int steps, String label, boolean noOverwalk, String text) {
        String found = resolver.walk(start, steps, label, noOverwalk);
        if (found == null) {
            throw new RevisionException("Relative revision " + text + " didn't produce " + Math.abs(steps) + " migrations");
        }
        return found;
    }

    record DowngradeTarget(String branchLabel, String target) {
    }

    /** Alembic's {@code _parse_downgrade_target}: {@code target} is {@code null} for base. */
    DowngradeTarget parseDowngradeTarget(List<String> currentRevisions, String target, boolean assertRelativeLength) {
        Optional<RevisionResolver.Relative> relative = RevisionResolver.relative(target);
        if (relative.isEmpty()) {
            int at = target.lastIndexOf('@');
            String label = at > 0 ? target.substring(0, at) : null;
            String symbol = at >= 0 ? target.substring(at + 1) : target;
            return new DowngradeTarget(label, resolver.resolveOne(symbol).orElse(null));
        }
        RevisionResolver.Relative rel = relative.get();
        String label = rel.branchLabel();
        String symbol = rel.symbol();
        if (rel.steps() >= 0) {
            if (symbol == null) {
                throw new RevisionException("Relative revision " + rel.text() + " didn't produce "
                        + Math.abs(rel.steps()) + " migrations");
            }
            String found = resolver.walk(resolver.resolveOne(symbol).orElse(null), rel.steps(), label,
                    assertRelativeLength);
            if (found == null) {
                throw new RevisionException("Walked too far");
            }
            return new DowngradeTarget(label, found);
        }
        boolean relativeToCurrent = symbol == null;
        if (symbol == null) {
            if (label != null) {
                List<String> onBranch = resolver.filterForLineage(currentRevisions, label, false);
                if (onBranch.size() != 1) {
                    throw new RevisionException("No current revision on branch '" + label + "' to walk down from");
                }
                symbol = onBranch.get(0);
            } else {
                if (currentRevisions.isEmpty()) {
                    throw new RevisionException("Relative revision " + rel.text() + " didn't produce "
                            + Math.abs(rel.steps()) + " migrations");
                }
                symbol = currentRevisions.get(0);
                label = symbol;
            }
        }
        String start = resolver.resolveOne(label == null ? symbol : label + "@" + symbol).orElse(null);
        String found = resolver.walk(start, rel.steps(), null, assertRelativeLength);
        if (found == null) {
            throw new RevisionException(relativeToCurrent ? "Relative revision " + rel.text() + " didn't produce "
                    + Math.abs(rel.steps()) + " migrations" : "Walked too far");
        }
        return new DowngradeTarget(label, RevisionResolver.BASE.equals(found) ? null : found);
    }

    /** Alembic's {@code _collect_downgrade_revisions} (not inclusive, no implicit base). */
    private Selection collectDowngrade(List<String> upper, String lower) {
        DowngradeTarget parsed = parseDowngradeTarget(upper, lower, true);
        String target = parsed.target();
        List<String> roots;
        if (target == null) {
            roots = graph.bases();
        } else {
            roots = graph.children(target);
        }
        if (parsed.branchLabel() != null && roots.size() > 1) {
            Set<String> onBranch = graph.ancestors(List.of(resolver.resolveBranch(parsed.branchLabel())), false);
            roots = roots.stream().filter(onBranch::contains).toList();
            if (roots.isEmpty()) {
                throw new RevisionException("Not a valid downgrade target from current heads");
            }
        }
        List<String> heads = resolver.resolveAll(upper);
        Set<String> drop = new LinkedHashSet<>(graph.descendants(roots, true));
        drop.retainAll(graph.ancestors(heads, true));
        if (target != null && drop.isEmpty() && !heads.contains(target)) {
            throw new RangeNotAncestorException(lower, String.join(", ", upper));
        }
        return new Selection(drop, heads);
    }

    /**
     * Alembic's topological order, newest first: follow one head down as far as no other pending head
     * still needs the revision, then switch heads; ties go by file order. Matching it keeps the order in
     * which branches run identical to Alembic's.
     */
    List<String> topologicalSort(Set<String> revisions, List<String> heads) {
        Set<String> todo = new HashSet<>(revisions);
        List<String> currentHeads = new ArrayList<>(new LinkedHashSet<>(heads.stream().filter(todo::contains).toList()));
        currentHeads.sort(Comparator.comparingInt(graph::position));
        List<Set<String>> ancestorsByIndex = new ArrayList<>();
        for (String head : currentHeads) {
            ancestorsByIndex.add(new HashSet<>(graph.ancestors(List.of(head), true)));
        }
        List<String> output = new ArrayList<>();
        int candidateIndex = 0;
        while (!currentHeads.isEmpty()) {
            String candidate = currentHeads.get(candidateIndex);
            int blocker = -1;
            for (int i = 0; i < ancestorsByIndex.size(); i++) {
                if (i != candidateIndex && ancestorsByIndex.get(i).contains(candidate)) {
                    blocker = i;
                    break;
                }
            }
            if (blocker >= 0) {
                candidateIndex = blocker;
                continue;
            }
            if (todo.remove(candidate)) {
                output.add(candidate);
            }
            List<String> toAdd = new ArrayList<>();
            for (String parent : graph.normalizedDownRevisions(candidate)) {
                if (todo.contains(parent) && !currentHeads.contains(parent)) {
                    toAdd.add(parent);
                }
            }
            if (toAdd.isEmpty()) {
                currentHeads.remove(candidateIndex);
                ancestorsByIndex.remove(candidateIndex);
                candidateIndex = Math.max(candidateIndex - 1, 0);
            } else {
                currentHeads.set(candidateIndex, toAdd.get(0));
                int versioned = graph.get(candidate).downRevisions().size();
                if (versioned == 1 && graph.normalizedDownRevisions(candidate).size() == versioned) {
                    ancestorsByIndex.get(candidateIndex).remove(candidate);
                } else {
                    ancestorsByIndex.set(candidateIndex, new HashSet<>(graph.ancestors(List.of(toAdd.get(0)), true)));
                    for (String extra : toAdd.subList(1, toAdd.size())) {
                        currentHeads.add(extra);
                        ancestorsByIndex.add(new HashSet<>(graph.ancestors(List.of(extra), true)));
                    }
                }
            }
        }
        if (!todo.isEmpty()) {
            throw new IllegalStateException("topological sort left " + todo);
        }
        return output;
    }

    private static List<String> nullList() {
        List<String> list = new ArrayList<>();
        list.add(null);
        return list;
    }
}
