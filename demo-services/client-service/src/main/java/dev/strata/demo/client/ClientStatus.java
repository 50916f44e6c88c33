package dev.strata.demo.client;

/** Where a client stands with us; stored by name, so reordering the constants never rewrites data. */
public enum ClientStatus {
    /** May place orders. */
    ACTIVE,
    /** Kept, but may not place orders until reinstated. */
    SUSPENDED,
    /** The relationship ended; kept for the books. */
    CLOSED
}
