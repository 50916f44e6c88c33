package dev.strata.test.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Pattern;

/**
  * Creates a database by name when it does not exist, for the tools that give a service its own database on a
  * shared server (the demo services, {@code strata --create-database}). Several processes may race: losing to
  * one that created it first is not an error.
  */
public final class DatabaseCreation {

    /** Is there a database of this name? One parameter, the name. */
    public static final String EXISTS = "SELECT 1 FROM pg_database WHERE datname = ?";

    /** SQLSTATE of {@code CREATE DATABASE} when another process created the database first. */
    public static final String DUPLICATE_DATABASE = "42P04";

    /** SQLSTATE of a connection to a database that does not exist. */
    public static final String INVALID_CATALOG = "3D000";

    /** Where to connect to create a database when the address names one that does not exist yet. */
    public static final String MAINTENANCE_DATABASE = "postgres";

    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_$]{0,62}");

    private DatabaseCreation() {
    }

    /**
      * The statement that creates a database, from {@code template0} because nobody connects to it
      * ({@code CREATE DATABASE} fails while its template is in use).
      *
      * @param name the database
      * @return the statement, the name quoted when it is not a plain lower-case name
      */
    public static String createStatement(String name) {
        String quoted = PLAIN_NAME.matcher(name).matches() ? name : "\"" + name.replace("\"", "\"\"") + "\"";
        return "CREATE DATABASE " + quoted + " TEMPLATE template0";
    }

    /**
      * Creates the database over JDBC unless it exists.
      *
      * @param admin an account on the server that may create databases; when its database is the one to create
      *     (or another missing one), the server's {@code postgres} database is used instead
      * @param name the database to create
      * @return true if this call created it
      * @throws SQLException if the server cannot be reached or refuses
      */
    public static boolean createIfMissing(ServerAddress admin, String name) throws SQLException {
        try (Connection connection = connect(admin);
                PreparedStatement exists = connection.prepareStatement(EXISTS)) {
            exists.setString(1, name);
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return false;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute(createStatement(name));
            }
            return true;
        } catch (SQLException e) {
            if (DUPLICATE_DATABASE.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    private static Connection connect(ServerAddress admin) throws SQLException {
        try {
            return DriverManager.getConnection(admin.jdbcUrl(), credentials(admin));
        } catch (SQLException e) {
            if (!INVALID_CATALOG.equals(e.getSQLState()) || admin.database().equals(MAINTENANCE_DATABASE)) {
                throw e;
            }
            ServerAddress maintenance = admin.withDatabase(MAINTENANCE_DATABASE);
            return DriverManager.getConnection(maintenance.jdbcUrl(), credentials(maintenance));
        }
    }

    private static Properties credentials(ServerAddress address) {
        Properties properties = new Properties();
        properties.setProperty("user", address.user());
        properties.setProperty("password", address.password());
        return properties;
    }
}
