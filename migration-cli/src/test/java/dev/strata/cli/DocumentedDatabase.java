package dev.strata.cli;

import dev.strata.test.TestDatabase;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The guide's database, {@value #URL}, standing for a test database. In a command's arguments, each documented
 * part of a libpq URL becomes the test database's: user {@value #USER}, password {@value #PASSWORD}, address
 * {@value #ADDRESS}; other parts stay, so that {@code localhost:1} is still refused. In output, the test
 * database's parts become the documented ones again.
 *
 * <p>A documented URL with another password ({@code app:wrong@...}) must really fail to authenticate. The embedded
 * server trusts local connections, so such a URL names a {@link PasswordRole} instead of the test user, created on
 * first use and dropped by {@link #close()}.
 */
final class DocumentedDatabase implements AutoCloseable {

    static final String URL = "postgresql://app:secret@localhost:5432/clients";
    static final String USER = "app";
    static final String PASSWORD = "secret";
    static final String ADDRESS = "localhost:5432/clients";

    private static final Pattern LIBPQ_URL = Pattern.compile(
            "(postgres(?:ql)?://)([^:@/\\s]+)(?::([^@/\\s]*))?@([^/\\s]+/[^/?\\s]+)");

    private final TestDatabase db;
    /** host:port/name, and the query when the test server needs one (sslmode). */
    private final String address;
    private PasswordRole role;

    DocumentedDatabase(TestDatabase db) {
        this.db = db;
        this.address = db.jdbcUrl().substring("jdbc:postgresql://".length());
    }

    /** An argument with the documented database's parts replaced by the test database's. */
    String toReal(String argument) {
        Matcher url = LIBPQ_URL.matcher(argument);
        StringBuilder out = new StringBuilder();
        while (url.find()) {
            String password = url.group(3);
            String user = url.group(2);
            if (user.equals(USER)) {
                user = password == null || password.equals(PASSWORD) ? db.user() : passwordRole().name();
            }
            if (PASSWORD.equals(password)) {
                password = db.password();
            }
            String credentials = user + (password == null || password.isEmpty() ? "" : ":" + password);
            String where = url.group(4).equals(ADDRESS) ? address : url.group(4);
            url.appendReplacement(out, Matcher.quoteReplacement(url.group(1) + credentials + "@" + where));
        }
        return url.appendTail(out).toString();
    }

    /** Output with the test database's user, role and address replaced by the documented ones. */
    String toDocumented(String output) {
        String out = output.replace(address, ADDRESS).replace(withoutQuery(address), ADDRESS);
        for (String user : role == null ? new String[] {db.user()} : new String[] {role.name(), db.user()}) {
            out = out.replace("://" + user + "@", "://" + USER + "@")
                    .replace("user \"" + user + "\"", "user \"" + USER + "\"");
        }
        return out;
    }

    private PasswordRole passwordRole() {
        if (role == null) {
            role = PasswordRole.on(db);
        }
        return role;
    }

    private static String withoutQuery(String address) {
        int query = address.indexOf('?');
        return query < 0 ? address : address.substring(0, query);
    }

    @Override
    public void close() {
        if (role != null) {
            role.close();
        }
    }
}
