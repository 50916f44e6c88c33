package dev.strata.internal.lint;

import dev.strata.internal.sql.SqlToken;
import dev.strata.internal.sql.SqlToken.Kind;
import dev.strata.internal.sql.StatementTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column type as text that compares equal however it was spelt ({@code VARCHAR( 255 )} and {@code varchar(255)}),
 * and the type changes PostgreSQL makes without rewriting the table.
 */
final class TypeText {

    /** {@code base(modifiers)} with an optional array suffix, after {@link #of} normalised the spelling. */
    private static final Pattern SHAPE = Pattern.compile("(?:pg_catalog\\.)?([a-z ]+?)(?:\\(([0-9, ]*)\\))?");

    /** Other spellings of one type, so that a change between two of them reads as no change. */
    private static final Map<String, String> ALIASES = Map.of("character varying", "varchar", "decimal", "numeric",
            "int", "integer", "int4", "integer", "int8", "bigint", "int2", "smallint", "bool", "boolean",
            "timestamptz", "timestamp with time zone", "timestamp without time zone", "timestamp");

    private TypeText() {
    }

    /** The type the tokens spell: words lower-cased and quotes dropped, one space between words only. */
    static String of(StatementTokens tokens) {
        StringBuilder text = new StringBuilder();
        SqlToken previous = null;
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken token = tokens.get(i);
            if (previous != null && isWordLike(previous) && isWordLike(token)) {
                text.append(' ');
            }
            text.append(token.identifier() != null ? token.identifier() : token.text());
            previous = token;
        }
        return text.toString();
    }

    private static boolean isWordLike(SqlToken token) {
        return token.kind() == Kind.WORD || token.kind() == Kind.QUOTED_IDENTIFIER || token.kind() == Kind.NUMBER;
    }

    /**
     * Whether changing a column from {@code from} to {@code to} leaves the table as it is: the same type, a
     * {@code varchar} that gets longer or loses its limit, {@code varchar} and {@code text} either way, or a
     * {@code numeric} that gets more digits with the same scale or loses its limit. These are the changes
     * PostgreSQL makes in the catalog alone; every other one rewrites the table and rebuilds its indexes.
     */
    static boolean isFreeChange(String from, String to) {
        if (from.equals(to)) {
            return true;
        }
        Shape before = Shape.of(from);
        Shape after = Shape.of(to);
        if (before == null || after == null) {
            return false;
        }
        if (before.equals(after)) {
            return true;
        }
        boolean textual = isText(before.base()) && isText(after.base());
        if (textual && (after.base().equals("text") || after.modifiers().isEmpty())) {
            return true;
        }
        if (textual && before.base().equals("varchar") && after.base().equals("varchar")) {
            return before.modifiers().size() == 1 && after.modifiers().size() == 1
                    && after.modifiers().get(0) >= before.modifiers().get(0);
        }
        if (before.base().equals("numeric") && after.base().equals("numeric")) {
            return after.modifiers().isEmpty() || before.modifiers().size() == 2 && after.modifiers().size() == 2
                    && after.modifiers().get(0) >= before.modifiers().get(0)
                    && after.modifiers().get(1).equals(before.modifiers().get(1));
        }
        return false;
    }

    private static boolean isText(String base) {
        return base.equals("varchar") || base.equals("text");
    }

    /** A scalar type's name and numeric modifiers; arrays and anything else unusual have none. */
    private record Shape(String base, List<Integer> modifiers) {

        static Shape of(String type) {
            Matcher m = SHAPE.matcher(type);
            if (!m.matches()) {
                return null;
            }
            String base = ALIASES.getOrDefault(m.group(1), m.group(1));
            List<Integer> modifiers = new ArrayList<>();
            if (m.group(2) != null) {
                for (String part : m.group(2).split(",", -1)) {
                    if (!part.strip().matches("[0-9]{1,9}")) {
                        return null;
                    }
                    modifiers.add(Integer.valueOf(part.strip()));
                }
            }
            return new Shape(base, List.copyOf(modifiers));
        }
    }
}
