package dev.strata;

import java.util.List;

/**
 * What a run did: where the database stood before and after, and the steps in order. For offline runs
 * ({@code --sql}) {@link #sql()} holds the script and nothing touched a database.
 */
public record MigrationResult(String command, List<String> headsBefore, List<String> headsAfter,
        List<AppliedStep> steps, String sql) {

    public MigrationResult {
        headsBefore = List.copyOf(headsBefore);
        headsAfter = List.copyOf(headsAfter);
        steps = List.copyOf(steps);
    }

    /** True when nothing had to run. */
    public boolean nothingToDo() {
        return steps.isEmpty();
    }
}
