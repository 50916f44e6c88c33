package dev.strata.maven;

import dev.strata.StrataException;
import dev.strata.autogenerate.Verify;
import dev.strata.autogenerate.VerifyReport;
import dev.strata.tooling.RunText;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn strata:verify}: upgrades, downgrades and upgrades again every revision of the module on scratch databases
 * of an embedded PostgreSQL (never the configured database), one log line per revision, and fails the build naming
 * the revisions whose downgrade does not give back the schema from before their upgrade, or whose second upgrade
 * differs from the first. Compiles the module first, for its Java revisions. Alembic has no such command.
 */
@Mojo(name = "verify", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public final class VerifyMojo extends StrataMojo {

    @Override
    void run(GoalContext context) {
        VerifyReport report = Verify.of(context.strata()).run(new VerifyLog(context.log()));
        context.log().line(RunText.verifySummary(report));
        if (!report.passed()) {
            throw new StrataException(RunText.verifyFailed(report));
        }
    }
}
