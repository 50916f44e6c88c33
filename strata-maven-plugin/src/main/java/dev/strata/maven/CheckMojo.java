package dev.strata.maven;

import dev.strata.StrataException;
import dev.strata.autogenerate.Comparison;
import dev.strata.tooling.RunText;
import java.util.List;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn strata:check}: fails the build, listing the differences, when the module's JPA entities and its
 * revisions disagree (when {@code strata:revision -Dstrata.autogenerate} would write something). Compiles the
 * module first. Alembic: {@code alembic check}.
 */
@Mojo(name = "check", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public final class CheckMojo extends StrataMojo {

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
        Comparison comparison = context.autogenerate(entityPackages == null ? List.of() : entityPackages,
                compareServerDefaults).compare();
        comparison.notes().forEach(line -> context.log().line(RunText.note(line)));
        if (comparison.isEmpty()) {
            context.log().line(RunText.CHECK_CLEAN);
            return;
        }
        context.log().line(RunText.CHECK_DIRTY);
        comparison.differences().forEach(line -> context.log().line("  " + line));
        int count = comparison.differences().size();
        throw new StrataException("The entities and the revisions differ (" + count + " operation"
                + (count == 1 ? "" : "s") + "); run mvn compile strata:revision -Dstrata.autogenerate"
                + " -Dstrata.message=\"...\" to write them as a revision");
    }
}
