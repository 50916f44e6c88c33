package dev.strata.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Target forms and plans on small hand-made graphs; the shapes follow Alembic's own examples. */
class MigrationPlannerTest {

    // a -> b -> c (label "left") -> d ; b -> e (label "right") -> f ; m merges d and f
    private final RevisionGraph graph = RevisionGraph.of(RevisionNode.of("aaaa1"), RevisionNode.of("bbbb1", "aaaa1"),
            new RevisionNode("cccc1", List.of("bbbb1"), Set.of("left"), List.of()), RevisionNode.of("dddd1", "cccc1"),
            new RevisionNode("eeee1", List.of("bbbb1"), Set.of("right"), List.of()), RevisionNode.of("ffff1", "eeee1"));
    private final MigrationPlanner planner = new MigrationPlanner(graph);

    private static List<String> ids(List<RevisionStep> steps) {
        return steps.stream().map(s -> s.revision().id()).toList();
    }

    @Test
    void upgradeToHeadsRunsBranchesOneAfterTheOther() {
        assertThat(ids(planner.upgrade(List.of(), "heads")))
                .containsExactly("aaaa1", "bbbb1", "eeee1", "ffff1", "cccc1", "dddd1");
    }

    @Test
    void labelTargetsNarrowToOneBranch() {
        assertThat(ids(planner.upgrade(List.of(), "left@head"))).containsExactly("aaaa1", "bbbb1", "cccc1", "dddd1");
        assertThat(ids(planner.upgrade(List.of("bbbb1"), "right@+1"))).containsExactly("eeee1");
        assertThat(ids(planner.upgrade(List.of(), "right@ffff1"))).containsExactly("aaaa1", "bbbb1", "eeee1", "ffff1");
        assertThatThrownBy(() -> planner.upgrade(List.of(), "left@ffff1"))
                .hasMessage("Revision ffff1 is not a member of branch 'left'");
        assertThatThrownBy(() -> planner.upgrade(List.of(), "nosuch@head")).hasMessage("No such revision or branch 'nosuch'");
    }

    @Test
    void headIsAnErrorWithSeveralHeads() {
        assertThatThrownBy(() -> planner.upgrade(List.of(), "head"))
                .isInstanceOf(MultipleHeadsException.class)
                .satisfies(e -> assertThat(((MultipleHeadsException) e).heads()).containsExactly("dddd1", "ffff1"));
    }

    @Test
    void relativeWalksFollowTheGraph() {
        assertThat(ids(planner.upgrade(List.of(), "+2"))).containsExactly("aaaa1", "bbbb1");
        assertThatThrownBy(() -> planner.upgrade(List.of("bbbb1"), "+1")).hasMessageStartingWith("Ambiguous walk: bbbb1 has 2 revisions above it (");
        assertThat(ids(planner.upgrade(List.of(), "cccc1+1"))).containsExactly("aaaa1", "bbbb1", "cccc1", "dddd1");
        assertThat(ids(planner.downgrade(List.of("dddd1", "ffff1"), "left@-1"))).containsExactly("dddd1");
        assertThat(ids(planner.downgrade(List.of("dddd1"), "dddd1-2"))).containsExactly("dddd1", "cccc1");
    }

    @Test
    void downgradeToTheBranchPointUnwindsBothBranchesNewestFirst() {
        assertThat(ids(planner.downgrade(List.of("dddd1", "ffff1"), "bbbb1")))
                .containsExactly("dddd1", "cccc1", "ffff1", "eeee1");
        assertThat(ids(planner.downgrade(List.of("dddd1", "ffff1"), "base")))
                .containsExactly("dddd1", "cccc1", "ffff1", "eeee1", "bbbb1", "aaaa1");
    }

    @Test
    void historyRangesAreInclusiveAndNewestFirst() {
        assertThat(planner.range("bbbb1", "dddd1")).containsExactly("dddd1", "cccc1", "bbbb1");
        assertThat(planner.range(null, "cccc1")).containsExactly("cccc1", "bbbb1", "aaaa1");
        assertThat(planner.range("eeee1", null)).containsExactly("ffff1", "eeee1");
        assertThatThrownBy(() -> planner.range("cccc1", "ffff1")).isInstanceOf(RangeNotAncestorException.class);
    }

    @Test
    void versionTableBookkeepingForMergeAndUnmerge() {
        RevisionGraph merged = RevisionGraph.of(RevisionNode.of("a"), RevisionNode.of("b", "a"),
                RevisionNode.of("c", "a"), RevisionNode.of("m", "b", "c"));
        MigrationPlanner p = new MigrationPlanner(merged);
        HeadMaintainer books = new HeadMaintainer(merged, List.of("b", "c"));
        List<RevisionStep> up = p.upgrade(List.of("b", "c"), "m");
        assertThat(books.apply(up.get(0))).containsExactly(new VersionChange.Delete("b"), new VersionChange.Update("c", "m"));
        List<RevisionStep> down = p.downgrade(books.heads(), "a");
        assertThat(books.apply(down.get(0)))
                .containsExactly(new VersionChange.Insert("b"), new VersionChange.Update("m", "c"));
        assertThat(books.heads()).containsExactlyInAnyOrder("b", "c");
    }

    @Test
    void stampUpDownAndToNewBranches() {
        assertThat(planner.stamp(List.of("bbbb1"), List.of("dddd1")))
                .containsExactly(new StampStep(List.of("bbbb1"), List.of("dddd1"), true, false));
        assertThat(planner.stamp(List.of("dddd1"), List.of("bbbb1")))
                .containsExactly(new StampStep(List.of("dddd1"), List.of("bbbb1"), false, false));
        assertThat(planner.stamp(List.of("dddd1"), List.of("ffff1")))
                .containsExactly(new StampStep(List.of(), List.of("ffff1"), true, true));
        assertThat(planner.stamp(List.of("dddd1", "ffff1"), List.of("base"))).hasSize(2);
    }
}
