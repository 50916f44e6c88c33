package dev.strata.tooling;

import java.util.Objects;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Where to connect, and where the setting came from (for messages). Never prints the password:
 * {@link #toString()} is {@link #redacted()}.
 *
 * @param jdbcUrl  a pgjdbc URL without user and password, for example
 *                 {@code jdbc:postgresql://localhost:5432/cds_client?sslmode=require}
 * @param user     the role to log in as, or null for the driver's default
 * @param password the password, or null when none is given
 * @param source   where the URL came from, for example {@code DATABASE_URL}, {@code --url} or
 *                 {@code spring.datasource.url in src/main/resources/application.yml}
 */
public record ConnectionSettings(String jdbcUrl, String user, String password, String source) {

    private static final String JDBC_PREFIX = "jdbc:postgresql://";

    /** Checks that the URL is a PostgreSQL JDBC URL. */
    public ConnectionSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl must not be null");
        Objects.requireNonNull(source, "source must not be null");
        if (!jdbcUrl.startsWith(JDBC_PREFIX)) {
            throw new IllegalArgumentException("jdbcUrl must start with " + JDBC_PREFIX + ", was '"
                    + redact(jdbcUrl, null) + "'");
        }
    }

    /**
     * Describes the connection for people.
     *
     * @return for example {@code postgresql://app@localhost:5432/cds_client (from DATABASE_URL)}; never the
     *     password, and no URL parameters (they may hold secrets such as {@code sslpassword})
     */
    public String redacted() {
        return redact(jdbcUrl, user) + " (from " + source + ")";
    }

    /** The same database reached as another user; null arguments keep the current values. */
    public ConnectionSettings withCredentials(String otherUser, String otherPassword) {
        return new ConnectionSettings(jdbcUrl, otherUser != null ? otherUser : user,
                otherPassword != null ? otherPassword : password, source);
    }

    /**
     * A data source that opens a new connection for each request (a command needs one or two).
     *
     * @return an {@link PGSimpleDataSource} for this URL, user and password
     */
    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(jdbcUrl);
        if (user != null) {
            dataSource.setUser(user);
        }
        if (password != null) {
            dataSource.setPassword(password);
        }
        if (!jdbcUrl.contains("ApplicationName=")) {
            // Shows who holds the migration lock in pg_stat_activity.
            dataSource.setApplicationName("strata");
        }
        return dataSource;
    }

    /** {@link #redacted()}: a connection that ends up in a log or message must not leak its password. */
    @Override
    public String toString() {
        return redacted();
    }

    private static String redact(String url, String user) {
        String withoutParameters = url.indexOf('?') < 0 ? url : url.substring(0, url.indexOf('?'));
        String address = withoutParameters.startsWith("jdbc:") ? withoutParameters.substring("jdbc:".length())
                : withoutParameters;
        if (user == null || !address.startsWith("postgresql://")) {
            return address;
        }
        return "postgresql://" + DatabaseUrl.encode(user) + "@" + address.substring("postgresql://".length());
    }
}
