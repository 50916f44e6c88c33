package dev.strata.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn strata:stamp -Dstrata.target=REV[,REV...] [-Dstrata.purge]}: sets the version table to the given
 * revisions without running any. Alembic: {@code alembic stamp head}.
 */
@Mojo(name = "stamp", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE)
public final class StampMojo extends StrataMojo {

    /**
     * The revisions to stamp, comma-separated: {@code heads}, {@code head}, {@code base}, an id or prefix,
     * {@code LABEL@head}.
     */
    @Parameter(property = "strata.target", required = true)
    private List<String> target;

    /** Empty the version table first, ignoring what it holds (even revisions no file defines). */
    @Parameter(property = "strata.purge", defaultValue = "false")
    private boolean purge;

    @Override
    void run(GoalContext context) {
        context.migrate(strata -> strata.stamp(target, purge));
    }
}
