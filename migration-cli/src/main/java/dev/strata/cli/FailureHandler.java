package dev.strata.cli;

import dev.strata.StrataException;
import dev.strata.tooling.RunText;
import dev.strata.tooling.Secrets;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * A command failed: one line on stderr, {@code FAILED: <what failed, where, what to do>}, like Alembic's, and
 * exit code 1. With {@code --debug}, the stack trace follows. Passwords are scrubbed from both.
 */
final class FailureHandler implements IExecutionExceptionHandler {

    static final int FAILED = 1;

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        StrataCommand root = (StrataCommand) commandLine.getCommandSpec().root().userObject();
        PrintWriter err = commandLine.getErr();
        err.println(Secrets.scrub("FAILED: " + describe(exception, root.debug()), root.secrets()));
        if (root.debug()) {
            StringWriter trace = new StringWriter();
            exception.printStackTrace(new PrintWriter(trace));
            err.print(Secrets.scrub(trace.toString(), root.secrets()));
        }
        err.flush();
        return FAILED;
    }

    private static String describe(Exception exception, boolean debug) {
        if (exception instanceof StrataException strata) {
            return RunText.failure(strata);
        }
        // Not an error Strata anticipated: say what it is, and where to look.
        return RunText.unexpected(exception) + (debug ? "" : " (run with --debug for the stack trace)");
    }
}
