package dev.strata.r2dbc;

import dev.strata.driver.DatabaseDriver;
import dev.strata.driver.DatabaseException;
import dev.strata.driver.DatabaseSession;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import java.util.Objects;

/**
 * The engine's driver over R2DBC, for services without a JDBC driver: each session is one connection from a
 * {@link ConnectionFactory}, held from the migration lock to its release.
 *
 * <pre>{@code
 * Strata strata = Strata.configure()
 *         .driver(R2dbcDriver.of(connectionFactory, "orders database"))
 *         .load();
 * }</pre>
 *
 * The engine is blocking, so this driver waits for every answer of the database. It must therefore never be
 * called on a non-blocking thread such as a Netty event loop; it refuses with a {@link dev.strata.StrataException}
 * that says so. From reactive code, run Strata on a thread that may block:
 * {@code Mono.fromCallable(() -> strata.upgrade("heads")).subscribeOn(Schedulers.boundedElastic())}.
 */
public final class R2dbcDriver implements DatabaseDriver {

    private final ConnectionFactory connectionFactory;
    private final String description;

    private R2dbcDriver(ConnectionFactory connectionFactory, String description) {
        this.connectionFactory = connectionFactory;
        this.description = description;
    }

    /**
     * A driver on {@code connectionFactory}, pooled or not.
     *
     * @param description where it connects, for messages (for example {@code ConnectionFactory 'orders'});
     *                    never put a password in it
     */
    public static R2dbcDriver of(ConnectionFactory connectionFactory, String description) {
        Objects.requireNonNull(connectionFactory, "connectionFactory must not be null");
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("description must name the database for messages, was '"
                    + description + "'");
        }
        return new R2dbcDriver(connectionFactory, description);
    }

    @Override
    public DatabaseSession open() {
        BlockingBridge.refuseNonBlockingThread();
        Connection connection;
        try {
            connection = BlockingBridge.await(connectionFactory.create());
        } catch (RuntimeException e) {
            DatabaseException cause = R2dbcErrors.connectFailure(e);
            throw DatabaseException.connectionFailed(description, cause.getMessage(), cause.sqlState(), e);
        }
        if (connection == null) {
            throw DatabaseException.connectionFailed(description, "the connection factory gave no connection",
                    null, null);
        }
        return new R2dbcSession(connection);
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public String toString() {
        return "R2dbcDriver[" + description + "]";
    }
}
