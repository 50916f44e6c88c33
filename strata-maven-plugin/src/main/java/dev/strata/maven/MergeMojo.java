package dev.strata.maven;

import dev.strata.Strata;
import dev.strata.tooling.RunText;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn strata:merge -Dstrata.message=MSG [-Dstrata.revisions=A,B]}: writes a revision that merges two or
 * more revisions (by default every head) into one. Alembic: {@code alembic merge -m MSG heads}.
 */
@Mojo(name = "merge", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE)
public final class MergeMojo extends StrataMojo {

    /** What the merge is; also names the file. */
    @Parameter(property = "strata.message", defaultValue = "")
    private String message;

    /** The revisions to merge, comma-separated (two or more), or {@code heads} for every head. */
    @Parameter(property = "strata.revisions", defaultValue = Strata.HEADS)
    private List<String> revisions;

    /** A branch label for the merge revision. */
    @Parameter(property = "strata.branchLabel")
    private String branchLabel;

    /** Use this id instead of a generated one (1 to 32 letters, digits, underscores). */
    @Parameter(property = "strata.revId")
    private String revId;

    @Override
    void run(GoalContext context) {
        Path file = context.strata().merge(message == null ? "" : message, revisions, branchLabel, revId,
                context.revisionDirectory());
        context.log().line(RunText.generated(file));
    }
}
