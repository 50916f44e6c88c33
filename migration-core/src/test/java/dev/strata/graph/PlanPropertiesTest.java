package dev.strata.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Plan invariants over hundreds of random revision DAGs (branches, merges of two or three heads, several
 * roots, dependencies). The version table is simulated by {@link HeadMaintainer}: its heads must always be
 * exactly the tips of the applied set.
 */
class PlanPropertiesTest {

    @Property(tries = 400)
    void upgradeToHeadsAppliesEveryRevisionOnceParentsFirst(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int size) {
        RevisionGraph graph = randomGraph(new Random(seed), size, true);
        MigrationPlanner planner = new MigrationPlanner(graph);
        Set<String> applied = new LinkedHashSet<>();
        simulate(graph, planner.upgrade(List.of(), "heads"), applied, List.of());
        assertThat(applied).containsExactlyInAnyOrderElementsOf(ids(graph));
    }

    @Property(tries = 400)
    void upgradeThenDowngradeReturnsToTheStart(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int size) {
        Random random = new Random(seed);
        RevisionGraph graph = randomGraph(random, size, false);
        MigrationPlanner planner = new MigrationPlanner(graph);
        List<String> all = ids(graph);
        String start = all.get(random.nextInt(all.size()));
        List<String> descendants = new ArrayList<>(graph.descendants(List.of(start), false));
        String target = descendants.get(random.nextInt(descendants.size()));

        Set<String> applied = new LinkedHashSet<>();
        List<String> heads = simulate(graph, planner.upgrade(List.of(), start), applied, List.of());
        assertThat(applied).isEqualTo(graph.ancestors(List.of(start), true));
        assertThat(heads).containsExactly(start);

        heads = simulate(graph, planner.upgrade(heads, target), applied, heads);
        assertThat(applied).containsAll(graph.ancestors(List.of(target), true));

        Set<String> expected = new LinkedHashSet<>(applied);
        Set<String> above = new HashSet<>(graph.descendants(List.of(start), true));
        above.remove(start);
        expected.removeAll(above);
        heads = simulate(graph, planner.downgrade(heads, start), applied, heads);
        // Everything above the start is gone; what the target pulled in from other roots stays, as in Alembic.
        assertThat(applied).isEqualTo(expected);
        assertThat(heads).contains(start);

        heads = simulate(graph, planner.downgrade(heads, "base"), applied, heads);
        assertThat(applied).isEmpty();
        assertThat(heads).isEmpty();
    }

    @Property(tries = 300)
    void relativeStepsMoveOneRevisionAtATimeOnALine(@ForAll long seed, @ForAll @IntRange(min = 2, max = 25) int size) {
        RevisionGraph graph = randomGraph(new Random(seed), size, false);
        MigrationPlanner planner = new MigrationPlanner(graph);
        Set<String> applied = new LinkedHashSet<>();
        List<String> heads = List.of();
        // Walk up with +1 while the walk is unambiguous; every step applies exactly one revision.
        for (int i = 0; i < size; i++) {
            List<RevisionStep> steps;
            try {
                steps = planner.upgrade(heads, "+1");
            } catch (RevisionException e) {
                assertThat(e.getMessage()).containsAnyOf("Ambiguous", "didn't produce");
                break;
            }
            int before = applied.size();
            heads = simulate(graph, steps, applied, heads);
            assertThat(applied.size()).isGreaterThan(before);
        }
    }

    @Property(tries = 300)
    void stampMatchesWhatAnUpgradeWouldRecord(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int size) {
        Random random = new Random(seed);
        RevisionGraph graph = randomGraph(random, size, false);
        MigrationPlanner planner = new MigrationPlanner(graph);
        List<String> all = ids(graph);
        String target = all.get(random.nextInt(all.size()));
        Set<String> applied = new LinkedHashSet<>();
        List<String> upgraded = simulate(graph, planner.upgrade(List.of(), target), applied, List.of());
        HeadMaintainer books = new HeadMaintainer(graph, List.of());
        for (StampStep step : planner.stamp(List.of(), List.of(target))) {
            books.apply(step);
        }
        assertThat(books.heads()).containsExactlyInAnyOrderElementsOf(upgraded);
    }

    /** Applies steps to the applied set, checking order invariants, and returns the maintained heads. */
    private static List<String> simulate(RevisionGraph graph, List<? extends MigrationStep> steps, Set<String> applied,
            List<String> heads) {
        HeadMaintainer books = new HeadMaintainer(graph, heads);
        Set<String> seen = new HashSet<>();
        for (MigrationStep step : steps) {
            RevisionStep revisionStep = (RevisionStep) step;
            String id = revisionStep.revision().id();
            assertThat(seen.add(id)).as("%s appears twice in one plan", id).isTrue();
            if (revisionStep.upgrade()) {
                assertThat(applied).as("%s applied twice", id).doesNotContain(id);
                assertThat(applied).as("parents of %s first", id).containsAll(graph.get(id).downRevisions());
                assertThat(applied).as("dependencies of %s first", id).containsAll(graph.dependencies(id));
                applied.add(id);
            } else {
                assertThat(applied).as("%s is not applied", id).contains(id);
                Set<String> above = new HashSet<>(graph.descendants(List.of(id), true));
                above.remove(id);
                above.retainAll(applied);
                assertThat(above).as("children of %s are unapplied first", id).isEmpty();
                applied.remove(id);
            }
            books.apply(step);
            assertThat(books.heads()).as("version table after %s", step.describe())
                    .containsExactlyInAnyOrderElementsOf(tips(graph, applied));
        }
        return books.heads();
    }

    /** The applied revisions that no other applied revision descends from. */
    static Set<String> tips(RevisionGraph graph, Set<String> applied) {
        Set<String> tips = new LinkedHashSet<>(applied);
        for (String id : applied) {
            Set<String> below = new HashSet<>(graph.ancestors(List.of(id), true));
            below.remove(id);
            tips.removeAll(below);
        }
        return tips;
    }

    static List<String> ids(RevisionGraph graph) {
        return graph.revisions().stream().map(RevisionNode::id).toList();
    }

    /** A random DAG in file order: each revision revises 0-3 earlier ones; some depend on another. */
    static RevisionGraph randomGraph(Random random, int size, boolean withDependencies) {
        List<RevisionNode> nodes = new ArrayList<>();
        List<String> heads = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String id = String.format("r%03d", i);
            List<String> parents = new ArrayList<>();
            if (i > 0 && random.nextInt(10) > 0) {
                int roll = random.nextInt(10);
                if (roll < 6 && !heads.isEmpty()) {
                    parents.add(heads.get(random.nextInt(heads.size())));
                } else if (roll < 8 && heads.size() >= 2) {
                    List<String> shuffled = new ArrayList<>(heads);
                    java.util.Collections.shuffle(shuffled, random);
                    parents.addAll(shuffled.subList(0, Math.min(shuffled.size(), 2 + random.nextInt(2))));
                } else {
                    parents.add(nodes.get(random.nextInt(nodes.size())).id());
                }
            }
            List<String> deps = new ArrayList<>();
            if (withDependencies && i > 1 && random.nextInt(8) == 0) {
                String dep = nodes.get(random.nextInt(nodes.size())).id();
                if (!parents.contains(dep)) {
                    deps.add(dep);
                }
            }
            nodes.add(new RevisionNode(id, parents, Set.of(), deps));
            heads.removeAll(parents);
            heads.add(id);
        }
        return RevisionGraph.of(nodes);
    }
}
