package dev.strata.maven;

import dev.strata.format.AlembicFormat;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn strata:show -Dstrata.revision=REV}: the long form of a revision. Alembic: {@code alembic show head}. */
@Mojo(name = "show", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE)
public final class ShowMojo extends StrataMojo {

    /** An id or unique prefix, {@code head}, {@code heads}, {@code base}, {@code LABEL@head}, or {@code current}. */
    @Parameter(property = "strata.revision", required = true)
    private String revision;

    @Override
    void run(GoalContext context) {
        context.log().text(AlembicFormat.showOutput(context.strata().show(revision)));
    }
}
