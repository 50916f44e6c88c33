package dev.strata.r2dbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.strata.StrataException;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import reactor.core.scheduler.Schedulers;

/**
 * The driver's own checks, which run before it connects (its work on a database is proven by the engine's
 * scenarios in migration-test, which run over R2DBC too).
 */
class R2dbcDriverTest {

    /** Nothing listens there; the checks below refuse before connecting. */
    private final ConnectionFactory nowhere = ConnectionFactories.get("r2dbc:postgresql://strata@localhost:1/none");

    @Test
    void needsAConnectionFactoryAndADescription() {
        assertThatThrownBy(() -> R2dbcDriver.of(null, "orders")).isInstanceOf(NullPointerException.class)
                .hasMessage("connectionFactory must not be null");
        assertThatThrownBy(() -> R2dbcDriver.of(nowhere, " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("description must name the database for messages, was ' '");
        assertThat(R2dbcDriver.of(nowhere, "ConnectionFactory 'orders'").describe())
                .isEqualTo("ConnectionFactory 'orders'");
    }

    @Test
    void refusesToOpenASessionOnANonBlockingThread() throws Exception {
        R2dbcDriver driver = R2dbcDriver.of(nowhere, "ConnectionFactory 'orders'");
        CompletableFuture<String> thread = new CompletableFuture<>();
        CompletableFuture<StrataException> refused = new CompletableFuture<>();

        Schedulers.parallel().schedule(() -> {
            thread.complete(Thread.currentThread().getName());
            refused.complete(catchThrowableOfType(StrataException.class, driver::open));
        });

        assertThat(refused.get(30, TimeUnit.SECONDS)).hasMessage("Strata runs migrations by blocking until the"
                + " database answers, so it must not be called on a non-blocking thread such as a Netty event loop"
                + " (this is '" + thread.get() + "'). Call it from a thread that may block, for example"
                + " Mono.fromCallable(() -> strata.upgrade(\"heads\")).subscribeOn(Schedulers.boundedElastic())");
    }
}
