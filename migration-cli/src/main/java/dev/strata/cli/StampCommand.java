package dev.strata.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code strata stamp REV...}: sets the version table without running revisions. */
@Command(name = "stamp", abbreviateSynopsis = true, sortOptions = false,
        description = {
            "Set the version table to REV without running revisions.",
            "For a database whose schema is already there. The stamp is recorded in the history table. There is "
                    + "no --sql: print the INSERT yourself if you need it offline.",
            "Alembic: alembic stamp REV [--purge]"})
final class StampCommand implements Callable<Integer> {

    @ParentCommand
    StrataCommand root;

    @Mixin
    HelpOption help;

    @Parameters(arity = "1..*", paramLabel = "REV",
            description = "Revisions to stamp: heads, head, base, an id or unique prefix, LABEL@head.")
    List<String> revisions;

    @Option(names = "--purge", order = -10,
            description = "Empty the version table first, ignoring what it holds (even unknown revisions).")
    boolean purge;

    @Override
    public Integer call() {
        return MigrationRun.run(root, strata -> strata.stamp(revisions, purge));
    }
}
