package dev.strata.demo.relationship;

/**
  * How the from-party stands to the to-party ("from is SPOUSE of to", "from is DIRECTOR of to"); stored by name,
  * so reordering the constants never rewrites data.
  */
public enum RelationshipType {
    /** Married to or in a civil partnership with the other party. */
    SPOUSE,
    /** Parent of the other party. */
    PARENT,
    /** Legal guardian of the other party. */
    GUARDIAN,
    /** Holds a power of attorney over the other party's accounts. */
    ATTORNEY,
    /** Director or officer of the other party, an organisation. */
    DIRECTOR,
    /** Owns 25 % or more of the other party, an organisation. */
    BENEFICIAL_OWNER,
    /** Employs the other party. */
    EMPLOYER
}
