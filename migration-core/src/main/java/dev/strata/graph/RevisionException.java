package dev.strata.graph;

import dev.strata.StrataException;

/** A target or range that cannot be reached from where the database is: walked too far, ambiguous walk, not an ancestor. */
public final class RevisionException extends StrataException {

    public RevisionException(String message) {
        super(message);
    }
}
