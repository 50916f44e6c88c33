package dev.strata.internal.script;

import dev.strata.RevisionInfo;
import dev.strata.graph.MigrationPlanner;
import dev.strata.graph.RevisionGraph;
import dev.strata.graph.RevisionNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The loaded revisions with their graph: what every command starts from. */
public final class RevisionSet {

    private final Map<String, MigrationScript> scripts;
    private final RevisionGraph graph;
    private final MigrationPlanner planner;

    private RevisionSet(List<MigrationScript> loaded) {
        this.scripts = new LinkedHashMap<>();
        List<RevisionNode> nodes = new ArrayList<>();
        Map<String, List<String>> locations = new LinkedHashMap<>();
        for (MigrationScript script : loaded) {
            locations.computeIfAbsent(script.id(), k -> new ArrayList<>()).add(script.location());
            scripts.putIfAbsent(script.id(), script);
            nodes.add(script.node());
        }
        this.graph = RevisionGraph.of(nodes, id -> id + " (" + String.join(", ",
                locations.getOrDefault(id, List.of("unknown location"))) + ")");
        this.planner = new MigrationPlanner(graph);
    }

    public static RevisionSet of(List<MigrationScript> scripts) {
        return new RevisionSet(scripts);
    }

    public RevisionGraph graph() {
        return graph;
    }

    public MigrationPlanner planner() {
        return planner;
    }

    public MigrationScript script(String id) {
        MigrationScript script = scripts.get(id);
        if (script == null) {
            throw new IllegalArgumentException("unknown revision " + id);
        }
        return script;
    }

    public Collection<MigrationScript> scripts() {
        return scripts.values();
    }

    /** The revision as commands show it; {@code current} tells whether it is a database head. */
    public RevisionInfo info(String id, boolean current) {
        MigrationScript script = script(id);
        return new RevisionInfo(id, script.node().downRevisions(), graph.branchLabels(id), script.node().dependsOn(),
                script.message(), script.createDate(), script.location(), script.transactional(),
                !(script.downgrade() instanceof MigrationScript.Irreversible), script.checksum(), graph.isHead(id),
                graph.isRealHead(id), graph.isBranchPoint(id), graph.isMergePoint(id), graph.children(id), current);
    }
}
