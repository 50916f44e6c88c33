package dev.strata.test.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.test.TestDatabase;
import dev.strata.test.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class TestDatabaseTest {

    private final TestPostgres server = TestPostgres.shared();

    @Test
    void databasesAreIsolatedFromEachOther() throws Exception {
        try (TestDatabase first = server.createDatabase();
                TestDatabase second = server.createDatabase()) {
            execute(first, "create table revision (id text primary key)");

            assertThat(first.name()).isNotEqualTo(second.name());
            assertThat(tableExists(first, "revision")).isTrue();
            assertThat(tableExists(second, "revision")).isFalse();
        }
    }

    @Test
    void newDatabaseIsEmpty() throws Exception {
        try (TestDatabase database = server.createDatabase();
                Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                                + " where n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')")) {
            row.next();
            assertThat(row.getInt(1)).isZero();
        }
    }

    @Test
    void closeDropsTheDatabaseEvenWithOpenConnections() throws Exception {
        try (TestDatabase observer = server.createDatabase()) {
            TestDatabase database = server.createDatabase();
            Connection leftOpen = database.connect();

            database.close();
            database.close();

            assertThat(databaseExists(observer, database.name())).isFalse();
            assertThat(leftOpen.isValid(5)).isFalse();
            leftOpen.close();
        }
    }

    @Test
    void temporaryTablesWork() throws Exception {
        try (TestDatabase database = server.createDatabase();
                Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("create temporary table scratch (n int)");
            statement.execute("insert into scratch values (1), (2)");
            try (ResultSet row = statement.executeQuery("select sum(n) from scratch")) {
                row.next();
                assertThat(row.getInt(1)).isEqualTo(3);
            }
        }
    }

    @Test
    void jdbcUrlUserAndPasswordConnectLikeTheDataSource() throws Exception {
        try (TestDatabase database = server.createDatabase();
                Connection connection = DriverManager.getConnection(
                        database.jdbcUrl(), database.user(), database.password());
                Connection fromDataSource = database.dataSource().getConnection()) {
            assertThat(connection.getCatalog()).isEqualTo(database.name());
            assertThat(fromDataSource.getCatalog()).isEqualTo(database.name());
            assertThat(database.toString()).isEqualTo(database.name() + " on " + server.description());
        }
    }

    @Test
    void connectingToADroppedDatabaseSaysWhich() {
        TestDatabase database = server.createDatabase();
        database.close();

        assertThatThrownBy(database::connect)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Could not connect to test database " + database.name() + ": FATAL: database \""
                        + database.name() + "\" does not exist")
                .hasCauseInstanceOf(SQLException.class);
    }

    private static void execute(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static boolean tableExists(TestDatabase database, String table) throws SQLException {
        return exists(database, "select 1 from pg_tables where tablename = ?", table);
    }

    static boolean databaseExists(TestDatabase observer, String name) throws SQLException {
        return exists(observer, "select 1 from pg_database where datname = ?", name);
    }

    private static boolean exists(TestDatabase database, String sql, String parameter) throws SQLException {
        try (Connection connection = database.connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }
}
