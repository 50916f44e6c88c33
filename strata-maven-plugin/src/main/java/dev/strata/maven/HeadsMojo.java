package dev.strata.maven;

import dev.strata.format.AlembicFormat;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn strata:heads [-Dstrata.verbose]}: the revisions nothing revises. Alembic: {@code alembic heads}. */
@Mojo(name = "heads", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE)
public final class HeadsMojo extends StrataMojo {

    /** The long form of each entry. */
    @Parameter(property = "strata.verbose", defaultValue = "false")
    private boolean verbose;

    @Override
    void run(GoalContext context) {
        context.log().text(AlembicFormat.headsOutput(context.strata().heads(), verbose));
    }
}
