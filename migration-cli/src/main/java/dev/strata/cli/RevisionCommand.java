package dev.strata.cli;

import dev.strata.NewRevision;
import dev.strata.Strata;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code strata revision -m MSG}: writes a new, empty SQL revision file. */
@Command(name = "revision", abbreviateSynopsis = true, sortOptions = false,
        description = {
            "Create a new, empty SQL revision file.",
            "The new revision revises the single head (or --head) and is written to the first revision location "
                    + "(classpath:x goes to <dir>/src/main/resources/x). Needs no database.",
            "Alembic: alembic revision -m MESSAGE"})
final class RevisionCommand implements Callable<Integer> {

    @ParentCommand
    StrataCommand root;

    @Mixin
    HelpOption help;

    @Option(names = {"-m", "--message"}, paramLabel = "MESSAGE", order = -10,
            description = "What the revision does; also names the file (<id>_<message_slug>.sql).")
    String message = "";

    @Option(names = "--head", paramLabel = "REV", defaultValue = "head", order = -9,
            description = "The revision to build on: head (default; an error when there are several heads), base "
                    + "for a new root, LABEL@head, or an id (a revision that is not a head needs --splice).")
    String head;

    @Option(names = "--branch-label", paramLabel = "LABEL", order = -8,
            description = "A branch label for the new revision (then LABEL@head names its branch).")
    String branchLabel;

    @Option(names = "--depends-on", paramLabel = "REV", order = -7,
            description = "A revision this one depends on without revising it. Repeatable.")
    List<String> dependsOn = new ArrayList<>();

    @Option(names = "--rev-id", paramLabel = "ID", order = -6,
            description = "Use this id instead of a generated one (1 to 32 letters, digits, underscores).")
    String revId;

    @Option(names = "--splice", order = -5,
            description = "Allow --head to be a revision that is not a head (starts a new branch).")
    boolean splice;

    @Override
    public Integer call() {
        Path directory = root.settings().revisionDirectory();
        Strata strata = root.strata();
        Path file = strata.revision(new NewRevision(message, head, branchLabel, dependsOn, revId, splice, "", "",
                true), directory);
        return NewRevisionReport.print(root, "revision", file);
    }
}
