package dev.strata.autogenerate.operations;

import java.util.Objects;

/** Checks shared by the operation records' constructors. */
final class Arguments {

    private Arguments() {
    }

    /**
     * Rejects an alteration whose before and after are equal: comparison never emits one, so receiving one
     * means a bug upstream, and failing here names it instead of rendering a statement that does nothing.
     */
    static void requireChange(Object from, Object to, String what) {
        if (Objects.equals(from, to)) {
            throw new IllegalArgumentException(what + " changes nothing: before and after are both " + from);
        }
    }
}
