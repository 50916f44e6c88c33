package dev.strata.demo.support;

import dev.strata.test.TestDatabase;
import dev.strata.test.TestPostgres;
import dev.strata.test.internal.ServerAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Pattern;

/**
  * The database a demo service runs on: its own database, by name, on either the embedded PostgreSQL or
  * the server that {@code DATABASE_URL} names, created when it does not exist yet.
  *
  * @param address where the database is and who to log in as
  * @param server describes the server for people, without a password
  */
public record ServiceDatabase(ServerAddress address, String server) {

    /** PostgreSQL folds unquoted names to lower case; keeping to these makes the name the same in psql. */
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /** SQLSTATE of {@code CREATE DATABASE} when another process created the database first. */
    private static final String DUPLICATE_DATABASE = "42P04";

    /** SQLSTATE of a connection to a database that does not exist. */
    private static final String INVALID_CATALOG = "3D000";

    /**
      * Returns the named database on the embedded PostgreSQL of this JVM, starting the server on first use.
      *
      * @param name the database name, for example {@code cds_client}
      * @return the database, created if needed
      * @throws IllegalStateException if the server cannot be started or refuses to create the database
      */
    public static ServiceDatabase embedded(String name) {
        checkName(name);
        TestPostgres server = TestPostgres.shared();
        // TestPostgres hands out scratch databases only; one of them is the door to create ours on its server.
        try (TestDatabase scratch = server.createDatabase()) {
            ServerAddress address = ServerAddress.parse(scratch.jdbcUrl()
                    + "?user=" + encode(scratch.user()) + "&password=" + encode(scratch.password()));
            ServiceDatabase database = new ServiceDatabase(address.withDatabase(name), server.description());
            database.createIfMissing(address);
            return database;
        }
    }

    /**
      * Returns the named database on the server of a {@code DATABASE_URL}, whatever database that URL names.
      *
      * @param url {@code postgresql://user:password@host:port/any}, {@code postgres://...} or
      *     {@code jdbc:postgresql://...}
      * @param name the database name, for example {@code cds_client}
      * @return the database, created if needed
      * @throws IllegalArgumentException if the URL cannot be parsed; the message never holds the password
      * @throws IllegalStateException if the server cannot be reached or refuses to create the database
      */
    public static ServiceDatabase onServer(String url, String name) {
        checkName(name);
        ServerAddress given = ServerAddress.parse(url);
        ServiceDatabase database = new ServiceDatabase(given.withDatabase(name), given.withDatabase(name).redacted());
        database.createIfMissing(given);
        return database;
    }

    /**
      * Returns the JDBC URL of the database, without user and password.
      *
      * @return for example {@code jdbc:postgresql://127.0.0.1:54012/cds_client}
      */
    public String jdbcUrl() {
        return address.jdbcUrl();
    }

    /**
      * Returns the R2DBC URL of the database, without user and password.
      *
      * @return for example {@code r2dbc:postgresql://127.0.0.1:54012/cds_client}
      */
    public String r2dbcUrl() {
        return address.r2dbcUrl();
    }

    /** Describes the database for a log line: name and server, never the password. */
    @Override
    public String toString() {
        return "database " + address.database() + " on " + server;
    }

    private void createIfMissing(ServerAddress admin) {
        String name = address.database();
        try (Connection connection = connect(admin);
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                // template0 because nobody connects to it: CREATE DATABASE fails while its template is in use.
                create.execute("CREATE DATABASE \"" + name + "\" TEMPLATE template0");
            }
        } catch (SQLException e) {
            if (DUPLICATE_DATABASE.equals(e.getSQLState())) {
                return; // another instance starting at the same moment created it
            }
            throw new IllegalStateException("Could not create " + this + ": " + e.getMessage()
                    + ". The user needs the CREATEDB privilege, or create the database beforehand.", e);
        }
    }

    private static Connection connect(ServerAddress admin) throws SQLException {
        try {
            return DriverManager.getConnection(admin.jdbcUrl(), credentials(admin));
        } catch (SQLException e) {
            if (!INVALID_CATALOG.equals(e.getSQLState()) || admin.database().equals("postgres")) {
                throw e;
            }
            // DATABASE_URL may name the service's own database, which does not exist yet.
            ServerAddress maintenance = admin.withDatabase("postgres");
            return DriverManager.getConnection(maintenance.jdbcUrl(), credentials(maintenance));
        }
    }

    private static Properties credentials(ServerAddress address) {
        Properties properties = new Properties();
        properties.setProperty("user", address.user());
        properties.setProperty("password", address.password());
        return properties;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("demo.database.name must be a lower-case PostgreSQL name such as"
                    + " cds_client (letters, digits and _, at most 63), but is '" + name + "'");
        }
    }
}
