package dev.strata;

import java.util.List;

/**
 * The database's heads were not the ones a caller confirmed when the migration lock was taken (another
 * process migrated in between); nothing was changed.
 */
public final class HeadsChangedException extends StrataException {

    private static final long serialVersionUID = 1L;

    private final List<String> expected;
    private final List<String> actual;

    public HeadsChangedException(List<String> expected, List<String> actual) {
        super("The database moved: its heads are " + text(actual) + ", not " + text(expected) + " as confirmed;"
                + " nothing was changed. Look at the current state again and confirm the new heads");
        this.expected = List.copyOf(expected);
        this.actual = List.copyOf(actual);
    }

    public List<String> expected() {
        return expected;
    }

    public List<String> actual() {
        return actual;
    }

    private static String text(List<String> heads) {
        return heads.isEmpty() ? "base" : String.join(",", heads);
    }
}
