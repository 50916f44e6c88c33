package dev.strata.demo.support;

import dev.strata.test.internal.ServerAddress;

/** What creating a database takes in SQL, whichever driver sends it. */
final class Sql {

    /** Is there a database of this name? One parameter, the name. */
    static final String EXISTS = "SELECT 1 FROM pg_database WHERE datname = ?";

    /** SQLSTATE of {@code CREATE DATABASE} when another process created the database first. */
    static final String DUPLICATE_DATABASE = "42P04";

    /** SQLSTATE of a connection to a database that does not exist. */
    static final String INVALID_CATALOG = "3D000";

    /** Where to connect to create a database when the URL names one that does not exist yet. */
    static final String MAINTENANCE_DATABASE = "postgres";

    private Sql() {
    }

    /** The name is checked by {@link ServiceDatabase} (lower-case letters, digits, _), so quoting suffices. */
    static String create(String name) {
        // template0 because nobody connects to it: CREATE DATABASE fails while its template is in use.
        return "CREATE DATABASE \"" + name + "\" TEMPLATE template0";
    }

    static IllegalStateException failure(ServerAddress admin, String name, String reason, Throwable cause) {
        return new IllegalStateException("Could not create database " + name + " on " + admin.withDatabase(name)
                + ": " + reason + ". The user needs the CREATEDB privilege, or create the database beforehand.",
                cause);
    }
}
