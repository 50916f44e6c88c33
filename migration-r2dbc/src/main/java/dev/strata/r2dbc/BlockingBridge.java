package dev.strata.r2dbc;

import dev.strata.StrataException;
import java.util.List;
import java.util.function.Supplier;
import org.reactivestreams.Publisher;
import reactor.core.Exceptions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Where the blocking engine meets the reactive driver: each call subscribes and waits for the answer on the
 * calling thread, after checking that this thread may wait at all.
 */
final class BlockingBridge {

    private BlockingBridge() {
    }

    /**
     * Refuses to go on when the current thread must never block (a Netty event loop, Reactor's parallel scheduler:
     * every thread Reactor marks {@link reactor.core.scheduler.NonBlocking}). Waiting there would stall every
     * request served by that loop, or deadlock when the answer is to arrive on the very same loop.
     */
    static void refuseNonBlockingThread() {
        if (Schedulers.isInNonBlockingThread()) {
            throw new StrataException("Strata runs migrations by blocking until the database answers, so it must not"
                    + " be called on a non-blocking thread such as a Netty event loop (this is '"
                    + Thread.currentThread().getName() + "'). Call it from a thread that may block, for example"
                    + " Mono.fromCallable(() -> strata.upgrade(\"heads\")).subscribeOn(Schedulers.boundedElastic())");
        }
    }

    /** The single value {@code publisher} emits, or null when it completes empty. */
    static <T> T await(Publisher<T> publisher) {
        refuseNonBlockingThread();
        return unwrapped(() -> Mono.from(publisher).block());
    }

    /** Every value {@code publisher} emits, in order. */
    static <T> List<T> awaitAll(Publisher<T> publisher) {
        refuseNonBlockingThread();
        return unwrapped(() -> Flux.from(publisher).collectList().block());
    }

    /** Waits for {@code publisher} to complete, ignoring what it emits. */
    static void complete(Publisher<?> publisher) {
        refuseNonBlockingThread();
        unwrapped(() -> Flux.from(publisher).then().block());
    }

    /** Reactor wraps checked exceptions to rethrow them from {@code block()}; callers want the original. */
    private static <T> T unwrapped(Supplier<T> blockingCall) {
        try {
            return blockingCall.get();
        } catch (RuntimeException e) {
            Throwable original = Exceptions.unwrap(e);
            if (original instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }
}
