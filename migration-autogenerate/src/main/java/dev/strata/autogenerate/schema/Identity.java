package dev.strata.autogenerate.schema;

/** How a column is an identity column ({@code GENERATED ... AS IDENTITY}), or {@link #NONE}. */
public enum Identity {
    NONE,
    BY_DEFAULT,
    ALWAYS
}
