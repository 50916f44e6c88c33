package dev.strata.maven;

import dev.strata.Strata;
import dev.strata.format.AlembicFormat;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn strata:branches [-Dstrata.verbose]}: each branch point and the branches it leads to. Alembic:
 * {@code alembic branches}.
 */
@Mojo(name = "branches", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE)
public final class BranchesMojo extends StrataMojo {

    /** The long form of each entry. */
    @Parameter(property = "strata.verbose", defaultValue = "false")
    private boolean verbose;

    @Override
    void run(GoalContext context) {
        Strata strata = context.strata();
        context.log().text(AlembicFormat.branchesOutput(strata.branches(), verbose, strata::revision));
    }
}
