package dev.strata.demo.support;

import dev.strata.test.internal.DatabaseCreation;
import dev.strata.test.internal.ServerAddress;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.R2dbcException;
import java.time.Duration;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
  * Creates the database over r2dbc-postgresql, for reactive services. It blocks: it runs once, before the
  * application context exists, on the thread that starts the application.
  */
final class R2dbcDatabaseCreator implements DatabaseCreator {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Override
    public void createIfMissing(ServerAddress admin, String name) {
        try {
            createOn(admin, name);
        } catch (R2dbcException e) {
            if (DatabaseCreation.INVALID_CATALOG.equals(e.getSqlState()) && !admin.database().equals(DatabaseCreation.MAINTENANCE_DATABASE)) {
                createOn(admin.withDatabase(DatabaseCreation.MAINTENANCE_DATABASE), name);
            } else if (!DatabaseCreation.DUPLICATE_DATABASE.equals(e.getSqlState())) {
                throw DatabaseCreator.failure(admin, name, e.getMessage(), e);
            }
        } catch (RuntimeException e) {
            throw DatabaseCreator.failure(admin, name, String.valueOf(e.getMessage()), e);
        }
    }

    private static void createOn(ServerAddress admin, String name) {
        ConnectionFactoryOptions options = ConnectionFactoryOptions.parse(admin.r2dbcUrl()).mutate()
                .option(ConnectionFactoryOptions.USER, admin.user())
                .option(ConnectionFactoryOptions.PASSWORD, admin.password())
                .build();
        Mono.usingWhen(ConnectionFactories.get(options).create(),
                connection -> exists(connection, name).flatMap(found -> found ? Mono.empty() : create(connection, name)),
                Connection::close)
                .block(TIMEOUT);
    }

    private static Mono<Boolean> exists(Connection connection, String name) {
        return Flux.from(connection.createStatement(DatabaseCreation.EXISTS.replace("?", "$1")).bind("$1", name).execute())
                .flatMap(result -> result.map((row, metadata) -> 1))
                .hasElements();
    }

    private static Mono<Void> create(Connection connection, String name) {
        return Flux.from(connection.createStatement(DatabaseCreation.createStatement(name)).execute())
                .flatMap(result -> result.getRowsUpdated())
                .then();
    }
}
