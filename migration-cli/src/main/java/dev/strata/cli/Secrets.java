package dev.strata.cli;

import dev.strata.StrataException;
import dev.strata.tooling.DatabaseUrl;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps passwords out of everything the CLI prints. The engine and the driver never put a password in a
 * message, but picocli quotes unmatched arguments verbatim, and a stack trace quotes whatever it quotes:
 * every line is scrubbed of the passwords this run knows, and of anything that looks like one.
 */
final class Secrets {

    private static final String MASK = "****";
    /** {@code scheme://user:secret@} and {@code password=secret} as they appear in URLs. */
    private static final Pattern URL_PASSWORD = Pattern.compile("(://[^:/@\\s]*:)([^@\\s]*)@");
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("((?i)password=)([^&\\s'\"]*)");
    /** What the messages that explain the URL forms write in place of a password. */
    private static final Set<String> PLACEHOLDERS = Set.of("password", "...", "pass", "****");
    /** Shorter secrets would mask ordinary letters of a message; the patterns above still catch them in URLs. */
    private static final int MIN_LENGTH = 3;

    private Secrets() {
    }

    /** The password of {@code DATABASE_URL}, if it has one. */
    static List<String> fromEnvironment(Map<String, String> env) {
        String url = env.get("DATABASE_URL");
        return url == null ? List.of() : fromUrl(url);
    }

    /** The password a URL carries, decoded and as written; nothing when the URL does not parse. */
    static List<String> fromUrl(String url) {
        List<String> out = new ArrayList<>();
        try {
            String password = DatabaseUrl.parse(url, "a URL").password();
            if (password != null) {
                out.add(password);
            }
        } catch (StrataException e) {
            // An unparsable URL still goes through the patterns.
        }
        return out;
    }

    /** The values of {@code --password} and the passwords of {@code --url} in raw arguments (parsing failed). */
    static List<String> fromArguments(String[] args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--password") && i + 1 < args.length) {
                out.add(args[i + 1]);
            } else if (arg.startsWith("--password=")) {
                out.add(arg.substring("--password=".length()));
            } else if (arg.equals("--url") && i + 1 < args.length) {
                out.addAll(fromUrl(args[i + 1]));
            } else if (arg.startsWith("--url=")) {
                out.addAll(fromUrl(arg.substring("--url=".length())));
            }
        }
        return out;
    }

    /** The text with every known secret and every URL password replaced by {@code ****}. */
    static String scrub(String text, List<String> secrets) {
        String out = URL_PASSWORD.matcher(text).replaceAll(match -> mask(match, "@"));
        out = PASSWORD_PARAMETER.matcher(out).replaceAll(match -> mask(match, ""));
        for (String secret : secrets) {
            if (secret != null && secret.length() >= MIN_LENGTH) {
                out = out.replace(secret, MASK);
            }
        }
        return out;
    }

    private static String mask(MatchResult match, String after) {
        String value = PLACEHOLDERS.contains(match.group(2)) ? match.group(2) : MASK;
        return Matcher.quoteReplacement(match.group(1) + value + after);
    }
}
