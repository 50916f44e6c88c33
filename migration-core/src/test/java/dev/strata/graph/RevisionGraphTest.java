package dev.strata.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RevisionGraphTest {

    private static RevisionNode labelled(String id, String label, String... down) {
        return new RevisionNode(id, List.of(down), Set.of(label), List.of());
    }

    private static RevisionNode depends(String id, List<String> down, String... deps) {
        return new RevisionNode(id, down, Set.of(), List.of(deps));
    }

    @Test
    void knowsHeadsBasesBranchAndMergePoints() {
        RevisionGraph graph = RevisionGraph.of(RevisionNode.of("a"), RevisionNode.of("b", "a"),
                RevisionNode.of("c", "a"), RevisionNode.of("m", "b", "c"), RevisionNode.of("x"));
        assertThat(graph.heads()).containsExactly("m", "x");
        assertThat(graph.bases()).containsExactly("a", "x");
        assertThat(graph.isBranchPoint("a")).isTrue();
        assertThat(graph.isMergePoint("m")).isTrue();
        assertThat(graph.children("a")).containsExactly("b", "c");
        assertThat(graph.ancestors(List.of("m"), false)).containsExactlyInAnyOrder("a", "b", "c", "m");
        assertThat(graph.descendants(List.of("b"), false)).containsExactlyInAnyOrder("b", "m");
    }

    @Test
    void dependenciesAreAncestorsButNotParents() {
        RevisionGraph graph = RevisionGraph.of(RevisionNode.of("a"), RevisionNode.of("b"),
                depends("c", List.of("a"), "b"));
        assertThat(graph.heads()).containsExactly("c");
        assertThat(graph.isHead("b")).isTrue();
        assertThat(graph.isRealHead("b")).isFalse();
        assertThat(graph.ancestors(List.of("c"), true)).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(graph.ancestors(List.of("c"), false)).containsExactlyInAnyOrder("a", "c");
        assertThat(graph.normalizedDownRevisions("c")).containsExactly("a", "b");
    }

    @Test
    void aDependencyImpliedByAParentIsNormalizedAway() {
        RevisionGraph graph = RevisionGraph.of(RevisionNode.of("a"), RevisionNode.of("b", "a"),
                depends("c", List.of("b"), "a"));
        assertThat(graph.normalizedDownRevisions("c")).containsExactly("b");
    }

    @Test
    void branchLabelsSpreadToDescendantsAndTheLineBelow() {
        RevisionGraph graph = RevisionGraph.of(RevisionNode.of("a"), RevisionNode.of("b", "a"),
                labelled("c", "feature", "b"), RevisionNode.of("d", "c"), RevisionNode.of("e", "a"));
        assertThat(graph.branchLabels("d")).containsExactly("feature");
        assertThat(graph.branchLabels("c")).containsExactly("feature");
        assertThat(graph.branchLabels("b")).containsExactly("feature");
        assertThat(graph.branchLabels("a")).isEmpty();
        assertThat(graph.branchLabels("e")).isEmpty();
        assertThat(graph.labelOwner("feature")).map(RevisionNode::id).contains("c");
    }

    @Test
    void rejectsCyclesNamingThem() {
        assertThatThrownBy(() -> RevisionGraph.of(RevisionNode.of("a", "c"), RevisionNode.of("b", "a"),
                RevisionNode.of("c", "b"), RevisionNode.of("d")))
                .isInstanceOf(RevisionGraphException.class)
                .hasMessage("Cycle is detected in revisions: revision a -> revision c -> revision b -> revision a; a"
                        + " revision cannot (directly or through others) revise or depend on itself, fix the"
                        + " down_revision or depends_on of one of them");
    }

    @Test
    void rejectsSelfLoopsDuplicatesAndUnknownParents() {
        assertThatThrownBy(() -> RevisionGraph.of(RevisionNode.of("a", "a")))
                .hasMessage("Self-loop is detected in revisions (a): revision a revises itself");
        assertThatThrownBy(() -> RevisionGraph.of(List.of(RevisionNode.of("a"), RevisionNode.of("a")),
                id -> id + " (" + id + "_x.sql)"))
                .hasMessage("Revision a is present more than once: a (a_x.sql); give each revision a unique id");
        assertThatThrownBy(() -> RevisionGraph.of(RevisionNode.of("b", "zz")))
                .hasMessage("revision b revises 'zz', which is not a known revision; check the id or add the missing"
                        + " revision file");
        assertThatThrownBy(() -> RevisionGraph.of(depends("b", List.of(), "qq")))
                .hasMessage("revision b depends on 'qq', which is not a known revision; check the id or add the"
                        + " missing revision file");
    }

    @Test
    void rejectsDuplicateAndClashingLabels() {
        assertThatThrownBy(() -> RevisionGraph.of(labelled("a", "x"), labelled("b", "x", "a")))
                .hasMessage("Branch name 'x' in revision b is already used by revision a; branch labels must be unique");
        assertThatThrownBy(() -> RevisionGraph.of(RevisionNode.of("a"), labelled("b", "a", "a")))
                .hasMessage("Branch label 'a' in revision b is also a revision id; choose another label");
    }

    @Test
    void rejectsInvalidIds() {
        assertThatThrownBy(() -> RevisionGraph.of(RevisionNode.of("has-dash")))
                .hasMessage("Invalid revision id 'has-dash' in revision has-dash: use 1 to 32 letters, digits or"
                        + " underscores");
    }
}
