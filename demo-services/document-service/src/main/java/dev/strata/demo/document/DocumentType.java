package dev.strata.demo.document;

/** What kind of paper a document is; stored by name, so reordering the constants never rewrites data. */
public enum DocumentType {
    /** A signed agreement with the client. */
    CONTRACT,
    /** A bill sent to the client. */
    INVOICE,
    /** A copy of an identity document, kept for know-your-customer checks. */
    IDENTITY,
    /** Letters and mails exchanged with the client. */
    CORRESPONDENCE
}
