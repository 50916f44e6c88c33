package dev.strata.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code strata downgrade TARGET}: reverts revisions, or prints their downgrade SQL ({@code --sql}). */
@Command(name = "downgrade", abbreviateSynopsis = true, sortOptions = false,
        description = {
            "Downgrade the database to TARGET.",
            "Prints one line per revision as it runs. Irreversible revisions refuse before anything changes. With "
                    + "--sql, prints the SQL script instead and touches nothing.",
            "Alembic: alembic downgrade TARGET, alembic downgrade --sql FROM:TO"})
final class DowngradeCommand implements Callable<Integer> {

    @ParentCommand
    StrataCommand root;

    @Mixin
    HelpOption help;

    @Parameters(index = "0", paramLabel = "TARGET",
            description = "-N (N steps down), base (everything), an id or unique prefix, ID-N, LABEL@ID. With "
                    + "--sql: FROM:TO (needed when no database is configured), or TO.")
    String target;

    @Option(names = "--sql", order = -10,
            description = "Offline mode: print the script (version-table statements included) instead of running it.")
    boolean sql;

    @Override
    public Integer call() {
        if (sql) {
            return MigrationRun.offline(root, "downgrade", strata -> strata.downgradeSql(target));
        }
        return MigrationRun.run(root, strata -> strata.downgrade(target));
    }
}
