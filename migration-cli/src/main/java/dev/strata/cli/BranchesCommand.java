package dev.strata.cli;

import dev.strata.Strata;
import dev.strata.format.AlembicFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code strata branches}: the branch points. */
@Command(name = "branches", abbreviateSynopsis = true,
        description = {
            "Show the branch points of the revision graph.",
            "Prints each branch point and the revisions that branch from it. Needs no database; -v prints the "
                    + "long form.",
            "Alembic: alembic branches [-v]"})
final class BranchesCommand implements Callable<Integer> {

    @ParentCommand
    StrataCommand root;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        Strata strata = root.strata();
        root.printRevisions(strata.branches(),
                points -> AlembicFormat.branchesOutput(points, root.verbose(), strata::revision));
        return 0;
    }
}
