package dev.strata.cli;

import dev.strata.StrataException;
import dev.strata.autogenerate.RevisionVerdict;
import dev.strata.autogenerate.Verify;
import dev.strata.autogenerate.VerifyListener;
import dev.strata.autogenerate.VerifyReport;
import dev.strata.format.Json;
import dev.strata.tooling.RunText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code strata verify}: every revision goes down and up again cleanly, on scratch databases, for a CI to gate on. */
@Command(name = "verify", abbreviateSynopsis = true, sortOptions = false,
        description = {
            "Run every revision up, down and up again on a scratch database; exit 1 if one fails.",
            "On scratch databases of an embedded PostgreSQL, never the configured one, each revision in graph order "
                    + "is upgraded from its parents, downgraded and upgraded again; the downgrade must leave the "
                    + "schema as it was before the upgrade, and the second upgrade the schema of the first. Prints "
                    + "a line per revision, with what differs when one fails. Irreversible revisions are upgraded "
                    + "only. Java revisions are read from target/classes: compile first.",
            "Alembic: none (no alembic command does this)"})
final class VerifyCommand implements Callable<Integer> {

    @ParentCommand
    StrataCommand root;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        VerifyListener progress = root.json() ? new VerifyListener() { } : new VerifyPrinter(root.out());
        VerifyReport report = Verify.of(root.strata()).run(progress);
        if (root.json()) {
            root.printJson(json(report));
        } else {
            root.out().println(RunText.verifySummary(report));
            root.out().flush();
        }
        if (!report.passed()) {
            throw new StrataException(RunText.verifyFailed(report));
        }
        return 0;
    }

    /** {@code {"command":"verify","passed":...,"revisions":[{"revision","message","outcome","detail"}]}}. */
    private static String json(VerifyReport report) {
        List<Map<String, Object>> revisions = new ArrayList<>();
        for (RevisionVerdict verdict : report.revisions()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("revision", verdict.id());
            entry.put("message", verdict.message());
            entry.put("outcome", verdict.outcome().name().toLowerCase(Locale.ROOT));
            entry.put("detail", verdict.detail());
            revisions.add(entry);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("command", "verify");
        out.put("passed", report.passed());
        out.put("revisions", revisions);
        return Json.write(out);
    }
}
