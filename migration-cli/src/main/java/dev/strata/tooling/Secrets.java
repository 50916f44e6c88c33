package dev.strata.tooling;

import dev.strata.StrataException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps passwords out of everything the tools print. The engine and the driver never put a password in a
 * message, but a failed statement is quoted as written, picocli quotes unmatched arguments verbatim, and a stack
 * trace quotes whatever it quotes: every line is scrubbed of the passwords a run knows, and of anything that looks
 * like one.
 */
public final class Secrets {

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

    /**
     * The passwords a run knows: that of {@code DATABASE_URL}, the explicit password, that of the explicit URL,
     * and that of the connection the settings resolved.
     *
     * @param explicit   what the user gave explicitly
     * @param env        the environment
     * @param connection the resolved connection, or empty when there is none (or the settings did not resolve)
     * @return the passwords, in that order
     */
    public static List<String> known(ExplicitOptions explicit, Map<String, String> env,
            Optional<ConnectionSettings> connection) {
        List<String> out = new ArrayList<>(fromEnvironment(env));
        if (explicit.password() != null) {
            out.add(explicit.password());
        }
        if (explicit.url() != null) {
            out.addAll(fromUrl(explicit.url()));
        }
        connection.map(ConnectionSettings::password).ifPresent(out::add);
        return out;
    }

    /**
     * The password of {@code DATABASE_URL}, if it has one.
     *
     * @param env the environment
     * @return the password, or nothing
     */
    public static List<String> fromEnvironment(Map<String, String> env) {
        String url = env.get(ConnectionSources.DATABASE_URL);
        return url == null ? List.of() : fromUrl(url);
    }

    /**
     * The password a URL carries.
     *
     * @param url a database URL in any form {@link DatabaseUrl} reads
     * @return the password, decoded; nothing when the URL has none or does not parse
     */
    public static List<String> fromUrl(String url) {
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

    /**
     * Masks passwords.
     *
     * @param text    what is about to be printed
     * @param secrets the passwords the run knows; those shorter than three characters are left to the patterns
     * @return the text with every known secret, every URL password and every {@code password=} value replaced
     *     by {@code ****} (placeholders such as {@code password=...} in advice stay as they are)
     */
    public static String scrub(String text, List<String> secrets) {
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
