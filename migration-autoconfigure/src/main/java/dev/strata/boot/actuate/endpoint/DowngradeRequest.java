package dev.strata.boot.actuate.endpoint;

/**
 * The body of {@code POST /actuator/migrations/{datasource}}:
 * {@code {"operation":"downgrade","target":"-1","confirm":"<current heads>","dryRun":true}}.
 *
 * @param confirm the database's current heads, comma-separated, as the caller last saw them
 * @param dryRun  null or true: only plan and print the SQL; false: run the downgrade
 */
public record DowngradeRequest(String operation, String target, String confirm, Boolean dryRun) {

    public boolean isDryRun() {
        return !Boolean.FALSE.equals(dryRun);
    }
}
