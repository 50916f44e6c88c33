package dev.strata.maven;

import dev.strata.format.AlembicFormat;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn strata:current [-Dstrata.verbose]}: the revisions the module's database is at ({@code <id> (head)});
 * nothing at base. Alembic: {@code alembic current}.
 */
@Mojo(name = "current", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE)
public final class CurrentMojo extends StrataMojo {

    /** The long form of each entry. */
    @Parameter(property = "strata.verbose", defaultValue = "false")
    private boolean verbose;

    @Override
    void run(GoalContext context) {
        context.requireDatabase();
        context.log().text(AlembicFormat.currentOutput(context.strata().current(), verbose));
    }
}
