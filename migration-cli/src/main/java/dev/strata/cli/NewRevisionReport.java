package dev.strata.cli;

import dev.strata.RevisionInfo;
import dev.strata.Strata;
import dev.strata.format.AlembicFormat;
import dev.strata.format.Json;
import dev.strata.tooling.RunText;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What {@code revision} and {@code merge} print about the file they wrote: Alembic's line, or JSON. */
final class NewRevisionReport {

    private NewRevisionReport() {
    }

    static int print(StrataCommand root, String command, Path file) {
        Path written = file.toAbsolutePath().normalize();
        if (!root.json()) {
            root.out().println(RunText.generated(written));
            return 0;
        }
        // The engine is immutable: a fresh one reads the new file, and tells what the graph now says of it.
        Strata reloaded = root.strata();
        RevisionInfo info = reloaded.history(null).stream()
                .filter(r -> r.location() != null && Path.of(r.location()).toAbsolutePath().normalize().equals(written))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the new file " + written + " is not among the "
                        + "revisions"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("command", command);
        out.put("path", written.toString());
        out.put("revision", AlembicFormat.toMap(info));
        root.printJson(Json.write(out));
        return 0;
    }
}
