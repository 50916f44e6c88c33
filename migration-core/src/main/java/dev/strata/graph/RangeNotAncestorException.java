package dev.strata.graph;

import dev.strata.StrataException;

/** The two ends of a range are not on one line of the graph (or the downgrade target is not below the heads). */
public final class RangeNotAncestorException extends StrataException {

    private final String lower;
    private final String upper;

    public RangeNotAncestorException(String lower, String upper) {
        super("Revision " + lower + " is not an ancestor of revision " + upper);
        this.lower = lower;
        this.upper = upper;
    }

    public String lower() {
        return lower;
    }

    public String upper() {
        return upper;
    }
}
