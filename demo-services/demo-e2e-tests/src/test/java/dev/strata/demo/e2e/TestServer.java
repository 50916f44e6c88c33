package dev.strata.demo.e2e;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.test.TestDatabase;
import dev.strata.test.TestPostgres;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
  * The test's PostgreSQL server, which the services reach through {@code DATABASE_URL}: they create their own
  * databases beside the test's one, and the test reads them by name.
  */
final class TestServer implements AutoCloseable {

    private final TestDatabase door = TestPostgres.shared().createDatabase();

    /** The server as a {@code DATABASE_URL} naming {@code database}, user and password included. */
    String databaseUrl(String database) {
        String hostAndDatabase = door.jdbcUrl().replace("jdbc:postgresql://", "");
        return "postgresql://" + encode(door.user()) + ":" + encode(door.password()) + "@"
                + hostAndDatabase.replace("/" + door.name(), "/" + database);
    }

    /** The revisions in a database's version table, sorted. */
    List<String> versions(String database) throws SQLException {
        return query(database, "SELECT version_num FROM strata_version ORDER BY 1");
    }

    /** The first column of a query's rows, as text. */
    List<String> query(String database, String sql) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rows.next()) {
                out.add(rows.getString(1));
            }
            return out;
        }
    }

    /** Drops the databases, as a service left them, connections and all. */
    void drop(String... databases) throws SQLException {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            for (String database : databases) {
                statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    @Override
    public void close() {
        door.close();
    }

    /** A service's embedded PostgreSQL, on the port its log named, must be gone once the service stopped. */
    static void assertEmbeddedServerStopped(int port) {
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port
                + "/postgres?connectTimeout=5", "postgres", "").close())
                .as("the embedded PostgreSQL on port %d stopped with the service", port)
                .isInstanceOf(SQLException.class);
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(door.jdbcUrl().replace("/" + door.name(), "/" + database), door.user(),
                door.password());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
