package dev.strata.graph;

import dev.strata.StrataException;

/** The revisions do not form a valid graph: a cycle, a duplicate id, an unknown parent or label. */
public final class RevisionGraphException extends StrataException {

    public RevisionGraphException(String message) {
        super(message);
    }
}
