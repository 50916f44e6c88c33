package dev.strata.demo.cas;

/** How a login attempt ended; stored by name, so reordering the constants never rewrites data. */
public enum AuthOutcome {
    /** The credentials were accepted and a ticket-granting ticket issued. */
    SUCCESS,
    /** The credentials were rejected. */
    FAILURE,
    /** Refused without checking the credentials: the account is locked after too many failures. */
    LOCKED
}
