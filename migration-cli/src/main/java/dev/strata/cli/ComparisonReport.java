package dev.strata.cli;

import dev.strata.autogenerate.Comparison;
import dev.strata.format.Json;
import dev.strata.tooling.RunText;
import java.util.LinkedHashMap;
import java.util.Map;

/** What {@code revision --autogenerate} and {@code check} print about a comparison. */
final class ComparisonReport {

    private ComparisonReport() {
    }

    /** One {@code Detected ...} line per difference and one {@code Note: ...} line per note, as they are found. */
    static void printDetected(StrataCommand root, Comparison comparison) {
        RunText.detected(comparison.differences(), comparison.notes()).forEach(root.out()::println);
        root.out().flush();
    }

    static int printNoChanges(StrataCommand root) {
        if (root.json()) {
            root.printJson(Json.write(Map.of("command", "revision", "changes", false)));
        } else {
            root.out().println(RunText.NO_CHANGES);
        }
        return 0;
    }

    /** {@code check}: 0 when the entities and the revisions agree, 1 with the list of differences otherwise. */
    static int printCheck(StrataCommand root, Comparison comparison) {
        if (root.json()) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("command", "check");
            out.put("upToDate", comparison.isEmpty());
            out.put("operations", comparison.differences());
            out.put("notes", comparison.notes());
            root.printJson(Json.write(out));
        } else if (comparison.isEmpty()) {
            comparison.notes().forEach(line -> root.out().println(RunText.note(line)));
            root.out().println(RunText.CHECK_CLEAN);
        } else {
            root.out().println(RunText.CHECK_DIRTY);
            comparison.differences().forEach(line -> root.out().println("  " + line));
            comparison.notes().forEach(line -> root.out().println(RunText.note(line)));
            root.out().println("Run 'strata revision --autogenerate -m MESSAGE' to write them as a revision.");
        }
        root.out().flush();
        return comparison.isEmpty() ? 0 : 1;
    }
}
