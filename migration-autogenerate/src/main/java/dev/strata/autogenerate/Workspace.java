package dev.strata.autogenerate;

import dev.strata.StrataException;
import dev.strata.autogenerate.introspect.PostgresIntrospector;
import dev.strata.autogenerate.schema.SchemaModel;
import dev.strata.test.TestDatabase;
import dev.strata.test.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scratch databases of one comparison or verification, on the embedded PostgreSQL (or the server that
 * {@code STRATA_TEST_DATABASE_URL} names), dropped when it ends.
 */
final class Workspace implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);

    private final List<TestDatabase> databases = new ArrayList<>();

    private Workspace() {
    }

    static Workspace open() {
        return new Workspace();
    }

    /** A new empty database. */
    DataSource scratchDatabase(String purpose) {
        TestDatabase database = create(purpose);
        return database.dataSource();
    }

    /** A new empty database, to be copied or dropped before the workspace closes. */
    TestDatabase newDatabase(String purpose) {
        return create(purpose);
    }

    /** A copy of {@code source}, which nobody may be connected to. */
    TestDatabase copy(TestDatabase source, String purpose) {
        TestDatabase database = TestPostgres.shared().copyDatabase(source);
        LOG.debug("Scratch database {}, a copy of {}, for the {}", database.name(), source.name(), purpose);
        databases.add(database);
        return database;
    }

    /** Drops a database now rather than when the workspace closes, so that few exist at a time. */
    void drop(TestDatabase database) {
        databases.remove(database);
        close(database);
    }

    /**
     * Builds the entities' schema in a new database and reads it back.
     *
     * @param serverVersionNum the compared database's version, which the DDL is written for
     * @param extensions extensions of the compared database, created first so that their types can be used
     */
    SchemaModel entityModel(EntitySchema entities, int serverVersionNum, List<String> extensions) {
        List<String> statements = entities.createStatements(serverVersionNum);
        TestDatabase database = create("entities");
        try (Connection connection = database.connect()) {
            try (Statement statement = connection.createStatement()) {
                for (String extension : extensions) {
                    createExtension(statement, extension);
                }
                for (String sql : statements) {
                    run(statement, sql, entities);
                }
            }
            return PostgresIntrospector.introspect(connection, schemas(connection), Set.of());
        } catch (SQLException e) {
            throw new StrataException("Cannot read the entities' scratch database: " + e.getMessage(), e);
        }
    }

    private static void run(Statement statement, String sql, EntitySchema entities) {
        try {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new StrataException("The schema of " + entities.describe() + " does not build on PostgreSQL: "
                    + oneLine(e.getMessage()) + ", in: " + sql + ". Check the mapping (columnDefinition, types) of the"
                    + " entity that declares it", e);
        }
    }

    private static void createExtension(Statement statement, String extension) {
        try {
            statement.execute("CREATE EXTENSION IF NOT EXISTS \"" + extension.replace("\"", "\"\"") + "\"");
        } catch (SQLException e) {
            LOG.warn("The compared database uses extension {}, which the scratch database cannot create ({}); entity"
                    + " columns that use its types will not build", extension, oneLine(e.getMessage()));
        }
    }

    /** Every schema of the database but PostgreSQL's own ({@code public} included). */
    static List<String> schemas(Connection connection) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                "SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'"
                        + " ORDER BY nspname")) {
            while (rows.next()) {
                out.add(rows.getString(1));
            }
        }
        return out;
    }

    private TestDatabase create(String purpose) {
        TestDatabase database = TestPostgres.shared().createDatabase();
        LOG.debug("Scratch database {} for the {}", database.name(), purpose);
        databases.add(database);
        return database;
    }

    @Override
    public void close() {
        databases.forEach(Workspace::close);
        databases.clear();
    }

    private static void close(TestDatabase database) {
        try {
            database.close();
        } catch (RuntimeException e) {
            LOG.debug("Could not drop scratch database {}: {}", database.name(), e.getMessage());
        }
    }

    private static String oneLine(String message) {
        return message == null ? "failed" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
