package dev.strata.cli;

import dev.strata.MigrationFailedException;
import dev.strata.StrataException;
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
        if (exception instanceof MigrationFailedException && exception.getMessage().contains("rolled back")) {
            // The engine says what failed, where, and that nothing stayed; the next step is the user's.
            return OneLine.of(exception.getMessage()) + " Fix the revision, then run the command again.";
        }
        if (exception instanceof StrataException) {
            return OneLine.of(exception.getMessage());
        }
        // Not an error Strata anticipated: say what it is, and where to look.
        return exception.getClass().getName() + ": " + OneLine.of(String.valueOf(exception.getMessage()))
                + (debug ? "" : " (run with --debug for the stack trace)");
    }
}
