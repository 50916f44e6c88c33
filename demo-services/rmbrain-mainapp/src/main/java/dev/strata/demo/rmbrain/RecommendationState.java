package dev.strata.demo.rmbrain;

/** Where a recommendation stands with the relationship manager; stored by name, so reordering never rewrites data. */
public enum RecommendationState {
    /** Made by the assistant, not yet looked at. */
    PROPOSED,
    /** The manager will act on it. */
    ACCEPTED,
    /** The manager will not act on it. */
    DISMISSED,
    /** Nobody acted in time; the insight behind it is stale. */
    EXPIRED
}
