package dev.strata.autogenerate.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * A check constraint's definition in a form that does not depend on the order of its {@code AND} terms.
 * Hibernate joins the Bean Validation limits of one field ({@code @Min(1) @Max(5)}) into one check, in whatever
 * order the validator reports them, so the same entity gives {@code a >= 1 AND a <= 5} on one run and
 * {@code a <= 5 AND a >= 1} on the next. Both mean the same; comparing them as written would drop and re-add the
 * check on every other autogenerate. Only the top-level conjunction is reordered: {@code OR}, functions and
 * literals keep their text.
 */
final class CheckExpression {

    private static final String PREFIX = "CHECK ";

    private CheckExpression() {
    }

    /**
     * The definition with its top-level {@code AND} terms sorted.
     *
     * @param definition as PostgreSQL prints it, for example {@code CHECK (((a >= 1) AND (a <= 5)))}
     * @return for example {@code CHECK ((a <= 5) AND (a >= 1))}
     */
    static String canonical(String definition) {
        String body = definition.strip();
        String suffix = "";
        if (body.endsWith(" NOT VALID")) {
            suffix = " NOT VALID";
            body = body.substring(0, body.length() - suffix.length());
        }
        if (!body.startsWith(PREFIX)) {
            return definition;
        }
        List<String> terms = new ArrayList<>();
        for (String term : conjuncts(unwrap(body.substring(PREFIX.length())))) {
            terms.add(unwrap(term));
        }
        terms.sort(null);
        return PREFIX + "((" + String.join(") AND (", terms) + "))" + suffix;
    }

    /** The expression without parentheses that enclose all of it. */
    private static String unwrap(String expression) {
        String text = expression.strip();
        while (text.startsWith("(") && closingParenthesis(text) == text.length() - 1) {
            text = text.substring(1, text.length() - 1).strip();
        }
        return text;
    }

    /** Where the parenthesis opening the text closes, or -1. */
    private static int closingParenthesis(String text) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The terms of a top-level {@code AND}, outside parentheses and quotes; the whole text if there is none. */
    private static List<String> conjuncts(String expression) {
        List<String> terms = new ArrayList<>();
        int depth = 0;
        int start = 0;
        char quote = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && expression.startsWith(" AND ", i)) {
                terms.add(expression.substring(start, i));
                start = i + " AND ".length();
                i = start - 1;
            }
        }
        terms.add(expression.substring(start));
        return terms;
    }
}
