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
    void aCopyHoldsTheSourcesTablesAndRowsAndLivesOnItsOwn() throws Exception {
        try (TestDatabase source = server.createDatabase()) {
            execute(source, "create table revision (id text primary key)");
            execute(source, "insert into revision values ('1a2b3c4d5e6f')");

            try (TestDatabase copy = server.copyDatabase(source)) {
                execute(copy, "insert into revision values ('3f2a9c1b7d4e')");

                assertThat(copy.name()).isNotEqualTo(source.name()).startsWith("strata_test_");
                assertThat(count(copy, "revision")).isEqualTo(2);
                assertThat(count(source, "revision")).isEqualTo(1);
            }
            assertThat(count(source, "revision")).as("the source outlives its copy").isEqualTo(1);
        }
    }

    @Test
    void copyingADatabaseSomeoneIsConnectedToIsRefused() throws Exception {
        try (TestDatabase source = server.createDatabase(); Connection busy = source.connect()) {
            assertThatThrownBy(() -> server.copyDatabase(source))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageMatching("(?s)\\QCould not create test database strata_test_\\E[0-9a-z]+\\Q on "
                            + server.description() + ": ERROR: source database \"" + source.name()
                            + "\" is being accessed by other users\\E.*");
            assertThat(busy.isValid(5)).isTrue();
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

    private static int count(TestDatabase database, String table) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select count(*) from " + table)) {
            row.next();
            return row.getInt(1);
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
