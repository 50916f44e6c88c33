package dev.strata.cli;

import dev.strata.format.LintFormat;
import dev.strata.lint.LintResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code strata lint}: the statements of the SQL revisions dangerous on a live database, for CI and review. */
@Command(name = "lint", abbreviateSynopsis = true, sortOptions = false,
        description = {
            "Report operations dangerous on a live database; exit 1 if any.",
            "Lists each upgrade statement that loses data, locks a busy table while it scans or rewrites it, or "
                    + "breaks the running version during a rollout, as FILE:LINE: [RULE] what it does, with what to do "
                    + "instead; and each empty downgrade not declared '-- irreversible'. Exit 1 when there is a "
                    + "finding, 0 otherwise. Needs no database. Java revisions are not linted.",
            "A comment '-- strata:lint-ignore RULE REASON' on the line above a statement accepts its finding. The "
                    + "rules: docs/lint.md",
            "Alembic: no equivalent (Strata only; in the spirit of squawk and strong_migrations)"})
final class LintCommand implements Callable<Integer> {

    @ParentCommand
    StrataCommand root;

    @Mixin
    HelpOption help;

    @Option(names = {"-r", "--rev-range"}, paramLabel = "RANGE", order = -10,
            description = "Report only the revisions of [FROM]:[TO] (as history takes it), for example 3f2a: or"
                    + " current: ; older revisions are still read for what they say of the schema.")
    String range;

    @Override
    public Integer call() {
        LintResult result = root.strata().lint(range);
        if (root.json()) {
            root.printJson(LintFormat.json(result));
        } else {
            LintFormat.lines(result).forEach(root.out()::println);
            root.out().flush();
        }
        return result.isClean() ? 0 : 1;
    }
}
