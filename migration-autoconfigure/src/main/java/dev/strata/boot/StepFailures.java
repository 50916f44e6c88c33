package dev.strata.boot;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** Remembers the last failed step of an engine until a later step succeeds: for the health contributor. */
public final class StepFailures {

    private final AtomicReference<Failure> last = new AtomicReference<>();

    /**
     * A failed step.
     *
     * @param description Alembic's log text of the step, for example {@code upgrade a1 -> b2}
     */
    public record Failure(String revision, String description, String error, Instant at) {
    }

    public void failed(Failure failure) {
        last.set(failure);
    }

    public void succeeded() {
        last.set(null);
    }

    public Optional<Failure> last() {
        return Optional.ofNullable(last.get());
    }
}
