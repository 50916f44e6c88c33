package dev.strata;

/**
 * A revision failed while running. Names the revision, where it came from, the line and statement that
 * failed (when the revision is SQL), and says what state the database was left in.
 */
public final class MigrationFailedException extends StrataException {

    private final String revision;
    private final String location;
    private final int line;
    private final String statement;

    public MigrationFailedException(String message, String revision, String location, int line, String statement,
            Throwable cause) {
        super(message, cause);
        this.revision = revision;
        this.location = location;
        this.line = line;
        this.statement = statement;
    }

    public String revision() {
        return revision;
    }

    /** The revision's file or class. */
    public String location() {
        return location;
    }

    /** The file line of the failing statement, or 0 when not known. */
    public int line() {
        return line;
    }

    /** The failing statement, or null for Java revisions and stamps. */
    public String statement() {
        return statement;
    }
}
