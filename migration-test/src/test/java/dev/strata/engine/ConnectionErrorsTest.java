package dev.strata.engine;

import static dev.strata.engine.RevisionFolder.column;
import static dev.strata.engine.RevisionFolder.exec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.strata.Strata;
import dev.strata.StrataException;
import dev.strata.test.PostgresExtension;
import dev.strata.test.TestDatabase;
import dev.strata.test.TestPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database Strata cannot reach: the error is one line that names the target, says what to check, and
 * never shows the password.
 */
@ExtendWith(PostgresExtension.class)
class ConnectionErrorsTest {

    private static final String WRONG_PASSWORD = "Tr0ub4dor&3-wrong";
    private static final String RIGHT_PASSWORD = "correct-horse-battery-staple";
    private static final String ADVICE = "; check the URL, user and password and that the server is running";

    @TempDir
    Path dir;

    /** Undo steps for what a test changed on the shared server, newest first. */
    private final List<Runnable> cleanup = new ArrayList<>();

    @AfterEach
    void restoreServer() {
        for (int i = cleanup.size() - 1; i >= 0; i--) {
            cleanup.get(i).run();
        }
    }

    @Test
    void wrongPasswordIsReportedWithoutThePassword(TestDatabase db) {
        String role = passwordRole(db);
        String target = "postgresql://" + role + "@" + URI.create(db.jdbcUrl().substring("jdbc:".length()))
                .getAuthority() + "/" + db.name();
        Strata strata = new RevisionFolder(dir).table("a1", "").configure(db)
                .driver(TestDriver.current().driver(db.jdbcUrl(), role, WRONG_PASSWORD, target)).load();

        for (Supplier<?> command : List.<Supplier<?>>of(() -> strata.upgrade("head"), strata::current)) {
            StrataException e = failure(command);
            assertThat(e).hasMessage("Cannot connect to " + target + ": FATAL: password authentication failed for user"
                    + " \"" + role + "\"" + ADVICE);
            assertThat(e.getMessage()).doesNotContain(WRONG_PASSWORD).doesNotContain(RIGHT_PASSWORD)
                    .doesNotContain("\n");
            if (!db.password().isEmpty()) {
                assertThat(e.getMessage()).doesNotContain(db.password());
            }
        }
        assertThat(column(db, "SELECT to_regclass('strata_version')::text")).containsOnlyNulls();
    }

    @Test
    void closedPortIsReportedWithTheAddressToCheck(TestDatabase db) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://localhost:" + port + "/" + db.name();
        String target = "postgresql://strata@localhost:" + port + "/" + db.name();
        Strata strata = new RevisionFolder(dir).table("a1", "").configure(db)
                .driver(TestDriver.current().driver(url, "strata", RIGHT_PASSWORD, target)).load();

        StrataException e = failure(() -> strata.upgrade("head"));

        // The same sentence around each driver's own words for a refused connection.
        String refused = switch (TestDriver.current()) {
            case JDBC -> "Connection to localhost:" + port + " refused. Check that the hostname and port are correct"
                    + " and that the postmaster is accepting TCP/IP connections";
            case R2DBC -> "Connection refused: localhost/127.0.0.1:" + port;
        };
        assertThat(e).hasMessage("Cannot connect to " + target + ": " + refused + ADVICE);
        assertThat(e.getMessage()).doesNotContain(RIGHT_PASSWORD).doesNotContain("\n");
    }

    private static StrataException failure(Supplier<?> command) {
        try {
            command.get();
        } catch (StrataException e) {
            return e;
        }
        throw new AssertionError("expected a StrataException");
    }

    private static PGSimpleDataSource dataSource(String url, String user, String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    /**
     * A login role whose password the server checks. A server that asks for passwords already (as CI's system
     * PostgreSQL does) is used as it is, with the test user. The embedded server trusts every local connection,
     * so there a first pg_hba.conf line makes it ask one new role, and only that role, for a password.
     */
    private String passwordRole(TestDatabase db) {
        if (asksForPassword(db.jdbcUrl(), db.user())) {
            return db.user();
        }
        assumeThat(TestPostgres.shared().description()).as("only the embedded server's pg_hba.conf is changed")
                .startsWith("embedded");
        Path hba = Path.of(column(db, "SHOW hba_file").get(0));
        String role = "strata_pw_" + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36);
        exec(db, "CREATE ROLE " + role + " LOGIN PASSWORD '" + RIGHT_PASSWORD + "'");
        cleanup.add(() -> exec(db, "DROP ROLE IF EXISTS " + role));
        try {
            String original = Files.readString(hba);
            Files.writeString(hba, "host all " + role + " all scram-sha-256\n" + original);
            cleanup.add(() -> {
                try {
                    Files.writeString(hba, original);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                exec(db, "SELECT pg_reload_conf()");
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        exec(db, "SELECT pg_reload_conf()");
        awaitPasswordCheck(db.jdbcUrl(), role);
        return role;
    }

    private static boolean asksForPassword(String url, String user) {
        try {
            dataSource(url, user, WRONG_PASSWORD).getConnection().close();
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
