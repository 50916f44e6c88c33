package dev.strata.cli;

import dev.strata.format.AlembicFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code strata history [-r RANGE] [-i]}: the revisions, newest first. */
@Command(name = "history", abbreviateSynopsis = true, sortOptions = false,
        description = {
            "List revisions, newest first.",
            "Prints <down> -> <id> (head), <message> per revision; -v prints the long form. Needs no database, "
                    + "unless -i or current in the range asks for it.",
            "Alembic: alembic history [-r RANGE] [-i] [-v]"})
final class HistoryCommand implements Callable<Integer> {

    @ParentCommand
    StrataCommand root;

    @Mixin
    HelpOption help;

    @Option(names = {"-r", "--rev-range"}, paramLabel = "RANGE", order = -10,
            description = "[FROM]:[TO], for example base:head, 3f2a:, -2:current, current:.")
    String range;

    @Option(names = {"-i", "--indicate-current"}, order = -9,
            description = "Mark the database's current revisions (current).")
    boolean indicateCurrent;

    @Override
    public Integer call() {
        if (indicateCurrent || (range != null && range.contains("current"))) {
            root.requireDatabase();
        }
        root.printRevisions(root.strata().history(range, indicateCurrent),
                history -> AlembicFormat.historyOutput(history, root.verbose()));
        return 0;
    }
}
