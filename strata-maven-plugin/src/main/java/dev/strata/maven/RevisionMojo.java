package dev.strata.maven;

import dev.strata.NewRevision;
import dev.strata.autogenerate.Autogenerate;
import dev.strata.autogenerate.Comparison;
import dev.strata.tooling.RunText;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn strata:revision -Dstrata.message=MSG [-Dstrata.autogenerate]}: writes a new SQL revision file on top of
 * the head into the module's revision folder ({@code src/main/resources/db/revisions}): empty, or with the
 * differences between the module's JPA entities and its revisions. Alembic:
 * {@code alembic revision -m MSG [--autogenerate]}.
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

    /**
     * Fill the revision with the differences between the module's JPA entities (its compiled classes: run
     * {@code compile} first, for example {@code mvn compile strata:revision -Dstrata.autogenerate ...}) and its
     * revisions; writes nothing when there are none. Compares with the configured database, which must be at
     * head, or else with an embedded PostgreSQL migrated to head.
     */
    @Parameter(property = "strata.autogenerate", defaultValue = "false")
    private boolean autogenerate;

    /**
     * Packages to scan for entities, comma-separated (default: {@code strata.entity-packages} of the module's
     * configuration, else its {@code @EntityScan} or {@code @SpringBootApplication} package).
     */
    @Parameter(property = "strata.entityPackages")
    private List<String> entityPackages;

    /** Also compare column defaults (off by default, as in Alembic). */
    @Parameter(property = "strata.compareServerDefaults", defaultValue = "false")
    private boolean compareServerDefaults;

    @Override
    void run(GoalContext context) {
        NewRevision request = new NewRevision(message == null ? "" : message, head, branchLabel, dependsOn, revId,
                splice, "", "", true);
        if (!autogenerate) {
            context.log().line(RunText.generated(context.strata().revision(request, context.revisionDirectory())));
            return;
        }
        Autogenerate comparing = context.autogenerate(entityPackages == null ? List.of() : entityPackages,
                compareServerDefaults);
        Comparison comparison = comparing.compare();
        RunText.detected(comparison.differences(), comparison.notes()).forEach(context.log()::line);
        Optional<Path> file = comparing.revision(comparison, request, context.revisionDirectory());
        context.log().line(file.map(RunText::generated).orElse(RunText.NO_CHANGES));
    }
}
