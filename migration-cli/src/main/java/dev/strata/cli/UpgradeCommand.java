package dev.strata.cli;

import dev.strata.Strata;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code strata upgrade [TARGET]}: runs pending revisions, or prints them as SQL ({@code --sql}). */
@Command(name = "upgrade", abbreviateSynopsis = true, sortOptions = false,
        description = {
            "Upgrade the database to TARGET (default: heads).",
            "Prints one line per revision as it runs; each revision commits together with its version-table "
                    + "update. With --sql, prints the SQL script instead and touches nothing.",
            "Alembic: alembic upgrade TARGET, alembic upgrade --sql FROM:TO"})
final class UpgradeCommand implements Callable<Integer> {

    @ParentCommand
    StrataCommand root;

    @Mixin
    HelpOption help;

    @Parameters(index = "0", arity = "0..1", paramLabel = "TARGET", defaultValue = Strata.HEADS,
            description = "heads (default: every head), head (the single head), an id or unique prefix, +N, ID+N, "
                    + "LABEL@head. With --sql: FROM:TO (needed when no database is configured), or TO to start "
                    + "from the database's current revisions.")
    String target;

    @Option(names = "--sql", order = -10,
            description = "Offline mode: print the script (version-table statements included) instead of running it.")
    boolean sql;

    @Override
    public Integer call() {
        if (sql) {
            return MigrationRun.offline(root, "upgrade", strata -> strata.upgradeSql(target));
        }
        return MigrationRun.run(root, strata -> strata.upgrade(target));
    }
}
