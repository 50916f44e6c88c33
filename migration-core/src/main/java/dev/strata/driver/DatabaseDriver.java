package dev.strata.driver;

/** Opens sessions on one database: the engine's only way to reach it, so JDBC and R2DBC can both serve. */
public interface DatabaseDriver {

    /** A new session; the caller closes it. */
    DatabaseSession open();

    /** Where this driver connects, for messages; never contains a password. */
    String describe();
}
