package dev.strata.maven;

import dev.strata.StrataException;
import dev.strata.tooling.RunText;
import dev.strata.tooling.Secrets;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * A goal's failure as Maven reports it: the one line the CLI prints after {@code FAILED:}, with the passwords the
 * run knows masked. The original exception goes along for {@code mvn -e} only when its stack trace quotes no
 * password: Maven prints that trace as it is.
 */
final class BuildFailure {

    private BuildFailure() {
    }

    /** A failure Strata anticipated: bad input, a failed revision, an unreachable database. */
    static MojoFailureException of(StrataException error, List<String> secrets) {
        MojoFailureException failure = new MojoFailureException(Secrets.scrub(RunText.failure(error), secrets));
        if (quotesNoSecret(error, secrets)) {
            // Not the cause: Maven appends every cause's message it does not find in the failure's own, which
            // would repeat the engine's multi-line text after the one line. Suppressed, it still shows with -e.
            failure.addSuppressed(error);
        }
        return failure;
    }

    /** An error Strata did not anticipate: what it is; Maven's {@code -e} shows where. */
    static MojoExecutionException unexpected(RuntimeException error, List<String> secrets) {
        String message = Secrets.scrub(RunText.unexpected(error), secrets);
        return quotesNoSecret(error, secrets) ? new MojoExecutionException(message, error)
                : new MojoExecutionException(message);
    }

    private static boolean quotesNoSecret(Throwable error, List<String> secrets) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        return Secrets.scrub(trace.toString(), secrets).equals(trace.toString());
    }
}
