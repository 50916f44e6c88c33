package dev.strata.maven;

import dev.strata.StrataException;
import dev.strata.format.LintFormat;
import dev.strata.lint.LintResult;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn strata:lint}: lists the statements of the module's SQL revisions that are dangerous on a live database
 * (data loss, a busy table locked while it is scanned or rewritten, a rename that breaks the running version), each
 * with what to do instead, and fails the build when there is one. Needs no database. Alembic has no equivalent.
 */
@Mojo(name = "lint", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE)
public final class LintMojo extends StrataMojo {

    /**
     * Report only the revisions of this history range ({@code FROM:TO}, for example {@code 3f2a9c1b7d4e:} for the
     * ones after the last release); older revisions are still read for what they say of the schema. Default: all.
     */
    @Parameter(property = "strata.range")
    private String range;

    @Override
    void run(GoalContext context) {
        LintResult result = context.strata().lint(range);
        LintFormat.lines(result).forEach(context.log()::line);
        if (!result.isClean()) {
            // The build's last word repeats the summary, so that a CI log read from the bottom says what failed.
            throw new StrataException(LintFormat.summary(result) + " " + LintFormat.ACCEPT_HINT);
        }
    }
}
