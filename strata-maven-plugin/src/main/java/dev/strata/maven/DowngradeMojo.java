package dev.strata.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn strata:downgrade -Dstrata.target=TARGET [-Dstrata.sql [-Dstrata.sqlFile=FILE]]}: runs downgrades to a
 * target, one log line per revision, then a summary line. Alembic: {@code alembic downgrade -1}.
 */
@Mojo(name = "downgrade", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE)
public final class DowngradeMojo extends StrataMojo {

    /**
     * Where to go: {@code -N} (N steps down), {@code base} (everything), an id or unique prefix, {@code ID-N},
     * {@code LABEL@ID}. With {@code strata.sql}: {@code FROM:TO} (needed when no database is configured), or
     * {@code TO}.
     */
    @Parameter(property = "strata.target", required = true)
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
            context.offline(strata -> strata.downgradeSql(target), sqlFile);
        } else {
            context.migrate(strata -> strata.downgrade(target));
        }
    }
}
