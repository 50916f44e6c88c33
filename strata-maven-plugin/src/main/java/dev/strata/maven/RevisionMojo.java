package dev.strata.maven;

import dev.strata.NewRevision;
import dev.strata.tooling.RunText;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn strata:revision -Dstrata.message=MSG}: writes a new, empty SQL revision file on top of the head into
 * the module's revision folder ({@code src/main/resources/db/revisions}). Alembic: {@code alembic revision -m MSG}.
 */
@Mojo(name = "revision", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE)
public final class RevisionMojo extends StrataMojo {

    /** What the revision does; also names the file ({@code <id>_<message_slug>.sql}). */
    @Parameter(property = "strata.message", defaultValue = "")
    private String message;

    /**
     * The revision to build on: {@code head} (an error when there are several heads), {@code base} for a new
     * root, {@code LABEL@head}, or an id (a revision that is not a head needs {@code strata.splice}).
     */
    @Parameter(property = "strata.head", defaultValue = "head")
    private String head;

    /** A branch label for the new revision (then {@code LABEL@head} names its branch). */
    @Parameter(property = "strata.branchLabel")
    private String branchLabel;

    /** Revisions this one depends on without revising them, comma-separated. */
    @Parameter(property = "strata.dependsOn")
    private List<String> dependsOn;

    /** Use this id instead of a generated one (1 to 32 letters, digits, underscores). */
    @Parameter(property = "strata.revId")
    private String revId;

    /** Allow {@code strata.head} to be a revision that is not a head (starts a new branch). */
    @Parameter(property = "strata.splice", defaultValue = "false")
    private boolean splice;

    @Override
    void run(GoalContext context) {
        NewRevision request = new NewRevision(message == null ? "" : message, head, branchLabel, dependsOn, revId,
                splice, "", "", true);
        Path file = context.strata().revision(request, context.revisionDirectory());
        context.log().line(RunText.generated(file));
    }
}
