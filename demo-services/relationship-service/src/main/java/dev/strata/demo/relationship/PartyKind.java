package dev.strata.demo.relationship;

/** What a party is; stored by name, so reordering the constants never rewrites data. */
public enum PartyKind {
    /** A natural person. */
    PERSON,
    /** A company, trust, foundation or other legal entity. */
    ORGANISATION
}
