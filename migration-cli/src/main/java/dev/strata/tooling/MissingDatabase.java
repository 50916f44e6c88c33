package dev.strata.tooling;

import dev.strata.StrataException;
import dev.strata.test.internal.DatabaseCreation;
import dev.strata.test.internal.ServerAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

/**
 * Creates the database a connection names when the server does not have it yet: for a shared server where each
 * service has a database of its own ({@code scripts/run-migrations.sh}, {@code strata --create-database}).
 */
public final class MissingDatabase {

    private MissingDatabase() {
    }

    /**
     * Creates the database unless it exists, as the connection's user (who needs {@code CREATEDB}), connecting to
     * the server's {@code postgres} database to do it.
     *
     * @param connection the database to have
     * @return true if it was created now, false if it was there
     * @throws StrataException naming the database and server (never the password) and what to do
     */
    public static boolean create(ConnectionSettings connection) {
        String user = connection.user() != null ? connection.user() : System.getProperty("user.name");
        String url = connection.jdbcUrl();
        // The settings keep user and password apart from the URL; the address wants them in it.
        ServerAddress parsed = ServerAddress.parse(url + (url.contains("?") ? "&" : "?") + "user="
                + URLEncoder.encode(user, StandardCharsets.UTF_8));
        ServerAddress admin = new ServerAddress(parsed.host(), parsed.port(), parsed.database(), user,
                connection.password() == null ? "" : connection.password(), parsed.parameters());
        try {
            return DatabaseCreation.createIfMissing(admin, admin.database());
        } catch (SQLException e) {
            throw new StrataException("Could not create database " + admin.database() + " on " + admin + " (from "
                    + connection.source() + "): " + OneLine.of(e.getMessage()) + ". The user needs the CREATEDB"
                    + " privilege, or create the database beforehand.", e);
        }
    }
}
