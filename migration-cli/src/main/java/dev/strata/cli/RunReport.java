package dev.strata.cli;

import dev.strata.AppliedStep;
import dev.strata.MigrationResult;
import dev.strata.graph.RevisionGraph;
import dev.strata.format.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What {@code upgrade}, {@code downgrade} and {@code stamp} print when they are done: a summary line, or JSON. */
final class RunReport {

    private RunReport() {
    }

    /** {@code Upgraded to 7c1e5a9f0b23 (head) in 0.3 s}, {@code Already at 7c1e5a9f0b23 (head); nothing to do}. */
    static String summary(MigrationResult result, RevisionGraph graph, Duration took) {
        String where = revisions(result.headsAfter(), graph);
        if (result.nothingToDo()) {
            return "Already at " + where + "; nothing to do";
        }
        String verb = switch (result.command()) {
            case "upgrade" -> "Upgraded to ";
            case "downgrade" -> "Downgraded to ";
            default -> "Stamped ";
        };
        return verb + where + String.format(Locale.ROOT, " in %.1f s", took.toMillis() / 1000.0);
    }

    /** {@code {"command","headsBefore","headsAfter","steps":[{revision,direction,description,message,durationMs}]}}. */
    static String json(MigrationResult result) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("command", result.command());
        out.put("headsBefore", result.headsBefore());
        out.put("headsAfter", result.headsAfter());
        List<Map<String, Object>> steps = new ArrayList<>();
        for (AppliedStep step : result.steps()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("revision", step.revision());
            entry.put("direction", step.direction());
            entry.put("description", step.description());
            entry.put("message", step.message());
            entry.put("durationMs", step.duration().toMillis());
            steps.add(entry);
        }
        out.put("steps", steps);
        return Json.write(out);
    }

    /** {@code {"command":"upgrade","sql":"..."}} for offline runs. */
    static String sqlJson(String command, String sql) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("command", command);
        out.put("sql", sql);
        return Json.write(out);
    }

    private static String revisions(List<String> ids, RevisionGraph graph) {
        if (ids.isEmpty()) {
            return "base";
        }
        List<String> shown = new ArrayList<>();
        for (String id : ids) {
            shown.add(graph.contains(id) && graph.isHead(id) ? id + " (head)" : id);
        }
        return String.join(", ", shown);
    }
}
