package dev.strata.cli;

import dev.strata.format.AlembicFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code strata show REV}: one revision in full. */
@Command(name = "show", abbreviateSynopsis = true,
        description = {
            "Show one revision in full.",
            "Parents, branches, labels, file and message. heads shows every head; current asks the database.",
            "Alembic: alembic show REV"})
final class ShowCommand implements Callable<Integer> {

    @ParentCommand
    StrataCommand root;

    @Mixin
    HelpOption help;

    @Parameters(index = "0", paramLabel = "REV",
            description = "An id or unique prefix, head, heads, base, LABEL@head, or current.")
    String revision;

    @Override
    public Integer call() {
        if ("current".equals(revision)) {
            root.requireDatabase();
        }
        root.printRevisions(root.strata().show(revision), AlembicFormat::showOutput);
        return 0;
    }
}
