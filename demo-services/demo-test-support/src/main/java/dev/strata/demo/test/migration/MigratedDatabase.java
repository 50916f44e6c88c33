package dev.strata.demo.test.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * A service's database as Strata left it: which database it is, what its version table holds, and which upgrades
 * its history records. The service's test says what it expects, from the service's own revisions.
 */
public final class MigratedDatabase {

    private final DatabaseReader reader;

    private MigratedDatabase(DatabaseReader reader) {
        this.reader = reader;
    }

    /** The database {@code reader} reads. */
    public static MigratedDatabase of(DatabaseReader reader) {
        return new MigratedDatabase(reader);
    }

    /** {@code current_database()}: each service runs on a database of its own. */
    public String name() {
        return reader.one("SELECT current_database()");
    }

    /** The revisions the version table holds: the heads the database is at. */
    public List<String> versions() {
        return reader.all("SELECT version_num FROM strata_version");
    }

    /** The revisions {@code strata_history} records as upgraded successfully, in the order they ran. */
    public List<String> upgrades() {
        return reader.all("SELECT revision FROM strata_history WHERE direction = 'upgrade' AND success ORDER BY id");
    }

    /**
     * Asserts a service migrated along one line of revisions: the database is {@code databaseName}, its history
     * records exactly {@code upgradesInOrder} as upgrades, in that order, and its version table holds the last of
     * them alone.
     */
    public void assertMigratedThrough(String databaseName, String... upgradesInOrder) {
        String head = RevisionLine.head("upgradesInOrder", upgradesInOrder);
        assertThat(name()).as("current_database()").isEqualTo(databaseName);
        assertThat(versions()).as("the version table of %s", databaseName).containsExactly(head);
        assertThat(upgrades()).as("the upgrades in the history of %s", databaseName).containsExactly(upgradesInOrder);
    }
}
