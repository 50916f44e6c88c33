package dev.strata.maven;

import dev.strata.format.AlembicFormat;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn strata:history [-Dstrata.range=FROM:TO] [-Dstrata.verbose] [-Dstrata.indicateCurrent]}: the revisions,
 * newest first ({@code <down> -> <id> (head), <message>}). Alembic: {@code alembic history -r base:head -i}.
 */
@Mojo(name = "history", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE)
public final class HistoryMojo extends StrataMojo {

    /** {@code [FROM]:[TO]}, for example {@code base:head}, {@code 3f2a:}, {@code -2:current}, {@code current:}. */
    @Parameter(property = "strata.range")
    private String range;

    /** The long form of each entry. */
    @Parameter(property = "strata.verbose", defaultValue = "false")
    private boolean verbose;

    /** Mark the database's current revisions {@code (current)}; needs the database. */
    @Parameter(property = "strata.indicateCurrent", defaultValue = "false")
    private boolean indicateCurrent;

    @Override
    void run(GoalContext context) {
        context.log().text(AlembicFormat.historyOutput(context.strata().history(range, indicateCurrent), verbose));
    }
}
