package dev.strata.autogenerate.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.autogenerate.compare.ComparisonOptions;
import dev.strata.autogenerate.compare.ComparisonResult;
import dev.strata.autogenerate.compare.SchemaComparator;
import dev.strata.autogenerate.introspect.PostgresIntrospector;
import dev.strata.autogenerate.schema.Column;
import dev.strata.autogenerate.schema.SchemaModel;
import dev.strata.autogenerate.schema.Table;
import dev.strata.internal.sql.SqlSplitter;
import dev.strata.internal.sql.SqlStatement;
import dev.strata.test.TestDatabase;
import dev.strata.test.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Autogenerate end to end on a real PostgreSQL: a database built by {@code beforeSql} and one built by
 * {@code afterSql} are introspected and compared; the rendered upgrade must turn the first into the second
 * (introspected, model for model, and compared again: nothing left), and the rendered downgrade must bring
 * the first back to where it started.
 */
final class RoundTrip implements AutoCloseable {

    private static final List<String> SCHEMAS = List.of("public", "audit");

    private final TestDatabase database;
    private final SchemaModel before;
    private final SchemaModel after;
    private final ComparisonOptions options;
    private final MigrationScript script;
    private final ComparisonResult result;

    private RoundTrip(String beforeSql, String afterSql, boolean compareServerDefaults) {
        TestPostgres server = TestPostgres.shared();
        this.options = ComparisonOptions.forServer(server.serverVersionNum()).withServerDefaults(compareServerDefaults);
        try (TestDatabase target = server.createDatabase()) {
            run(target, afterSql, true);
            this.after = introspect(target);
        }
        this.database = server.createDatabase();
        run(database, beforeSql, true);
        this.before = introspect(database);
        this.result = new SchemaComparator(options).compare(before, after);
        this.script = MigrationScript.of(result, "public");
    }

    /** Builds both databases and renders the script between them, comparing server defaults or not. */
    static RoundTrip between(String beforeSql, String afterSql, boolean compareServerDefaults) {
        return new RoundTrip(beforeSql, afterSql, compareServerDefaults);
    }

    static RoundTrip between(String beforeSql, String afterSql) {
        return between(beforeSql, afterSql, false);
    }

    /** The whole round trip with no data to check along the way. */
    static MigrationScript verify(String beforeSql, String afterSql) {
        try (RoundTrip trip = between(beforeSql, afterSql)) {
            trip.upgradeAndCheck();
            trip.downgradeAndCheck();
            return trip.script();
        }
    }

    MigrationScript script() {
        return script;
    }

    ComparisonResult result() {
        return result;
    }

    /** Runs the upgrade; the database must then look like the "after" one, and compare equal to it. */
    void upgradeAndCheck() {
        run(database, script.upgradeSql(), script.transactional());
        SchemaModel upgraded = introspect(database);
        assertThat(normalized(upgraded)).usingRecursiveComparison().isEqualTo(normalized(after));
        assertThat(new SchemaComparator(options).compare(upgraded, after).operations())
                .as("operations left after the upgrade").isEmpty();
    }

    /** Runs the downgrade; the database must then look as it did before the upgrade. */
    void downgradeAndCheck() {
        run(database, script.downgradeSql(), script.transactional());
        assertThat(normalized(introspect(database))).usingRecursiveComparison().isEqualTo(normalized(before));
    }

    /** Runs statements on the database being migrated, for data that must survive. */
    void execute(String sql) {
        run(database, sql, true);
    }

    /** The rows of a query on the database being migrated, each row's columns as text joined by {@code |}. */
    List<String> query(String sql) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> result = new ArrayList<>();
            while (rows.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    values.add(rows.getString(i));
                }
                result.add(String.join("|", values));
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        database.close();
    }

    /** Runs a script as the engine would: split like psql, in one transaction unless it cannot. */
    private static void run(TestDatabase database, String sql, boolean transactional) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(!transactional);
            for (SqlStatement each : SqlSplitter.split(sql, 1)) {
                try {
                    statement.execute(each.sql());
                } catch (SQLException e) {
                    throw new IllegalStateException("line " + each.line() + ": " + each.sql() + "\n" + e.getMessage()
                            + "\nin:\n" + sql, e);
                }
            }
            if (transactional) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static SchemaModel introspect(TestDatabase database) {
        try (Connection connection = database.connect()) {
            return PostgresIntrospector.introspect(connection, SCHEMAS, Set.of());
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Columns by name: an added column comes last in the table, and column order is not compared. */
    private static SchemaModel normalized(SchemaModel model) {
        List<Table> tables = model.tables().stream().map(table -> new Table(table.name(),
                table.columns().stream().sorted(Comparator.comparing(Column::name)).toList(), table.primaryKey(),
                table.uniqueConstraints(), table.indexes(), table.foreignKeys(), table.checkConstraints(),
                table.comment())).toList();
        return new SchemaModel(model.schemas(), tables, model.sequences(), model.enums());
    }
}
