package dev.strata.tooling;

import dev.strata.ChecksumPolicy;
import dev.strata.StrataException;
import dev.strata.TransactionMode;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code strata.*} values that are not plain strings, as Spring Boot would bind them. */
final class SettingValues {

    private static final Pattern SIMPLE_DURATION = Pattern.compile("([0-9]+)\\s*(ns|us|ms|s|m|h|d)?");

    private SettingValues() {
    }

    /** {@code per-revision} / {@code all}, in any case, with dashes or underscores. */
    static TransactionMode transactionMode(String value, String origin) {
        String name = constantName(value);
        for (TransactionMode mode : TransactionMode.values()) {
            if (mode.name().equals(name)) {
                return mode;
            }
        }
        throw new StrataException(origin + " is '" + value + "'; expected per-revision or all");
    }

    /** {@code fail}, {@code warn}, {@code ignore}; {@code true}/{@code false} mean fail/ignore. */
    static ChecksumPolicy checksumPolicy(String value, String origin) {
        String name = constantName(value);
        if (name.equals("TRUE")) {
            return ChecksumPolicy.FAIL;
        }
        if (name.equals("FALSE")) {
            return ChecksumPolicy.IGNORE;
        }
        for (ChecksumPolicy policy : ChecksumPolicy.values()) {
            if (policy.name().equals(name)) {
                return policy;
            }
        }
        throw new StrataException(origin + " is '" + value + "'; expected fail, warn or ignore");
    }

    /**
     * Spring Boot's duration formats: {@code 60s}, {@code 500ms}, {@code 2m}, ISO-8601 ({@code PT1M}); a bare
     * number is milliseconds, Spring Boot's default unit.
     */
    static Duration duration(String value, String origin) {
        String text = value.strip();
        Matcher simple = SIMPLE_DURATION.matcher(text.toLowerCase(Locale.ROOT));
        if (simple.matches()) {
            long amount = Long.parseLong(simple.group(1));
            String unit = simple.group(2) == null ? "ms" : simple.group(2);
            return switch (unit) {
                case "ns" -> Duration.ofNanos(amount);
                case "us" -> Duration.ofNanos(amount * 1000);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                case "d" -> Duration.ofDays(amount);
                default -> Duration.ofMillis(amount);
            };
        }
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new StrataException(origin + " is '" + value + "'; expected a duration such as 60s, 500ms, 2m or"
                    + " PT1M");
        }
    }

    private static String constantName(String value) {
        return value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
