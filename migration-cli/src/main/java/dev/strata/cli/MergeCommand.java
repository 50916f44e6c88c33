package dev.strata.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code strata merge -m MSG REV...}: writes a revision that joins branches. */
@Command(name = "merge", abbreviateSynopsis = true, sortOptions = false,
        description = {
            "Write a merge revision that joins branches.",
            "Its parents are REV... (usually heads). Its SQL sections are empty: fill them in if the branches "
                    + "need reconciling. Needs no database.",
            "Alembic: alembic merge -m MESSAGE heads"})
final class MergeCommand implements Callable<Integer> {

    @ParentCommand
    StrataCommand root;

    @Mixin
    HelpOption help;

    @Parameters(arity = "1..*", paramLabel = "REV",
            description = "The revisions to merge (two or more), or heads for all heads.")
    List<String> revisions;

    @Option(names = {"-m", "--message"}, paramLabel = "MESSAGE", order = -10,
            description = "What the merge is; also names the file.")
    String message = "";

    @Option(names = "--branch-label", paramLabel = "LABEL", order = -9,
            description = "A branch label for the merge revision.")
    String branchLabel;

    @Option(names = "--rev-id", paramLabel = "ID", order = -8,
            description = "Use this id instead of a generated one.")
    String revId;

    @Override
    public Integer call() {
        Path directory = root.settings().revisionDirectory();
        Path file = root.strata().merge(message, revisions, branchLabel, revId, directory);
        return NewRevisionReport.print(root, "merge", file);
    }
}
