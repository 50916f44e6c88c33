package dev.strata.demo.support;

import dev.strata.test.internal.EmbeddedServer;
import dev.strata.test.internal.ServerAddress;
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

    private static final Object LOCK = new Object();
    private static EmbeddedServer embedded;

    /**
      * Returns the named database on the embedded PostgreSQL of this JVM, starting the server on first use.
      * The server lives until the JVM exits.
      *
      * @param name the database name, for example {@code cds_client}
      * @param creator creates it over the service's driver
      * @return the database, created if needed
      * @throws IllegalStateException if the server cannot be started or refuses to create the database
      */
    public static ServiceDatabase embedded(String name, DatabaseCreator creator) {
        checkName(name);
        ServerAddress admin = embeddedServer().address();
        creator.createIfMissing(admin, name);
        return new ServiceDatabase(admin.withDatabase(name), "embedded PostgreSQL on port " + admin.port());
    }

    /**
      * Returns the named database on the server of a {@code DATABASE_URL}, whatever database that URL names.
      *
      * @param url {@code postgresql://user:password@host:port/any}, {@code postgres://...} or
      *     {@code jdbc:postgresql://...}
      * @param name the database name, for example {@code cds_client}
      * @param creator creates it over the service's driver
      * @return the database, created if needed
      * @throws IllegalArgumentException if the URL cannot be parsed; the message never holds the password
      * @throws IllegalStateException if the server cannot be reached or refuses to create the database
      */
    public static ServiceDatabase onServer(String url, String name, DatabaseCreator creator) {
        checkName(name);
        ServerAddress given;
        try {
            given = ServerAddress.parse(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().replace("STRATA_TEST_DATABASE_URL", "DATABASE_URL"), e);
        }
        creator.createIfMissing(given, name);
        return new ServiceDatabase(given.withDatabase(name), given.withDatabase(name).redacted());
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

    private static EmbeddedServer embeddedServer() {
        synchronized (LOCK) {
            if (embedded == null) {
                embedded = EmbeddedServer.start();
            }
            return embedded;
        }
    }

    static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("demo.database.name must be a lower-case PostgreSQL name such as"
                    + " cds_client (letters, digits and _, at most 63), but is '" + name + "'");
        }
    }
}
