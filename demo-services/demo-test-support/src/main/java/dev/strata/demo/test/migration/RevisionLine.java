package dev.strata.demo.test.migration;

/**
 * Revisions a test names oldest first, the head last: how both {@link MigratedDatabase} and
 * {@link MigrationsEndpoint} take what a service was migrated through.
 */
final class RevisionLine {

    private RevisionLine() {
    }

    /** The last of {@code inOrder}, which must name at least one revision; {@code parameter} names it in the error. */
    static String head(String parameter, String... inOrder) {
        if (inOrder.length == 0) {
            throw new IllegalArgumentException(parameter + " must name at least the head revision");
        }
        return inOrder[inOrder.length - 1];
    }
}
