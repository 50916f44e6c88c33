package dev.strata.tooling;

import dev.strata.StrataException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Reads the database URLs people copy from their tools into {@link ConnectionSettings}:
 * <ul>
 *   <li>libpq's {@code postgresql://user:password@host:5432/database?sslmode=require} (or {@code postgres://}),
 *       the form of {@code DATABASE_URL} and of the Alembic guide;</li>
 *   <li>pgjdbc's {@code jdbc:postgresql://host:5432/database?user=...&password=...};</li>
 *   <li>R2DBC's {@code r2dbc:postgresql://...} (and {@code r2dbc:pool:postgresql://}), as in
 *       {@code spring.r2dbc.url}.</li>
 * </ul>
 * User and password may sit in the authority or in the parameters and are percent-decoded; the other
 * parameters are handed to the driver. Several hosts ({@code host1:5432,host2:5432}) are kept as they are.
 */
public final class DatabaseUrl {

    private static final String EXPECTED = "expected postgresql://user:password@host:5432/database,"
            + " postgres://... or jdbc:postgresql://host:5432/database?user=...&password=...";
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.:-]{0,40}");
    private static final String[] PREFIXES = {"jdbc:postgresql://", "postgresql://", "postgres://",
        "r2dbc:postgresql://", "r2dbcs:postgresql://", "r2dbc:pool:postgresql://", "r2dbcs:pool:postgresql://"};

    private DatabaseUrl() {
    }

    /**
     * Parses a database URL.
     *
     * @param url    the URL
     * @param source where it came from, for messages: {@code DATABASE_URL}, {@code --url},
     *               {@code spring.datasource.url in src/main/resources/application.yml}
     * @return the settings, with the user and password taken out of the URL
     * @throws StrataException naming the source and the part that is wrong; never containing the password
     */
    public static ConnectionSettings parse(String url, String source) {
        if (url == null || url.isBlank()) {
            throw invalid(source, "it is empty");
        }
        String text = url.strip();
        String rest = null;
        for (String prefix : PREFIXES) {
            if (text.regionMatches(true, 0, prefix, 0, prefix.length())) {
                rest = text.substring(prefix.length());
                break;
            }
        }
        if (rest == null) {
            int end = text.indexOf("://");
            String scheme = end > 0 ? text.substring(0, end) : "";
            throw invalid(source, SCHEME.matcher(scheme).matches()
                    ? "the scheme '" + scheme + "://' is not PostgreSQL's"
                    : "it does not start with postgresql://, postgres:// or jdbc:postgresql://");
        }
        int question = rest.indexOf('?');
        String main = question < 0 ? rest : rest.substring(0, question);
        String query = question < 0 ? "" : rest.substring(question + 1);
        // The last '@': passwords with an unencoded '@' are common, host names never contain one.
        int at = main.lastIndexOf('@');
        String userInfo = at < 0 ? null : main.substring(0, at);
        String hostAndPath = main.substring(at + 1);
        int slash = hostAndPath.indexOf('/');
        String hosts = slash < 0 ? hostAndPath : hostAndPath.substring(0, slash);
        String database = slash < 0 ? "" : decode(hostAndPath.substring(slash + 1), source, "the database name");
        String user = null;
        String password = null;
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon), source, "the user name");
            password = colon < 0 ? null : decode(userInfo.substring(colon + 1), source, "the password");
        }
        StringJoiner parameters = new StringJoiner("&", "?", "").setEmptyValue("");
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = decode(equals < 0 ? pair : pair.substring(0, equals), source, "a URL parameter name");
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            if (key.equals("user")) {
                user = user != null ? user : decode(value, source, "the user parameter");
            } else if (key.equals("password")) {
                password = password != null ? password : decode(value, source, "the password parameter");
            } else {
                parameters.add(pair);
            }
        }
        String jdbcUrl = "jdbc:postgresql://" + checkHosts(hosts, source) + "/" + encode(database) + parameters;
        return new ConnectionSettings(jdbcUrl, user == null || user.isEmpty() ? null : user, password, source);
    }

    /** Percent-encodes a URL part (spaces as {@code %20}). */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String checkHosts(String hosts, String source) {
        if (hosts.isEmpty()) {
            // libpq would use the local socket; the JDBC driver speaks TCP only.
            return "localhost";
        }
        for (String host : hosts.split(",", -1)) {
            String name = host;
            String port = null;
            if (host.startsWith("[")) {
                int close = host.indexOf(']');
                name = close < 0 ? "" : host.substring(0, close + 1);
                String rest = close < 0 ? "" : host.substring(close + 1);
                if (rest.startsWith(":")) {
                    port = rest.substring(1);
                } else if (!rest.isEmpty()) {
                    name = "";
                }
            } else if (host.indexOf(':') >= 0) {
                name = host.substring(0, host.indexOf(':'));
                port = host.substring(host.indexOf(':') + 1);
            }
            if (name.isEmpty() || name.equals("[]") || name.contains("/") || name.contains(" ")) {
                // Not quoted: with an unencoded '?' or '@' in the password, this part could hold a piece of it.
                throw invalid(source, "a host name is missing or malformed");
            }
            if (port != null && (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1
                    || Integer.parseInt(port) > 65535)) {
                throw invalid(source, "the port is not a number from 1 to 65535");
            }
        }
        return hosts;
    }

    /** Decodes %XX escapes only: unlike in HTML forms, '+' in a connection URL is a plus sign. */
    private static String decode(String raw, String source, String part) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // The decoder's message quotes the text, which may be the password.
            throw invalid(source, part + " has a malformed %-escape (write % as %25)");
        }
    }

    private static StrataException invalid(String source, String problem) {
        return new StrataException("Invalid database URL from " + source + ": " + problem + "; " + EXPECTED);
    }
}
