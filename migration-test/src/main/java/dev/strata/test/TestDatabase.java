package dev.strata.test;

import dev.strata.test.internal.ServerAddress;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
  * One database of the {@link TestPostgres} server, created empty for one test and dropped by
  * {@link #close()}.
  */
public final class TestDatabase implements AutoCloseable {

    private final TestPostgres server;
    private final ServerAddress address;
    private final PGSimpleDataSource dataSource;
    private final AtomicBoolean closed = new AtomicBoolean();

    TestDatabase(TestPostgres server, ServerAddress address) {
        this.server = server;
        this.address = address;
        this.dataSource = TestPostgres.dataSource(address);
    }

    /**
      * Returns the database's name, unique on the server.
      *
      * @return for example {@code strata_test_1x9q0c7m2k}
      */
    public String name() {
        return address.database();
    }

    /**
      * Returns the JDBC URL of the database, without user and password.
      *
      * @return for example {@code jdbc:postgresql://127.0.0.1:54012/strata_test_1x9q0c7m2k}
      */
    public String jdbcUrl() {
        return address.jdbcUrl();
    }

    /**
      * Returns the R2DBC URL of the database, without user and password, for tests of reactive services
      * ({@code spring.r2dbc.url}).
      *
      * @return for example {@code r2dbc:postgresql://127.0.0.1:54012/strata_test_1x9q0c7m2k}
      */
    public String r2dbcUrl() {
        return address.r2dbcUrl();
    }

    /**
      * Returns the user to connect as; it owns the database.
      *
      * @return the user name
      */
    public String user() {
        return address.user();
    }

    /**
      * Returns the user's password.
      *
      * @return the password, empty for the embedded server, which does not ask for one
      */
    public String password() {
        return address.password();
    }

    /**
      * Returns a data source for this database that opens a new connection on each call; pool it
      * yourself if a test needs pooling.
      *
      * @return the data source
      */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
      * Opens a new connection to this database; the caller closes it.
      *
      * @return the connection
      * @throws IllegalStateException if the connection cannot be opened
      */
    public Connection connect() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not connect to test database " + name() + ": " + e.getMessage(), e);
        }
    }

    /**
      * Ends the database's connections and drops it. Later calls do nothing.
      *
      * @throws IllegalStateException if the server refuses
      */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.drop(name());
        }
    }

    /** Describes the database without its password. */
    @Override
    public String toString() {
        return name() + " on " + server.description();
    }
}
