package dev.strata.autogenerate.operations;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column's change from one type to another, both as PostgreSQL's {@code format_type} prints them: whether
 * every value survives it (widening) or some may be cut, rounded or rejected (narrowing), and whether
 * PostgreSQL converts on its own, that is through an implicit or assignment cast, or needs a {@code USING}
 * clause.
 *
 * <p>Widening is a short list of changes known to keep every value; everything else narrows, including changes
 * between unrelated types, whose conversion may fail on some rows. Guessing "narrowing" when unsure only asks
 * a person to look; the opposite would let data go unnoticed. Likewise a {@code USING} cast is written unless
 * the built-in cast is known to be an assignment cast (PostgreSQL 12 to 17 {@code pg_cast}), because an
 * explicit cast works wherever an assignment cast would.
 */
public record TypeConversion(String from, String to) {

    /** {@code name(length)} or {@code name(precision,scale)}, the modifier possibly mid-name. */
    private static final Pattern MODIFIER = Pattern.compile("([^(]*)\\((\\d+)(?:,(\\d+))?\\)(.*)");
    private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint");
    /** Decimal digits each integer type can hold in full. */
    private static final List<Integer> INTEGER_DIGITS = List.of(4, 9, 18);
    private static final Set<String> NUMBERS =
            Set.of("smallint", "integer", "bigint", "numeric", "real", "double precision");
    private static final Set<String> DATES_AND_TIMESTAMPS =
            Set.of("date", "timestamp without time zone", "timestamp with time zone");
    private static final Set<String> TIMES = Set.of("time without time zone", "time with time zone");
    private static final Set<String> STRINGS = Set.of("text", "character varying", "character");
    private static final int DEFAULT_TIME_PRECISION = 6;

    public TypeConversion {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /**
     * Whether some values of the old type may not survive: shorter strings, fewer digits, smaller integers,
     * less precise floats or times, a time zone dropped, or a change to an unrelated type.
     *
     * @return false when every value of {@code from} is kept exactly
     */
    public boolean narrows() {
        if (from.equals(to)) {
            return false;
        }
        ParsedType source = ParsedType.of(from);
        ParsedType target = ParsedType.of(to);
        if (source.dimensions != target.dimensions) {
            // Anything has a text form; an array of it becomes an array of those.
            return !(target.dimensions == 0 && target.isUnboundedString());
        }
        return !widens(source, target);
    }

    /**
     * Whether {@code ALTER COLUMN ... TYPE} converts without a {@code USING} clause.
     *
     * @return true when PostgreSQL has an implicit or assignment cast between the types
     */
    public boolean isAutomatic() {
        ParsedType source = ParsedType.of(from);
        ParsedType target = ParsedType.of(to);
        if (target.dimensions == 0 && STRINGS.contains(target.base)) {
            // Every type converts to a string type through its output function as an assignment cast.
            return true;
        }
        if (source.dimensions != target.dimensions) {
            return false;
        }
        return source.base.equals(target.base)
                || STRINGS.contains(target.base)
                || NUMBERS.contains(source.base) && NUMBERS.contains(target.base)
                || DATES_AND_TIMESTAMPS.contains(source.base) && DATES_AND_TIMESTAMPS.contains(target.base)
                || TIMES.contains(source.base) && TIMES.contains(target.base)
                || source.base.startsWith("timestamp") && TIMES.contains(target.base)
                || source.base.startsWith("bit") && target.base.startsWith("bit")
                || source.base.startsWith("json") && target.base.startsWith("json");
    }

    /**
     * The cast chain for a {@code USING} clause: {@code ::integer}, or through text when the old type is
     * user-defined, since PostgreSQL has no cast between two enums (or from an enum to anything but text).
     *
     * @return the text to append to the column name
     */
    public String usingCast() {
        if (ParsedType.of(from).isUserDefined()) {
            return "::text" + "[]".repeat(ParsedType.of(from).dimensions) + "::" + to;
        }
        return "::" + to;
    }

    private static boolean widens(ParsedType source, ParsedType target) {
        String from = source.base;
        String to = target.base;
        if (target.isUnboundedString()
                || from.equals(to) && source.modifier == target.modifier && source.scale == target.scale) {
            return true;
        }
        if (to.equals("character varying") || to.equals("character")) {
            boolean fits = source.modifier >= 0 && source.modifier <= target.modifier;
            return fits && (from.equals("character") || from.equals(to));
        }
        if (INTEGERS.contains(to)) {
            return INTEGERS.contains(from) && INTEGERS.indexOf(from) <= INTEGERS.indexOf(to)
                    || from.equals("numeric") && source.modifier >= 0 && source.scale == 0
                            && source.modifier <= INTEGER_DIGITS.get(INTEGERS.indexOf(to));
        }
        if (to.equals("numeric")) {
            return widensToNumeric(source, target);
        }
        if (to.equals("real")) {
            return from.equals("smallint");
        }
        if (to.equals("double precision")) {
            return from.equals("smallint") || from.equals("integer") || from.equals("real");
        }
        if (DATES_AND_TIMESTAMPS.contains(to) || TIMES.contains(to) || to.startsWith("interval")) {
            return widensInTime(source, target);
        }
        if (to.equals("json")) {
            return from.equals("jsonb");
        }
        return false;
    }

    private static boolean widensToNumeric(ParsedType source, ParsedType target) {
        if (target.modifier < 0) {
            return INTEGERS.contains(source.base) || source.base.equals("numeric");
        }
        int integerDigits = target.modifier - target.scale;
        if (INTEGERS.contains(source.base)) {
            return integerDigits > INTEGER_DIGITS.get(INTEGERS.indexOf(source.base));
        }
        return source.base.equals("numeric") && source.modifier >= 0
                && integerDigits >= source.modifier - source.scale && target.scale >= source.scale;
    }

    private static boolean widensInTime(ParsedType source, ParsedType target) {
        String from = source.base;
        String to = target.base;
        boolean sameKind = from.equals(to)
                || from.equals("timestamp without time zone") && to.equals("timestamp with time zone")
                || from.equals("time without time zone") && to.equals("time with time zone")
                || from.startsWith("interval") && to.equals("interval");
        if (from.equals("date")) {
            return to.startsWith("timestamp");
        }
        return sameKind && source.timePrecision() <= target.timePrecision();
    }

    /** A type spelling split into its base name, modifiers and array dimensions. */
    private record ParsedType(String base, int modifier, int scale, int dimensions) {

        static ParsedType of(String spelling) {
            String text = spelling.trim();
            int dimensions = 0;
            while (text.endsWith("[]")) {
                dimensions++;
                text = text.substring(0, text.length() - 2).trim();
            }
            Matcher matcher = MODIFIER.matcher(text);
            if (!matcher.matches()) {
                return new ParsedType(text, -1, 0, dimensions);
            }
            String base = (matcher.group(1) + matcher.group(4)).trim();
            int scale = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
            return new ParsedType(base, Integer.parseInt(matcher.group(2)), scale, dimensions);
        }

        boolean isUnboundedString() {
            return base.equals("text") || base.equals("character varying") && modifier < 0;
        }

        /** With an empty search_path every user-defined type prints schema-qualified; built-in ones never. */
        boolean isUserDefined() {
            return base.contains(".");
        }

        int timePrecision() {
            return modifier < 0 ? DEFAULT_TIME_PRECISION : modifier;
        }
    }
}
