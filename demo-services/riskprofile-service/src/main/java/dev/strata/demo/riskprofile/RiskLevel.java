package dev.strata.demo.riskprofile;

/** How much investment risk a client may be offered; stored by name, so reordering never rewrites data. */
public enum RiskLevel {
    /** Capital preservation: deposits, short bonds. */
    LOW,
    /** Balanced portfolios. */
    MEDIUM,
    /** Equities, leverage and complex products may be offered. */
    HIGH
}
