package dev.strata.cli;

import dev.strata.MigrationListener;
import dev.strata.MigrationResult;
import dev.strata.Strata;
import dev.strata.tooling.RunText;
import java.time.Duration;
import java.util.function.Function;

/**
 * Runs a command that changes the database ({@code upgrade}, {@code downgrade}, {@code stamp}): progress lines
 * while it runs, then the summary line; or, with {@code --json}, only the result as JSON.
 */
final class MigrationRun {

    private MigrationRun() {
    }

    static int run(StrataCommand root, Function<Strata, MigrationResult> command) {
        root.requireDatabase();
        MigrationListener listener = root.json() ? new MigrationListener() { } : new ProgressPrinter(root.out());
        Strata strata = root.strata(listener);
        long started = System.nanoTime();
        MigrationResult result = command.apply(strata);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (root.json()) {
            root.printJson(RunReport.json(result));
        } else {
            root.out().println(RunText.summary(result, strata.graph(), took));
        }
        return 0;
    }

    /** {@code --sql}: the script, or {@code {"command","sql"}}; nothing touches the database. */
    static int offline(StrataCommand root, String command, Function<Strata, String> script) {
        String sql = script.apply(root.strata());
        if (root.json()) {
            root.printJson(RunReport.sqlJson(command, sql));
        } else {
            root.print(sql.endsWith("\n") || sql.isEmpty() ? sql : sql + "\n");
        }
        return 0;
    }
}
