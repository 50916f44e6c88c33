package dev.strata.cli;

import dev.strata.format.AlembicFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code strata current}: the revisions the database is at. */
@Command(name = "current", abbreviateSynopsis = true,
        description = {
            "Show the revisions the database is at.",
            "Prints <id> (head) per current revision, nothing at base; -v prints the long form.",
            "Alembic: alembic current [-v]"})
final class CurrentCommand implements Callable<Integer> {

    @ParentCommand
    StrataCommand root;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        root.requireDatabase();
        root.printRevisions(root.strata().current(), current -> AlembicFormat.currentOutput(current, root.verbose()));
        return 0;
    }
}
