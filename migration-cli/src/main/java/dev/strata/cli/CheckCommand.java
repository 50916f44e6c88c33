package dev.strata.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code strata check}: whether the revisions build the schema the entities describe, for a CI to gate on. */
@Command(name = "check", abbreviateSynopsis = true, sortOptions = false,
        description = {
            "Compare the entities with the revisions; exit 1 if they differ.",
            "Compares the JPA entities (compiled classes) with the schema the revisions build, and exits 1 listing "
                    + "the differences that 'revision --autogenerate' would write, or 0 when there are none.",
            "Compares with the configured database, which must be at head, or else with an embedded PostgreSQL "
                    + "migrated to head.",
            "Alembic: alembic check"})
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    StrataCommand root;

    @Mixin
    HelpOption help;

    @Mixin
    EntityOptions entities;

    @Override
    public Integer call() {
        return ComparisonReport.printCheck(root, entities.autogenerate(root).compare());
    }
}
