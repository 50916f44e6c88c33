package dev.strata.demo.support;

import dev.strata.test.internal.ServerAddress;
import org.springframework.util.ClassUtils;

/**
  * Creates a database on a server, over whichever PostgreSQL driver the service has: pgjdbc for a JDBC
  * service, r2dbc-postgresql for a reactive one (which must not get a JDBC driver just for the demo).
  */
interface DatabaseCreator {

    /**
      * Creates the database unless it exists. Several instances may start at once: losing the race to
      * another one that created it is not an error.
      *
      * @param admin an account on the server that may create databases; its database may be the one to
      *     create, in which case the server's {@code postgres} database is used to create it
      * @param name the database to create
      * @throws IllegalStateException if the server cannot be reached or refuses, with the reason
      */
    void createIfMissing(ServerAddress admin, String name);

    /**
      * Returns a creator for the driver on the class path, pgjdbc first.
      *
      * @param classLoader the service's class loader
      * @return the creator
      * @throws IllegalStateException if neither driver is there
      */
    static DatabaseCreator forClassPath(ClassLoader classLoader) {
        if (Drivers.jdbc(classLoader)) {
            return new JdbcDatabaseCreator();
        }
        if (Drivers.r2dbc(classLoader)) {
            return new R2dbcDatabaseCreator();
        }
        throw new IllegalStateException("A demo service needs a PostgreSQL driver: org.postgresql:postgresql"
                + " (JDBC) or org.postgresql:r2dbc-postgresql (R2DBC); add one to its pom.");
    }

    /**
      * The error for a database that could not be created, naming it and its server, never the password.
      *
      * @param admin the account that tried
      * @param name the database
      * @param reason the driver's message
      * @param cause the driver's exception
      * @return the exception to throw
      */
    static IllegalStateException failure(ServerAddress admin, String name, String reason, Throwable cause) {
        return new IllegalStateException("Could not create database " + name + " on " + admin.withDatabase(name)
                + ": " + reason + ". The user needs the CREATEDB privilege, or create the database beforehand.",
                cause);
    }

    /** Which PostgreSQL drivers a service has. */
    final class Drivers {

        private Drivers() {
        }

        static boolean jdbc(ClassLoader classLoader) {
            return ClassUtils.isPresent("org.postgresql.Driver", classLoader);
        }

        static boolean r2dbc(ClassLoader classLoader) {
            return ClassUtils.isPresent("io.r2dbc.postgresql.PostgresqlConnectionFactoryProvider", classLoader);
        }
    }
}
