package dev.strata.maven;

import dev.strata.Strata;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn strata:upgrade [-Dstrata.target=TARGET] [-Dstrata.sql [-Dstrata.sqlFile=FILE]]}: runs the module's
 * pending revisions, one log line per revision, then a summary line. Alembic: {@code alembic upgrade heads}.
 */
@Mojo(name = "upgrade", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE)
public final class UpgradeMojo extends StrataMojo {

    /**
     * Where to go: {@code heads} (every head), {@code head} (the single head), an id or unique prefix, {@code +N},
     * {@code ID+N}, {@code LABEL@head}. With {@code strata.sql}: {@code FROM:TO} (needed when no database is
     * configured), or {@code TO} to start from the database's current revisions.
     */
    @Parameter(property = "strata.target", defaultValue = Strata.HEADS)
    private String target;

    /** Offline mode: print the SQL script (version-table statements included) instead of running it. */
    @Parameter(property = "strata.sql", defaultValue = "false")
    private boolean sql;

    /** With {@code strata.sql}: write the script to this file (relative to the module) instead of the log. */
    @Parameter(property = "strata.sqlFile")
    private String sqlFile;

    @Override
    void run(GoalContext context) {
        if (sql) {
            context.offline(strata -> strata.upgradeSql(target), sqlFile);
        } else {
            context.migrate(strata -> strata.upgrade(target));
        }
    }
}
