package dev.strata.cli;

import dev.strata.NewRevision;
import dev.strata.autogenerate.Autogenerate;
import dev.strata.autogenerate.Comparison;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code strata revision -m MSG [--autogenerate]}: writes a new SQL revision file, empty or with what the entities
 * and the revisions differ by.
 */
@Command(name = "revision", abbreviateSynopsis = true, sortOptions = false,
        description = {
            "Create a new SQL revision file (--autogenerate: from the entities).",
            "With --autogenerate the file holds the upgrade and downgrade that bring the schema the revisions build "
                    + "to the one the JPA entities describe.",
            "The new revision revises the single head (or --head) and is written to the first revision location "
                    + "(classpath:x goes to <dir>/src/main/resources/x). Needs no database; --autogenerate compares "
                    + "with the configured database, which must be at head, or else with an embedded PostgreSQL "
                    + "migrated to head.",
            "Alembic: alembic revision -m MESSAGE [--autogenerate]"})
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

    @Option(names = "--autogenerate", order = -4,
            description = "Fill the revision with the differences between the JPA entities (compiled classes) and "
                    + "the revisions; writes nothing when there are none.")
    boolean autogenerate;

    @Mixin
    EntityOptions entities;

    @Override
    public Integer call() {
        Path directory = root.settings().revisionDirectory();
        NewRevision request = new NewRevision(message, head, branchLabel, dependsOn, revId, splice, "", "", true);
        if (!autogenerate) {
            return NewRevisionReport.print(root, "revision", root.strata().revision(request, directory));
        }
        Autogenerate comparing = entities.autogenerate(root);
        Comparison comparison = comparing.compare();
        if (!root.json()) {
            ComparisonReport.printDetected(root, comparison);
        }
        Optional<Path> file = comparing.revision(comparison, request, directory);
        if (file.isEmpty()) {
            return ComparisonReport.printNoChanges(root);
        }
        return NewRevisionReport.print(root, "revision", file.get());
    }
}
