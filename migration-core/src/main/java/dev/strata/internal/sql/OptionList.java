package dev.strata.internal.sql;

import dev.strata.internal.sql.SqlToken.Kind;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A parenthesised option list such as {@code (create_slot = false, connect)} or
 * {@code (VERBOSE, CONCURRENTLY)}: option names lower-cased, each with the first token of its value
 * (unquoted, lower-cased) or an empty string when the option stands alone.
 *
 * @param options  option name to value
 * @param endIndex index of the token after the closing parenthesis
 */
public record OptionList(Map<String, String> options, int endIndex) {

    public static final OptionList EMPTY = new OptionList(Map.of(), -1);

    /** The spellings PostgreSQL's {@code defGetBoolean} reads as false; everything else is true. */
    private static final Set<String> FALSE_VALUES = Set.of("false", "off", "0");

    public OptionList {
        options = Map.copyOf(options);
    }

    /** Parses the list whose {@code (} is at {@code openIndex}; an unclosed list ends with the statement. */
    public static OptionList parse(StatementTokens tokens, int openIndex) {
        Map<String, String> options = new HashMap<>();
        int i = openIndex + 1;
        while (i < tokens.size() && !tokens.isKind(i, Kind.CLOSE_PAREN)) {
            String name = lowerUnquoted(tokens.get(i++));
            if (tokens.isOther(i, '=')) {
                i++;
            }
            options.putIfAbsent(name, endsOption(tokens, i) ? "" : lowerUnquoted(tokens.get(i)));
            i = endOfOption(tokens, i);
            if (tokens.isOther(i, ',')) {
                i++;
            }
        }
        return new OptionList(options, i + 1);
    }

    /** The index of the {@code ,} or {@code )} that ends the option value starting at {@code i}. */
    private static int endOfOption(StatementTokens tokens, int i) {
        int depth = 0;
        while (i < tokens.size() && (depth > 0 || !endsOption(tokens, i))) {
            if (tokens.isKind(i, Kind.OPEN_PAREN)) {
                depth++;
            } else if (tokens.isKind(i, Kind.CLOSE_PAREN)) {
                depth--;
            }
            i++;
        }
        return i;
    }

    private static boolean endsOption(StatementTokens tokens, int i) {
        return i >= tokens.size() || tokens.isOther(i, ',') || tokens.isKind(i, Kind.CLOSE_PAREN);
    }

    /** Whether the option is given, with or without a value. */
    public boolean has(String name) {
        return options.containsKey(name);
    }

    /** Whether the option is given and true, as in {@code (concurrently)} or {@code (concurrently on)}. */
    public boolean isTrue(String name) {
        return has(name) && !FALSE_VALUES.contains(options.get(name));
    }

    /** Whether the option is given and set to false. */
    public boolean isFalse(String name) {
        return has(name) && FALSE_VALUES.contains(options.get(name));
    }

    private static String lowerUnquoted(SqlToken token) {
        String text = token.text();
        if (token.kind() == Kind.STRING || token.kind() == Kind.QUOTED_IDENTIFIER) {
            // Good enough for option names and boolean values, which never contain quotes.
            text = text.substring(text.indexOf(text.charAt(text.length() - 1)) + 1, text.length() - 1);
        }
        return text.toLowerCase(Locale.ROOT);
    }
}
