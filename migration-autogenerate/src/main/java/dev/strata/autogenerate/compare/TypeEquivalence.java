package dev.strata.autogenerate.compare;

import java.util.regex.Pattern;

/**
 * Types that PostgreSQL spells differently but stores alike. {@code timestamp}, {@code time} and
 * {@code interval} without a precision keep microseconds, exactly as with precision 6: Hibernate writes
 * {@code timestamp(6)}, hand-written revisions usually {@code timestamp}, and treating them as different would
 * flag every such column of a database that Hibernate did not create.
 */
final class TypeEquivalence {

    private static final Pattern DEFAULT_PRECISION =
            Pattern.compile("^(timestamp|time|interval)\\(6\\)( with time zone| without time zone)?(\\[\\])?$");

    private TypeEquivalence() {
    }

    static boolean equivalent(String a, String b) {
        return a.equals(b) || canonical(a).equals(canonical(b));
    }

    private static String canonical(String type) {
        return DEFAULT_PRECISION.matcher(type).replaceFirst("$1$2$3");
    }
}
