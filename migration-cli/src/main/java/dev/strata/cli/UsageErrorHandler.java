package dev.strata.cli;

import dev.strata.tooling.Secrets;
import java.io.PrintWriter;
import java.util.ArrayList;
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
        List<String> secrets = secretsIn(args);
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

    /** The values of {@code --password} and the passwords of {@code --url} in raw arguments (parsing failed). */
    private static List<String> secretsIn(String[] args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--password") && i + 1 < args.length) {
                out.add(args[i + 1]);
            } else if (arg.startsWith("--password=")) {
                out.add(arg.substring("--password=".length()));
            } else if (arg.equals("--url") && i + 1 < args.length) {
                out.addAll(Secrets.fromUrl(args[i + 1]));
            } else if (arg.startsWith("--url=")) {
                out.addAll(Secrets.fromUrl(arg.substring("--url=".length())));
            }
        }
        return out;
    }
}
