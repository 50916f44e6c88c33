package dev.strata.autogenerate.introspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.autogenerate.schema.Column;
import dev.strata.autogenerate.schema.QualifiedName;
import dev.strata.autogenerate.schema.SchemaModel;
import dev.strata.autogenerate.schema.Table;
import dev.strata.driver.DatabaseException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What introspection does to the connection it is given, how it fails, and that it copes with many tables. */
class IntrospectionSessionTest {

    private IntrospectedDatabase database;

    @BeforeEach
    void createDatabase() {
        database = IntrospectedDatabase.create(
                "CREATE SCHEMA sales",
                "CREATE SEQUENCE public.order_seq",
                "CREATE TABLE public.orders (id bigint DEFAULT nextval('public.order_seq'))");
    }

    @AfterEach
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void anAutoCommitConnectionKeepsItsSearchPathAndStaysOutsideATransaction() throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO sales, public");

            SchemaModel model = PostgresIntrospector.introspect(connection, List.of("public"), Set.of());

            // Qualified although public is on the connection's search_path: the reading had its own.
            assertThat(model.tables().get(0).column("id").map(Column::defaultExpression))
                    .contains("nextval('public.order_seq'::regclass)");
            assertThat(connection.getAutoCommit()).isTrue();
            assertThat(value(statement, "SHOW search_path")).isEqualTo("sales, public");
            assertThat(value(statement, "SHOW transaction_read_only")).isEqualTo("off");
            statement.execute("CREATE TABLE notes (id int)");
        }
        try (Connection other = database.connect(); Statement statement = other.createStatement()) {
            assertThat(value(statement, "SELECT to_regclass('sales.notes')::text")).isEqualTo("sales.notes");
        }
    }

    @Test
    void aTransactionInProgressIsSeenAndKeepsItsWork() throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("SET search_path TO sales");
            statement.execute("CREATE TABLE sales.drafts (id int)");

            SchemaModel model = PostgresIntrospector.introspect(connection, List.of("sales"), Set.of());

            assertThat(model.tables()).extracting(Table::name).containsExactly(QualifiedName.of("sales", "drafts"));
            assertThat(connection.getAutoCommit()).isFalse();
            assertThat(value(statement, "SHOW search_path")).isEqualTo("sales");
            assertThat(value(statement, "SHOW transaction_read_only")).isEqualTo("off");
            statement.execute("INSERT INTO drafts VALUES (1)");
            connection.commit();
        }
        try (Connection other = database.connect(); Statement statement = other.createStatement()) {
            assertThat(value(statement, "SELECT count(*) FROM sales.drafts")).isEqualTo("1");
        }
    }

    @Test
    void anAbortedTransactionIsReportedWithTheServersReason() throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            assertThatThrownBy(() -> statement.execute("SELECT 1 / 0")).isInstanceOf(SQLException.class);

            assertThatThrownBy(() -> PostgresIntrospector.introspect(connection, List.of("public"), Set.of()))
                    .isInstanceOf(DatabaseException.class)
                    .hasMessage("Could not read schema public from the database: ERROR: current transaction is"
                            + " aborted, commands ignored until end of transaction block");
            assertThat(connection.getAutoCommit()).isFalse();
            connection.rollback();
        }
    }

    @Test
    void aClosedConnectionIsReported() throws SQLException {
        Connection connection = database.connect();
        connection.close();

        assertThatThrownBy(() -> PostgresIntrospector.introspect(connection, List.of("public", "sales"), Set.of()))
                .isInstanceOf(DatabaseException.class)
                .hasMessage("Could not read schemas public, sales from the database: This connection has been closed.");
    }

    @Test
    void atLeastOneSchemaIsNeeded() throws SQLException {
        try (Connection connection = database.connect()) {
            assertThatThrownBy(() -> PostgresIntrospector.introspect(connection, List.of(), Set.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("schemas must name at least one schema to introspect");
        }
    }

    @Test
    void threeHundredTablesAreAllRead() {
        database.execute(IntStream.range(1, 301).mapToObj(i -> String.format("""
                CREATE TABLE sales.t%1$03d (
                    id bigint PRIMARY KEY,
                    parent_id bigint REFERENCES sales.t%2$03d (id),
                    name text NOT NULL CHECK (name <> '')
                );
                CREATE INDEX ix_t%1$03d_name ON sales.t%1$03d (name)""", i, i == 1 ? 1 : i - 1))
                .collect(Collectors.joining(";\n")));

        SchemaModel model = database.introspect("sales");

        assertThat(model.tables()).hasSize(300);
        assertThat(model.tables()).allSatisfy(table -> {
            assertThat(table.columns()).hasSize(3);
            assertThat(table.primaryKey()).isNotNull();
            assertThat(table.foreignKeys()).hasSize(1);
            assertThat(table.checkConstraints()).hasSize(1);
            assertThat(table.indexes()).hasSize(1);
        });
    }

    private static String value(Statement statement, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
