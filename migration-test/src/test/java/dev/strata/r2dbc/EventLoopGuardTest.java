package dev.strata.r2dbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.strata.StrataException;
import dev.strata.driver.DatabaseDriver;
import dev.strata.driver.DatabaseSession;
import dev.strata.engine.TestDriver;
import dev.strata.test.PostgresExtension;
import dev.strata.test.TestDatabase;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The R2DBC driver on a real server blocks only threads that may block, and says so where it may not. */
@ExtendWith(PostgresExtension.class)
class EventLoopGuardTest {

    private static final String NON_BLOCKING = "Strata runs migrations by blocking until the database answers, so it"
            + " must not be called on a non-blocking thread such as a Netty event loop (this is '%s'). Call it from a"
            + " thread that may block, for example Mono.fromCallable(() -> strata.upgrade(\"heads\"))"
            + ".subscribeOn(Schedulers.boundedElastic())";

    @Test
    void refusesToBlockTheEventLoopThatWouldDeliverTheAnswer(TestDatabase db) {
        ConnectionFactory connectionFactory = connectionFactory(db);
        DatabaseDriver driver = R2dbcDriver.of(connectionFactory, db.name());

        // A service calling Strata from inside a reactive chain runs on the driver's own Netty loop: blocking
        // there would wait for an answer that only this very thread can read.
        String[] thread = new String[1];
        StrataException refused = Mono.usingWhen(connectionFactory.create(), (Connection unused) -> Mono.fromCallable(
                () -> {
                    thread[0] = Thread.currentThread().getName();
                    return catchThrowableOfType(StrataException.class, driver::open);
                }), Connection::close).block();

        assertThat(thread[0]).startsWith("reactor-tcp-");
        assertThat(refused).hasMessage(NON_BLOCKING.formatted(thread[0]));
    }

    @Test
    void refusesEverySessionCallOnANonBlockingScheduler(TestDatabase db) throws Exception {
        try (DatabaseSession session = TestDriver.R2DBC.driver(db).open()) {
            CompletableFuture<String> threadName = new CompletableFuture<>();
            CompletableFuture<StrataException> refused = new CompletableFuture<>();
            Schedulers.parallel().schedule(() -> {
                threadName.complete(Thread.currentThread().getName());
                refused.complete(catchThrowableOfType(StrataException.class,
                        () -> session.query("SELECT 1 AS one", List.of())));
            });

            assertThat(refused.get(30, TimeUnit.SECONDS)).hasMessage(NON_BLOCKING.formatted(threadName.get()));
            // The session itself is unharmed, on a thread that may block.
            assertThat(session.query("SELECT 1 AS one", List.of())).containsExactly(Map.of("one", 1));
        }
    }

    @Test
    void blocksHappilyOnBoundedElastic(TestDatabase db) {
        DatabaseDriver driver = TestDriver.R2DBC.driver(db);

        Object user = Mono.fromCallable(() -> {
            try (DatabaseSession session = driver.open()) {
                return session.currentUser();
            }
        }).subscribeOn(Schedulers.boundedElastic()).block();

        assertThat(user).isEqualTo(db.user());
    }

    private static ConnectionFactory connectionFactory(TestDatabase db) {
        ConnectionFactoryOptions.Builder options = ConnectionFactoryOptions.parse(db.r2dbcUrl()).mutate()
                .option(ConnectionFactoryOptions.USER, db.user());
        if (!db.password().isEmpty()) {
            options.option(ConnectionFactoryOptions.PASSWORD, db.password());
        }
        return ConnectionFactories.get(options.build());
    }
}
