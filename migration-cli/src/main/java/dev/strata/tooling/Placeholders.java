package dev.strata.tooling;

import dev.strata.StrataException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Resolves Spring-style placeholders in a configuration value: {@code ${NAME}} and {@code ${NAME:default}},
 * nested in defaults too ({@code ${DB_URL:${FALLBACK_URL}}}). A name is looked up in the environment first,
 * then among the configuration's own keys.
 */
final class Placeholders {

    /** Deep enough for any real configuration, shallow enough to stop a key that refers to itself. */
    private static final int MAX_DEPTH = 16;

    private final Map<String, String> env;
    private final Function<String, Optional<String>> keys;
    private final String where;

    /**
     * @param env   the environment
     * @param keys  the configuration's raw values by key
     * @param where the key being resolved and its file, for messages
     */
    Placeholders(Map<String, String> env, Function<String, Optional<String>> keys, String where) {
        this.env = env;
        this.keys = keys;
        this.where = where;
    }

    String resolve(String value) {
        return resolve(value, 0);
    }

    private String resolve(String value, int depth) {
        if (depth > MAX_DEPTH) {
            throw new StrataException(where + " has placeholders that refer to each other in a circle");
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < value.length()) {
            int start = value.indexOf("${", i);
            if (start < 0) {
                out.append(value, i, value.length());
                break;
            }
            out.append(value, i, start);
            int end = closingBrace(value, start + 2);
            if (end < 0) {
                throw new StrataException(where + " has a placeholder without a closing '}'");
            }
            out.append(lookUp(value.substring(start + 2, end), depth));
            i = end + 1;
        }
        return out.toString();
    }

    private String lookUp(String body, int depth) {
        int colon = separator(body);
        String name = (colon < 0 ? body : body.substring(0, colon)).strip();
        String fromEnv = env.get(name);
        if (fromEnv != null) {
            return fromEnv;
        }
        Optional<String> fromKeys = keys.apply(name);
        if (fromKeys.isPresent()) {
            return resolve(fromKeys.get(), depth + 1);
        }
        if (colon >= 0) {
            return resolve(body.substring(colon + 1), depth + 1);
        }
        throw new StrataException(where + " uses ${" + name + "}, which is neither set in the environment nor a key"
                + " of the configuration; set " + name + " or give the value explicitly");
    }

    /** The ':' that starts the default, skipping those inside nested placeholders. */
    private static int separator(String body) {
        int nesting = 0;
        for (int i = 0; i < body.length(); i++) {
            if (body.startsWith("${", i)) {
                nesting++;
                i++;
            } else if (body.charAt(i) == '}') {
                nesting--;
            } else if (body.charAt(i) == ':' && nesting == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int closingBrace(String value, int from) {
        int nesting = 0;
        for (int i = from; i < value.length(); i++) {
            if (value.startsWith("${", i)) {
                nesting++;
                i++;
            } else if (value.charAt(i) == '}') {
                if (nesting == 0) {
                    return i;
                }
                nesting--;
            }
        }
        return -1;
    }
}
