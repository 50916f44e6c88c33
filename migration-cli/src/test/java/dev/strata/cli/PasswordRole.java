package dev.strata.cli;

import static org.assertj.core.api.Assumptions.assumeThat;

import dev.strata.test.TestDatabase;
import dev.strata.test.TestPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A login role whose password the server checks, dropped on close. A server that asks for passwords already (as
 * CI's system PostgreSQL does) is used with the test user. The embedded server trusts every local connection, so
 * there a first pg_hba.conf line makes it ask one new role, and only that role, for a password (as
 * migration-test's ConnectionErrorsTest does).
 */
final class PasswordRole implements AutoCloseable {

    static final String PASSWORD = "correct-horse-battery-staple";

    private final TestDatabase db;
    private final String name;
    private final String password;
    private final Path hba;
    private final String originalHba;

    private PasswordRole(TestDatabase db, String name, String password, Path hba, String originalHba) {
        this.db = db;
        this.name = name;
        this.password = password;
        this.hba = hba;
        this.originalHba = originalHba;
    }

    static PasswordRole on(TestDatabase db) {
        if (asksForPassword(db.jdbcUrl(), db.user())) {
            return new PasswordRole(db, db.user(), db.password(), null, null);
        }
        assumeThat(TestPostgres.shared().description()).as("only the embedded server's pg_hba.conf is changed")
                .startsWith("embedded");
        Path hba = Path.of(Database.column(db, "SHOW hba_file").get(0));
        String role = "strata_pw_" + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36);
        Database.exec(db, "CREATE ROLE " + role + " LOGIN PASSWORD '" + PASSWORD + "'");
        Database.exec(db, "GRANT ALL ON SCHEMA public TO " + role);
        try {
            String original = Files.readString(hba);
            Files.writeString(hba, "host all " + role + " all scram-sha-256\n" + original);
            Database.exec(db, "SELECT pg_reload_conf()");
            awaitPasswordCheck(db.jdbcUrl(), role);
            return new PasswordRole(db, role, PASSWORD, hba, original);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String name() {
        return name;
    }

    String password() {
        return password;
    }

    @Override
    public void close() {
        if (hba == null) {
            return;
        }
        try {
            Files.writeString(hba, originalHba);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Database.exec(db, "SELECT pg_reload_conf()");
        Database.exec(db, "DROP OWNED BY " + name);
        Database.exec(db, "DROP ROLE IF EXISTS " + name);
    }

    private static boolean asksForPassword(String url, String user) {
        try {
            DriverManager.getConnection(url, user, "Tr0ub4dor&3-wrong").close();
            return false;
        } catch (SQLException e) {
            if ("28P01".equals(e.getSQLState())) {
                return true;
            }
            throw new IllegalStateException(e);
        }
    }

    /** The postmaster reloads its configuration asynchronously; wait until the rule is in force. */
    private static void awaitPasswordCheck(String url, String role) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!asksForPassword(url, role)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the server did not start asking " + role + " for a password");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
