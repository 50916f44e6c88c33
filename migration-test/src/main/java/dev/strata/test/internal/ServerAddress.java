package dev.strata.test.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
  * Where a PostgreSQL database is and who to log in as: the parsed form of
  * {@code STRATA_TEST_DATABASE_URL} or of the embedded server's address.
  *
  * @param host the host name or address, IPv6 addresses in brackets
  * @param port the TCP port
  * @param database the database to connect to
  * @param user the role to log in as
  * @param password the role's password, empty when the server does not ask for one
  * @param parameters further JDBC connection parameters such as {@code sslmode}, in URL order
  */
public record ServerAddress(
        String host, int port, String database, String user, String password, Map<String, String> parameters) {

    private static final int DEFAULT_PORT = 5432;
    private static final String DEFAULT_DATABASE = "postgres";
    private static final String EXPECTED_FORMS = "postgresql://user:password@host:5432/database, "
            + "postgres://user:password@host:5432/database or "
            + "jdbc:postgresql://host:5432/database?user=...&password=...";

    /** Validates the fields and copies the parameters. */
    public ServerAddress {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /**
      * Parses a connection URL in any of the forms people copy from their tools: libpq's
      * {@code postgresql://user:password@host:port/database} (or {@code postgres://}) and pgjdbc's
      * {@code jdbc:postgresql://host:port/database?user=...&password=...}. User and password may be in
      * either place and are percent-decoded; other query parameters are passed on to the driver.
      *
      * @param url the URL, typically the value of {@code STRATA_TEST_DATABASE_URL}
      * @return the address
      * @throws IllegalArgumentException naming the problem; the message never contains the password
      */
    public static ServerAddress parse(String url) {
        if (url == null || url.isBlank()) {
            throw invalid("is empty");
        }
        String trimmed = url.strip();
        String withoutJdbc = trimmed.startsWith("jdbc:") ? trimmed.substring("jdbc:".length()) : trimmed;
        int colon = withoutJdbc.indexOf(':');
        String scheme = colon < 0 ? "" : withoutJdbc.substring(0, colon);
        if (!scheme.equals("postgresql") && !scheme.equals("postgres")) {
            throw invalid("does not start with postgresql://, postgres:// or jdbc:postgresql://");
        }
        URI uri;
        try {
            uri = new URI(withoutJdbc);
        } catch (URISyntaxException e) {
            // The exception's own message quotes the whole URL, password included.
            throw invalid("is not a valid URL (" + e.getReason() + " at index " + e.getIndex() + ")");
        }
        if (uri.getRawAuthority() == null || uri.getHost() == null) {
            throw invalid("has no host or names several hosts");
        }
        Map<String, String> parameters = queryParameters(uri.getRawQuery());
        String user = parameters.remove("user");
        String password = parameters.remove("password");
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int separator = userInfo.indexOf(':');
            user = percentDecode(separator < 0 ? userInfo : userInfo.substring(0, separator));
            if (separator >= 0) {
                password = percentDecode(userInfo.substring(separator + 1));
            }
        }
        if (user == null || user.isEmpty()) {
            throw invalid("names no user");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String database = path.length() > 1 ? percentDecode(path.substring(1)) : DEFAULT_DATABASE;
        int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
        return new ServerAddress(
                uri.getHost(), port, database, user, password == null ? "" : password, parameters);
    }

    /**
      * Returns this address pointing at another database on the same server.
      *
      * @param otherDatabase the database name
      * @return the new address
      */
    public ServerAddress withDatabase(String otherDatabase) {
        return new ServerAddress(host, port, otherDatabase, user, password, parameters);
    }

    /**
      * Returns the pgjdbc URL of this address, without user and password.
      *
      * @return for example {@code jdbc:postgresql://127.0.0.1:5432/app?sslmode=require}
      */
    public String jdbcUrl() {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        parameters.forEach((key, value) -> query.add(encode(key) + "=" + encode(value)));
        return "jdbc:postgresql://" + host + ":" + port + "/" + encode(database) + query;
    }

    /**
      * Returns the R2DBC URL of this address, without user and password. pgjdbc's {@code sslmode} becomes
      * r2dbc-postgresql's {@code sslMode}; other parameters are pgjdbc's own and are left out.
      *
      * @return for example {@code r2dbc:postgresql://127.0.0.1:5432/app?sslMode=require}
      */
    public String r2dbcUrl() {
        String sslMode = parameters.get("sslmode");
        return "r2dbc:postgresql://" + host + ":" + port + "/" + encode(database)
                + (sslMode == null ? "" : "?sslMode=" + encode(sslMode));
    }

    /**
      * Describes the address for people, never with the password.
      *
      * @return for example {@code postgresql://strata@127.0.0.1:5432/postgres}
      */
    public String redacted() {
        return "postgresql://" + encode(user) + "@" + host + ":" + port + "/" + encode(database);
    }

    /** Returns {@link #redacted()}, so that logging an address cannot leak its password. */
    @Override
    public String toString() {
        return redacted();
    }

    private static Map<String, String> queryParameters(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = percentDecode(equals < 0 ? pair : pair.substring(0, equals));
            parameters.put(key, equals < 0 ? "" : percentDecode(pair.substring(equals + 1)));
        }
        return parameters;
    }

    /** Decodes %XX escapes only: unlike in HTML forms, '+' in a connection URL is a plus sign. */
    private static String percentDecode(String raw) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid("has a malformed %-escape");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static IllegalArgumentException invalid(String problem) {
        return new IllegalArgumentException("STRATA_TEST_DATABASE_URL " + problem + "; expected "
                + EXPECTED_FORMS + ", or unset it to use an embedded PostgreSQL");
    }
}
