package dev.strata.internal.operations;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.StrataException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The one shape of failure the operations have: a {@link StrataException} with a message for the user. */
final class Failures {

    private Failures() {
    }

    static void assertError(ThrowingCallable operation, String message) {
        assertThatThrownBy(operation).isInstanceOf(StrataException.class).hasMessage(message);
    }
}
