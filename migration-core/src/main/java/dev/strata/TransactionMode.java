package dev.strata;

/** How revisions are wrapped in transactions. */
public enum TransactionMode {
    /** Each revision commits together with its version-table update (the default). */
    PER_REVISION,
    /** The whole run is one transaction: all revisions apply, or none. Non-transactional revisions are refused. */
    ALL
}
