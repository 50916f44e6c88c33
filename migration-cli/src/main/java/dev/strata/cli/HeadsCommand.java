package dev.strata.cli;

import dev.strata.format.AlembicFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code strata heads}: the revisions nothing revises. */
@Command(name = "heads", abbreviateSynopsis = true,
        description = {
            "Show the heads of the revision graph.",
            "More than one head means branches to merge (strata merge heads). Needs no database; -v prints the "
                    + "long form.",
            "Alembic: alembic heads [-v]"})
final class HeadsCommand implements Callable<Integer> {

    @ParentCommand
    StrataCommand root;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        root.printRevisions(root.strata().heads(), heads -> AlembicFormat.headsOutput(heads, root.verbose()));
        return 0;
    }
}
