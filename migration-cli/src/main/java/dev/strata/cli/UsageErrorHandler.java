package dev.strata.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Bad usage (unknown command or option, missing argument): what was wrong, the usage line of the command, where
 * to read more, and exit code 2. Arguments are quoted by picocli verbatim, so passwords are scrubbed.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException exception, String[] args) {
        CommandLine commandLine = exception.getCommandLine();
        PrintWriter err = commandLine.getErr();
        List<String> secrets = Secrets.fromArguments(args);
        secrets.addAll(Secrets.fromEnvironment(System.getenv()));
        StringBuilder text = new StringBuilder(exception.getMessage()).append(System.lineSeparator());
        if (exception instanceof UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                text.append("Did you mean: ").append(String.join(" or ", suggestions)).append('?')
                        .append(System.lineSeparator());
            }
        }
        text.append(commandLine.getHelp().synopsisHeading()).append(commandLine.getHelp().synopsis(0));
        text.append("Try '").append(commandLine.getCommandSpec().qualifiedName()).append(" --help' for more"
                + " information.").append(System.lineSeparator());
        err.print(Secrets.scrub(text.toString(), secrets));
        err.flush();
        return commandLine.getCommandSpec().exitCodeOnInvalidInput();
    }
}
