package dev.strata.demo.interaction;

/** How an interaction with a client took place; stored by name, so reordering never rewrites data. */
public enum Channel {
    /** A telephone or video call. */
    CALL,
    /** An email exchange. */
    EMAIL,
    /** A meeting in person. */
    MEETING,
    /** A message thread in the client portal. */
    CHAT
}
