package dev.strata.autogenerate;

import dev.strata.MigrationListener;
import dev.strata.Strata;
import dev.strata.StrataException;
import dev.strata.driver.JdbcDriver;
import dev.strata.format.SqlQuoting;
import dev.strata.graph.RevisionGraph;
import dev.strata.test.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scratch databases of a verification, reused as far as the graph allows. After a revision passes, its
 * database stands exactly at it and is kept while revisions that build on it are still to be verified. The last
 * of them takes the database over; the others each get a copy. A revision with several parents (a merge point, a
 * dependency) starts from the first parent's database and is upgraded there to the other parents. When no parent's
 * database is left (a parent failed), a new database is upgraded to the parents from empty.
 */
final class RevisionDatabases {

    private final Workspace workspace;
    private final Strata strata;
    private final RevisionGraph graph;
    private final Map<String, TestDatabase> standingAt = new HashMap<>();
    /** For each revision, how many revisions not verified yet build on it directly. */
    private final Map<String, Integer> waiting = new HashMap<>();

    /**
     * @param workspace where the databases are made
     * @param strata    the engine with the revisions and settings (its own database is never used)
     * @param order     every revision that will be verified
     */
    RevisionDatabases(Workspace workspace, Strata strata, List<String> order) {
        this.workspace = workspace;
        this.strata = strata;
        this.graph = strata.graph();
        for (String id : order) {
            graph.normalizedDownRevisions(id).forEach(parent -> waiting.merge(parent, 1, Integer::sum));
        }
    }

    /** The engine on a scratch database. */
    Strata engineOn(TestDatabase database) {
        return strata.withDatabase(new JdbcDriver(database.dataSource(), "the embedded scratch database "
                + database.name()), new MigrationListener() { });
    }

    /**
     * A database that stands at the revision's parents: its down revisions and the dependencies they do not
     * already bring, nothing for a base.
     *
     * @throws StrataException when the upgrade to a parent fails (branches that do not merge, say)
     */
    TestDatabase atParentsOf(String id) {
        List<String> parents = graph.normalizedDownRevisions(id);
        Optional<String> start = parents.stream().filter(standingAt::containsKey).findFirst();
        TestDatabase database;
        if (start.isEmpty()) {
            database = empty();
        } else if (waiting.get(start.get()) == 1) {
            database = standingAt.remove(start.get());
        } else {
            database = workspace.copy(standingAt.get(start.get()), "verification of " + id);
        }
        try {
            Strata engine = engineOn(database);
            for (String parent : parents) {
                if (!start.filter(parent::equals).isPresent()) {
                    engine.upgrade(parent);
                }
            }
        } catch (StrataException e) {
            workspace.drop(database);
            throw e;
        }
        return database;
    }

    /**
     * A revision's verification is over: its parents' databases are dropped when nothing else needs them, and its
     * own database is kept when it stands at the revision and some revision builds on it.
     *
     * @param database the revision's database, or null when it had none
     * @param atRevision whether the database stands exactly at the revision (its verification passed)
     */
    void verified(String id, TestDatabase database, boolean atRevision) {
        for (String parent : graph.normalizedDownRevisions(id)) {
            if (waiting.merge(parent, -1, Integer::sum) == 0) {
                TestDatabase unused = standingAt.remove(parent);
                if (unused != null) {
                    workspace.drop(unused);
                }
            }
        }
        if (database == null) {
            return;
        }
        if (atRevision && waiting.getOrDefault(id, 0) > 0) {
            standingAt.put(id, database);
        } else {
            workspace.drop(database);
        }
    }

    /**
     * A new database, with the configured schema created up front: the engine creates it before a run's first
     * change, which would otherwise read as a difference made by the first revision.
     */
    private TestDatabase empty() {
        TestDatabase database = workspace.newDatabase("verification");
        String schema = strata.configuration().schema();
        if (schema != null) {
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA IF NOT EXISTS " + SqlQuoting.identifier(schema));
            } catch (SQLException e) {
                throw new StrataException("Cannot create schema " + schema + " in the scratch database: "
                        + e.getMessage(), e);
            }
        }
        return database;
    }
}
