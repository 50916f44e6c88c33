package dev.strata.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The revision graph as a pure value: built from {@link RevisionNode}s, it knows heads, bases, branch and
 * merge points, branch labels and dependencies, and answers ancestor and descendant questions. It does no
 * I/O. The order in which nodes are given (file order) breaks ties wherever Alembic's would.
 *
 * <p>Terms follow Alembic: the <em>children</em> of a revision are those that name it as a down
 * revision; its <em>dependents</em> name it in {@code depends_on}. A <em>head</em> has neither.
 */
public final class RevisionGraph {

    private final List<RevisionNode> nodes;
    private final Map<String, Integer> index;
    private final Map<String, Integer> labelOwner;
    private final int[][] down;
    private final int[][] deps;
    private final int[][] normalizedDown;
    private final List<List<Integer>> children;
    private final List<List<Integer>> dependents;
    private final BitSet[] ancestorsWithDeps;
    private final BitSet[] ancestors;
    private final List<Set<String>> labels;

    private RevisionGraph(List<RevisionNode> nodes, Function<String, String> describe) {
        this.nodes = List.copyOf(nodes);
        int n = nodes.size();
        this.index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            RevisionNode node = nodes.get(i);
            if (!RevisionNode.isValidId(node.id())) {
                throw new RevisionGraphException("Invalid revision id '" + node.id() + "' in " + describe.apply(node.id())
                        + ": use 1 to 32 letters, digits or underscores");
            }
            Integer previous = index.putIfAbsent(node.id(), i);
            if (previous != null) {
                throw new RevisionGraphException("Revision " + node.id() + " is present more than once: "
                        + describe.apply(node.id()) + "; give each revision a unique id");
            }
        }
        this.labelOwner = mapLabels(describe);
        this.down = new int[n][];
        this.deps = new int[n][];
        this.children = new ArrayList<>();
        this.dependents = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>());
            dependents.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            RevisionNode node = nodes.get(i);
            down[i] = resolveParents(node, node.downRevisions(), "revises", describe, false);
            deps[i] = resolveParents(node, node.dependsOn(), "depends on", describe, true);
            for (int p : down[i]) {
                children.get(p).add(i);
            }
            for (int d : deps[i]) {
                dependents.get(d).add(i);
            }
        }
        int[] order = topologicalOrder(describe);
        this.ancestors = new BitSet[n];
        this.ancestorsWithDeps = new BitSet[n];
        for (int i : order) {
            ancestors[i] = closure(i, down[i], ancestors);
            BitSet withDeps = closure(i, down[i], ancestorsWithDeps);
            for (int d : deps[i]) {
                withDeps.or(ancestorsWithDeps[d]);
            }
            ancestorsWithDeps[i] = withDeps;
        }
        this.normalizedDown = new int[n][];
        for (int i = 0; i < n; i++) {
            normalizedDown[i] = normalize(i);
        }
        this.labels = propagateLabels();
    }

    /** Builds a graph; {@code describe} names a revision in error messages (for example with its file). */
    public static RevisionGraph of(Collection<RevisionNode> nodes, Function<String, String> describe) {
        return new RevisionGraph(new ArrayList<>(nodes), describe);
    }

    public static RevisionGraph of(Collection<RevisionNode> nodes) {
        return of(nodes, id -> "revision " + id);
    }

    public static RevisionGraph of(RevisionNode... nodes) {
        return of(List.of(nodes));
    }

    /** All revisions, in the order they were given. */
    public List<RevisionNode> revisions() {
        return nodes;
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    public boolean contains(String id) {
        return index.containsKey(id);
    }

    public Optional<RevisionNode> find(String id) {
        Integer i = index.get(id);
        return i == null ? Optional.empty() : Optional.of(nodes.get(i));
    }

    /** The revision with exactly this id; {@link ResolutionException} when there is none. */
    public RevisionNode get(String id) {
        return find(id).orElseThrow(() -> new ResolutionException("No such revision '" + id + "'", id));
    }

    /** The revision that declares {@code label}, if any. */
    public Optional<RevisionNode> labelOwner(String label) {
        Integer i = labelOwner.get(label);
        return i == null ? Optional.empty() : Optional.of(nodes.get(i));
    }

    /** Heads: revisions that nothing revises and nothing depends on. */
    public List<String> heads() {
        List<String> heads = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (children.get(i).isEmpty() && dependents.get(i).isEmpty()) {
                heads.add(nodes.get(i).id());
            }
        }
        return heads;
    }

    /** Bases: revisions that revise nothing. */
    public List<String> bases() {
        List<String> bases = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (down[i].length == 0) {
                bases.add(nodes.get(i).id());
            }
        }
        return bases;
    }

    /** True when nothing revises this revision (something may still depend on it). */
    public boolean isHead(String id) {
        return children.get(idx(id)).isEmpty();
    }

    /** True when nothing revises this revision and nothing depends on it. */
    public boolean isRealHead(String id) {
        int i = idx(id);
        return children.get(i).isEmpty() && dependents.get(i).isEmpty();
    }

    public boolean isBranchPoint(String id) {
        return children.get(idx(id)).size() > 1;
    }

    /** A branch point counting dependents too. */
    public boolean isRealBranchPoint(String id) {
        int i = idx(id);
        return children.get(i).size() + dependents.get(i).size() > 1;
    }

    public boolean isMergePoint(String id) {
        return down[idx(id)].length > 1;
    }

    /** The revisions that revise this one, in file order. */
    public List<String> children(String id) {
        return ids(children.get(idx(id)));
    }

    /** The down revisions plus the dependencies that are not already implied by them (Alembic's normalized form). */
    public List<String> normalizedDownRevisions(String id) {
        return ids(normalizedDown[idx(id)]);
    }

    /** Dependencies of this revision, resolved to revision ids. */
    public List<String> dependencies(String id) {
        return ids(deps[idx(id)]);
    }

    /** Branch labels in effect on this revision: its own and those inherited along its branch. */
    public Set<String> branchLabels(String id) {
        return labels.get(idx(id));
    }

    /** The given revisions and all their ancestors (through dependencies too when asked). */
    public Set<String> ancestors(Collection<String> ids, boolean includeDependencies) {
        BitSet all = new BitSet();
        for (String id : ids) {
            all.or((includeDependencies ? ancestorsWithDeps : ancestors)[idx(id)]);
        }
        return toIds(all);
    }

    /** The given revisions and all their descendants (through dependents too when asked). */
    public Set<String> descendants(Collection<String> ids, boolean includeDependencies) {
        BitSet start = new BitSet();
        for (String id : ids) {
            start.set(idx(id));
        }
        BitSet result = new BitSet();
        for (int i = 0; i < nodes.size(); i++) {
            if ((includeDependencies ? ancestorsWithDeps : ancestors)[i].intersects(start)) {
                result.set(i);
            }
        }
        return toIds(result);
    }

    /** Whether {@code a} is {@code b}, or an ancestor or descendant of it (Alembic's "shares lineage"). */
    public boolean sharesLineage(String a, String b, boolean includeDependencies) {
        int ia = idx(a);
        int ib = idx(b);
        BitSet[] table = includeDependencies ? ancestorsWithDeps : ancestors;
        return table[ia].get(ib) || table[ib].get(ia);
    }

    /** Position of the revision in file order, used to break ties. */
    int position(String id) {
        return idx(id);
    }

    private int idx(String id) {
        Integer i = index.get(id);
        if (i == null) {
            throw new ResolutionException("No such revision '" + id + "'", id);
        }
        return i;
    }

    private List<String> ids(Collection<Integer> indices) {
        List<String> out = new ArrayList<>(indices.size());
        for (int i : indices) {
            out.add(nodes.get(i).id());
        }
        return out;
    }

    private List<String> ids(int[] indices) {
        List<String> out = new ArrayList<>(indices.length);
        for (int i : indices) {
            out.add(nodes.get(i).id());
        }
        return out;
    }

    private Set<String> toIds(BitSet bits) {
        Set<String> out = new LinkedHashSet<>();
        bits.stream().forEach(i -> out.add(nodes.get(i).id()));
        return out;
    }

    private Map<String, Integer> mapLabels(Function<String, String> describe) {
        Map<String, Integer> owners = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            for (String label : new TreeSet<>(nodes.get(i).branchLabels())) {
                if (index.containsKey(label)) {
                    throw new RevisionGraphException("Branch label '" + label + "' in " + describe.apply(nodes.get(i).id())
                            + " is also a revision id; choose another label");
                }
                Integer previous = owners.putIfAbsent(label, i);
                if (previous != null) {
                    throw new RevisionGraphException("Branch name '" + label + "' in " + describe.apply(nodes.get(i).id())
                            + " is already used by " + describe.apply(nodes.get(previous).id()) + "; branch labels must be unique");
                }
            }
        }
        return owners;
    }

    private int[] resolveParents(RevisionNode node, List<String> refs, String verb, Function<String, String> describe,
            boolean labelsAllowed) {
        Set<Integer> out = new LinkedHashSet<>();
        for (String ref : refs) {
            Integer p = index.get(ref);
            if (p == null && labelsAllowed) {
                p = labelOwner.get(ref);
            }
            if (p == null) {
                throw new RevisionGraphException(describe.apply(node.id()) + " " + verb + " '" + ref
                        + "', which is not a known revision; check the id or add the missing revision file");
            }
            if (p == index.get(node.id())) {
                throw new RevisionGraphException("Self-loop is detected in revisions (" + node.id() + "): "
                        + describe.apply(node.id()) + " " + verb + " itself");
            }
            out.add(p);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private int[] topologicalOrder(Function<String, String> describe) {
        int n = nodes.size();
        int[] pending = new int[n];
        Deque<Integer> ready = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            pending[i] = down[i].length + deps[i].length;
            if (pending[i] == 0) {
                ready.add(i);
            }
        }
        int[] order = new int[n];
        int count = 0;
        while (!ready.isEmpty()) {
            int i = ready.poll();
            order[count++] = i;
            for (int c : children.get(i)) {
                if (--pending[c] == 0) {
                    ready.add(c);
                }
            }
            for (int c : dependents.get(i)) {
                if (--pending[c] == 0) {
                    ready.add(c);
                }
            }
        }
        if (count < n) {
            throw new RevisionGraphException("Cycle is detected in revisions: " + describeCycle(pending, describe)
                    + "; a revision cannot (directly or through others) revise or depend on itself, fix the down_revision"
                    + " or depends_on of one of them");
        }
        return order;
    }

    private String describeCycle(int[] pending, Function<String, String> describe) {
        // Every node left with pending > 0 lies on or behind a cycle: walk parents until one repeats.
        int start = 0;
        while (pending[start] == 0) {
            start++;
        }
        List<Integer> path = new ArrayList<>();
        Map<Integer, Integer> seen = new HashMap<>();
        int current = start;
        while (!seen.containsKey(current)) {
            seen.put(current, path.size());
            path.add(current);
            current = nextPending(current, pending);
        }
        List<Integer> cycle = path.subList(seen.get(current), path.size());
        List<String> parts = new ArrayList<>();
        for (int i : cycle) {
            parts.add(describe.apply(nodes.get(i).id()));
        }
        parts.add(describe.apply(nodes.get(current).id()));
        return String.join(" -> ", parts);
    }

    private int nextPending(int i, int[] pending) {
        for (int p : down[i]) {
            if (pending[p] > 0) {
                return p;
            }
        }
        for (int p : deps[i]) {
            if (pending[p] > 0) {
                return p;
            }
        }
        throw new IllegalStateException("no pending parent");
    }

    private static BitSet closure(int self, int[] parents, BitSet[] table) {
        BitSet bits = new BitSet();
        bits.set(self);
        for (int p : parents) {
            bits.or(table[p]);
        }
        return bits;
    }

    private int[] normalize(int i) {
        if (deps[i].length == 0) {
            return down[i];
        }
        List<Integer> all = new ArrayList<>();
        for (int p : down[i]) {
            all.add(p);
        }
        for (int d : deps[i]) {
            if (!all.contains(d)) {
                all.add(d);
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int p : down[i]) {
            out.add(p);
        }
        for (int d : deps[i]) {
            if (out.contains(d)) {
                continue;
            }
            boolean implied = false;
            for (int other : all) {
                if (other != d && ancestorsWithDeps[other].get(d)) {
                    implied = true;
                    break;
                }
            }
            if (!implied) {
                out.add(d);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private boolean isRealBranchPoint(int i) {
        return children.get(i).size() + dependents.get(i).size() > 1;
    }

    /** Whether the revision and all its descendants form one line without branch or merge points. */
    private boolean straightLineUp(int i) {
        int current = i;
        while (true) {
            if (isRealBranchPoint(current) || down[current].length > 1) {
                return false;
            }
            if (children.get(current).isEmpty()) {
                return true;
            }
            current = children.get(current).get(0);
        }
    }

    private List<Set<String>> propagateLabels() {
        int n = nodes.size();
        List<Set<String>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new TreeSet<>());
        }
        for (int i = 0; i < n; i++) {
            Set<String> declared = nodes.get(i).branchLabels();
            if (declared.isEmpty()) {
                continue;
            }
            for (int j = 0; j < n; j++) {
                if (ancestors[j].get(i)) {
                    out.get(j).addAll(declared);
                }
            }
            // Alembic also labels the plain line below the labelled revision, but only when everything from
            // the labelled revision up is one straight line (its walk starts at the last descendant and stops
            // at the first branch or merge point).
            if (!straightLineUp(i)) {
                continue;
            }
            int current = i;
            while (down[current].length == 1) {
                int parent = down[current][0];
                if (isRealBranchPoint(parent) || down[parent].length > 1) {
                    break;
                }
                out.get(parent).addAll(declared);
                current = parent;
            }
        }
        List<Set<String>> frozen = new ArrayList<>();
        for (Set<String> set : out) {
            frozen.add(java.util.Collections.unmodifiableSet(set));
        }
        return frozen;
    }
}
