package dev.strata.cli;

import dev.strata.AppliedStep;
import dev.strata.MigrationResult;
import dev.strata.format.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code upgrade}, {@code downgrade} and {@code stamp} print with {@code --json} when they are done; the
 * summary line of text output is {@link dev.strata.tooling.RunText#summary}.
 */
final class RunReport {

    private RunReport() {
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
}
