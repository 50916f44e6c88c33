package dev.strata.cli;

import static dev.strata.cli.Service.Ids.A;
import static dev.strata.cli.Service.Ids.B;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.test.PostgresExtension;
import dev.strata.test.TestDatabase;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input: usage errors exit 2 with the usage line; failures exit 1 with one FAILED line that says what failed,
 * where, and what to do; no password ever shows; the database stays as it was.
 */
@ExtendWith(PostgresExtension.class)
class ErrorsIT {

    private static final String SECRET = "s3cr3t-Passw0rd";
    private static final String ADVICE = "; check the URL, user and password and that the server is running";

    @TempDir
    Path dir;

    @Test
    void anUnknownCommandIsBadUsage() {
        Cli.in(dir).run("frobnicate", "--password", SECRET).usageError("""
                Unmatched argument at index 0: 'frobnicate'
                Usage: strata [OPTIONS] COMMAND
                Try 'strata --help' for more information.
                """).hides(SECRET);
        // picocli quotes what it cannot place: a URL given without --url, say.
        Cli.in(dir).run("current", "postgresql://app:" + SECRET + "@localhost/app").usageError("""
                Unmatched argument at index 1: 'postgresql://app:****@localhost/app'
                Usage: strata current [OPTIONS]
                Try 'strata current --help' for more information.
                """).hides(SECRET);
        Cli.in(dir).run("--url", "postgresql://app:" + SECRET + "@localhost/app", "upgrad").usageError("""
                Unmatched argument at index 2: 'upgrad'
                Did you mean: upgrade or downgrade or heads?
                Usage: strata [OPTIONS] COMMAND
                Try 'strata --help' for more information.
                """).hides(SECRET);
        Cli.in(dir).run().usageError("""
                Missing required subcommand
                Usage: strata [OPTIONS] COMMAND
                Try 'strata --help' for more information.
                """);
    }

    @Test
    void anUnknownOptionOrAMissingArgumentIsBadUsage() {
        Cli.in(dir).run("upgrade", "--frobnicate").usageError("""
                Unknown option: '--frobnicate'
                Usage: strata upgrade [OPTIONS] [TARGET]
                Try 'strata upgrade --help' for more information.
                """);
        Cli.in(dir).run("downgrade").usageError("""
                Missing required parameter: 'TARGET'
                Usage: strata downgrade [OPTIONS] TARGET
                Try 'strata downgrade --help' for more information.
                """);
        Cli.in(dir).run("history", "-r").usageError("""
                Missing required parameter for option '--rev-range' (RANGE)
                Usage: strata history [OPTIONS]
                Try 'strata history --help' for more information.
                """);
    }

    @Test
    void aTargetThatNamesNoRevision(TestDatabase db) {
        new Service(dir).linear();

        Cli.in(dir).withEnv("DATABASE_URL", Database.url(db)).run("upgrade", "nosuch")
                .failedWith("Can't locate revision identified by 'nosuch'");

        assertThat(Database.tables(db)).isEmpty();
    }

    @Test
    void anAmbiguousPrefix(TestDatabase db) {
        new Service(dir).linear();

        Cli.in(dir).withEnv("DATABASE_URL", Database.url(db)).run("upgrade", "1a")
                .failedWith("Can't locate revision identified by '1a'; multiple revisions start with '1a': '" + A
                        + "', '" + B + "'; use more characters of the id");

        assertThat(Database.tables(db)).isEmpty();
    }

    @Test
    void anUnreachableDatabase(TestDatabase db) throws IOException {
        new Service(dir).linear();
        int port = SettingsSourcesIT.closedPort();

        Cli.in(dir).run("--url", "postgresql://app:" + SECRET + "@localhost:" + port + "/" + db.name(), "upgrade")
                .failedWith("Cannot connect to postgresql://app@localhost:" + port + "/" + db.name() + " (from --url):"
                        + " Connection to localhost:" + port + " refused. Check that the hostname and port are correct"
                        + " and that the postmaster is accepting TCP/IP connections" + ADVICE)
                .hides(SECRET);
    }

    @Test
    void aWrongPassword(TestDatabase db) {
        new Service(dir).linear();
        try (PasswordRole role = PasswordRole.on(db)) {
            String url = Database.url(db, role.name(), SECRET);
            String target = Database.url(db, role.name(), "") + " (from DATABASE_URL)";
            String message = "Cannot connect to " + target + ": FATAL: password authentication failed for user \""
                    + role.name() + "\"" + ADVICE;

            Cli.in(dir).withEnv("DATABASE_URL", url).run("upgrade", "head").failedWith(message)
                    .hides(SECRET).hides(role.password());
            Cli.in(dir).run("--url", url, "--password", SECRET + "2", "current").failedWith(message
                    .replace("(from DATABASE_URL)", "(from --url)")).hides(SECRET).hides(role.password());

            Run debug = Cli.in(dir).withEnv("DATABASE_URL", url).run("--debug", "upgrade", "head");
            assertThat(debug.exitCode()).isEqualTo(1);
            assertThat(debug.stderr()).contains("FAILED: " + message + "\n", "dev.strata.driver.DatabaseException: ",
                    "Caused by: org.postgresql.util.PSQLException: FATAL: password authentication failed", "\tat ");
            debug.hides(SECRET).hides(role.password());
        }
        assertThat(Database.tables(db)).isEmpty();
    }

    @Test
    void aMissingLocation(TestDatabase db) {
        Path missing = dir.resolve("no/such/folder");

        Cli.in(dir).withEnv("DATABASE_URL", Database.url(db)).run("--location", "no/such/folder", "upgrade")
                .failedWith("Revision location '" + missing + "' does not exist or is not a folder (" + missing + ");"
                        + " create it or fix the location");
        Cli.in(dir).withEnv("DATABASE_URL", Database.url(db)).run("history")
                .failedWith("Revision location 'classpath:db/revisions' was not found on the classpath; create"
                        + " src/main/resources/db/revisions or fix the location");

        assertThat(Database.tables(db)).isEmpty();
    }

    @Test
    void noDatabaseConfigured() {
        new Service(dir).linear();

        String message = "No database is configured: give --url, set DATABASE_URL, or set spring.datasource.url (or"
                + " strata.url) in " + realPath(dir) + "/src/main/resources/application.yml";
        Cli.in(dir).run("current").failedWith(message);
        Cli.in(dir).run("history", "-i").failedWith(message);
        Cli.in(dir).run("stamp", "heads").failedWith(message);
    }

    @Test
    void aServiceFolderThatDoesNotExist() {
        Cli.in(dir).run("--dir", "no-such-service", "heads").failedWith("The service folder " + realPath(dir)
                + "/no-such-service (--dir) does not exist or is not a folder");
    }

    @Test
    void anInvalidDatabaseUrl() {
        new Service(dir).linear();

        Cli.in(dir).withEnv("DATABASE_URL", "postgresql://app:" + SECRET + "@localhost:54x2/app").run("current")
                .failedWith("Invalid database URL from DATABASE_URL: the port is not a number from 1 to 65535;"
                        + " expected postgresql://user:password@host:5432/database, postgres://... or"
                        + " jdbc:postgresql://host:5432/database?user=...&password=...")
                .hides(SECRET);
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
