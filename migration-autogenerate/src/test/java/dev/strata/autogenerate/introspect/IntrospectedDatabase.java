package dev.strata.autogenerate.introspect;

import dev.strata.autogenerate.schema.QualifiedName;
import dev.strata.autogenerate.schema.SchemaModel;
import dev.strata.autogenerate.schema.Table;
import dev.strata.test.TestDatabase;
import dev.strata.test.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

/** A fresh test database that tests fill with plain SQL and then read with {@link PostgresIntrospector}. */
final class IntrospectedDatabase implements AutoCloseable {

    private final TestDatabase database;

    private IntrospectedDatabase(TestDatabase database) {
        this.database = database;
    }

    /** Creates an empty database and runs the statements in it, each in its own transaction. */
    static IntrospectedDatabase create(String... statements) {
        IntrospectedDatabase database = new IntrospectedDatabase(TestPostgres.shared().createDatabase());
        try {
            database.execute(statements);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    void execute(String... statements) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    SchemaModel introspect(String... schemas) {
        return introspect(List.of(schemas), Set.of());
    }

    SchemaModel introspect(List<String> schemas, Set<QualifiedName> excludedTables) {
        try (Connection connection = database.connect()) {
            return PostgresIntrospector.introspect(connection, schemas, excludedTables);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    Connection connect() {
        return database.connect();
    }

    /** The table of the model, failing the test when it is missing. */
    static Table table(SchemaModel model, String schema, String name) {
        return model.table(QualifiedName.of(schema, name))
                .orElseThrow(() -> new AssertionError("no table " + schema + "." + name + " in " + model.tables()));
    }

    @Override
    public void close() {
        database.close();
    }
}
