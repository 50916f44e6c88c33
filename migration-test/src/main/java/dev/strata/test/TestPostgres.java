package dev.strata.test;

import dev.strata.test.internal.EmbeddedServer;
import dev.strata.test.internal.ServerAddress;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;
import org.postgresql.ds.PGSimpleDataSource;

/**
  * The PostgreSQL server tests run against, shared by all tests of a JVM.
  *
  * <p>By default it is an embedded server: real PostgreSQL binaries from Maven Central, started on
  * first use in a private temporary directory and stopped when the JVM exits. It works for ordinary
  * users and, by running PostgreSQL as {@code nobody}, for builds that run as root. When the
  * environment variable {@value #URL_VARIABLE} is set, tests use that server instead; its user needs
  * the {@code CREATEDB} privilege. Accepted forms:
  * <ul>
  *   <li>{@code postgresql://user:password@host:5432/database} (or {@code postgres://...})</li>
  *   <li>{@code jdbc:postgresql://host:5432/database?user=...&password=...}</li>
  * </ul>
  *
  * <p>Each test gets its own database from {@link #createDatabase()}, so tests never see each
  * other's tables and may run in parallel.
  */
public final class TestPostgres {

    /** The environment variable that points the tests at an existing server. */
    public static final String URL_VARIABLE = "STRATA_TEST_DATABASE_URL";

    private static final Object LOCK = new Object();
    private static TestPostgres shared;
    private static RuntimeException startFailure;

    private final ServerAddress admin;
    private final String description;
    private final int serverVersionNum;

    private TestPostgres(ServerAddress admin, String description, int serverVersionNum) {
        this.admin = admin;
        this.description = description;
        this.serverVersionNum = serverVersionNum;
    }

    /**
      * Returns the server of this JVM, starting or connecting to it on first use.
      *
      * @return the server
      * @throws IllegalStateException if the server cannot be started or reached; the message says
      *     what to do, and later calls fail at once with the same message
      */
    public static TestPostgres shared() {
        synchronized (LOCK) {
            if (shared == null) {
                if (startFailure != null) {
                    // Each test class would otherwise retry a slow start that is bound to fail again.
                    throw new IllegalStateException(startFailure.getMessage(), startFailure);
                }
                try {
                    shared = open(System.getenv(URL_VARIABLE));
                } catch (RuntimeException e) {
                    startFailure = e;
                    throw e;
                }
            }
            return shared;
        }
    }

    /**
      * Creates a fresh, empty database with a unique name; close it to drop it.
      *
      * @return the database
      * @throws IllegalStateException if the server refuses
      */
    public TestDatabase createDatabase() {
        // template0 because nobody connects to it: CREATE DATABASE fails while the template is in use.
        return create("template0");
    }

    /**
      * Creates a database as a copy of another one ({@code CREATE DATABASE ... TEMPLATE}): its tables, data and
      * everything else, at the cost of a file copy, which for a small database is far cheaper than rebuilding it.
      * Close the copy to drop it; the source is left as it was.
      *
      * @param source the database to copy; nobody may be connected to it, or the server refuses
      * @return the copy, with a unique name
      * @throws IllegalStateException if the server refuses, with its reason (for example that the source is
      *     being accessed by other users)
      */
    public TestDatabase copyDatabase(TestDatabase source) {
        return create(quote(source.name()));
    }

    /**
      * Describes the server for people, never with a password.
      *
      * @return for example {@code embedded PostgreSQL 17.10 on port 54012} or
      *     {@code postgresql://strata@db:5432/postgres (from STRATA_TEST_DATABASE_URL)}
      */
    public String description() {
        return description;
    }

    /**
      * Returns the server's version as {@code server_version_num}.
      *
      * @return for example {@code 170010} for 17.10
      */
    public int serverVersionNum() {
        return serverVersionNum;
    }

    @Override
    public String toString() {
        return description;
    }

    void drop(String name) {
        if (serverVersionNum >= 130000) {
            execute("DROP DATABASE IF EXISTS " + quote(name) + " WITH (FORCE)", name, "drop", "");
            return;
        }
        execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                + "'" + name + "' AND pid <> pg_backend_pid()", name, "drop", "");
        execute("DROP DATABASE IF EXISTS " + quote(name), name, "drop", "");
    }

    private TestDatabase create(String template) {
        String name = "strata_test_" + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36);
        execute("CREATE DATABASE " + quote(name) + " TEMPLATE " + template, name, "create",
                " The user needs the CREATEDB privilege: ALTER ROLE " + quote(admin.user()) + " CREATEDB.");
        return new TestDatabase(this, admin.withDatabase(name));
    }

    static PGSimpleDataSource dataSource(ServerAddress address) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(address.jdbcUrl());
        dataSource.setUser(address.user());
        dataSource.setPassword(address.password());
        return dataSource;
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private void execute(String sql, String database, String verb, String hint) {
        try (Connection connection = dataSource(admin).getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not " + verb + " test database " + database + " on "
                    + description + ": " + e.getMessage() + ("42501".equals(e.getSQLState()) ? hint : ""), e);
        }
    }

    private static TestPostgres open(String url) {
        if (url == null || url.isBlank()) {
            EmbeddedServer server = EmbeddedServer.start();
            try {
                String account = server.account().isSwitched() ? " (run as " + server.account().name() + ")" : "";
                return connect(server.address(), version ->
                        "embedded PostgreSQL " + version + " on port " + server.address().port() + account,
                        "Set " + URL_VARIABLE + " to use an existing server.");
            } catch (RuntimeException e) {
                server.stop();
                throw e;
            }
        }
        ServerAddress address = ServerAddress.parse(url);
        return connect(address, version ->
                address.redacted() + " (PostgreSQL " + version + ", from " + URL_VARIABLE + ")",
                "Check that the server runs and that " + URL_VARIABLE
                        + " has the right user and password, or unset it to use an embedded PostgreSQL.");
    }

    private static TestPostgres connect(
            ServerAddress address, UnaryOperator<String> describe, String advice) {
        try (Connection connection = dataSource(address).getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT current_setting('server_version'),"
                        + " current_setting('server_version_num')::int")) {
            row.next();
            String version = row.getString(1).split(" ")[0];
            return new TestPostgres(address, describe.apply(version), row.getInt(2));
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not connect to " + address.redacted() + ": " + e.getMessage() + ". " + advice, e);
        }
    }
}
