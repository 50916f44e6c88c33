package dev.strata.cli;

import static dev.strata.cli.Service.Ids.C;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.test.PostgresExtension;
import dev.strata.test.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the database comes from, first found wins: --url, DATABASE_URL, the service's application.yml. The role
 * used checks its password, so a password that does not reach the server fails the test.
 */
@ExtendWith(PostgresExtension.class)
class SettingsSourcesIT {

    @TempDir
    Path dir;

    @TempDir
    Path elsewhere;

    @Test
    void databaseUrlInTheFormOfTheAlembicGuide(TestDatabase db) {
        new Service(dir).linear();
        try (PasswordRole role = PasswordRole.on(db)) {
            Cli cli = Cli.in(dir).withEnv("DATABASE_URL", Database.url(db, role.name(), role.password()));

            cli.run("upgrade", "head").succeeded().hides(role.password());

            assertThat(Database.versions(db)).containsExactly(C);
            Run debug = cli.run("--debug", "current");
            assertThat(debug.exitCode()).isZero();
            assertThat(debug.stdout()).isEqualTo(C + " (head)\n");
            assertThat(debug.stderr()).startsWith("debug: service folder " + dir.toRealPath() + "\n"
                    + "debug: database " + Database.url(db, role.name(), "") + " (from DATABASE_URL)\n"
                    + "debug: locations [" + dir.toRealPath() + "/src/main/resources/db/revisions]\n"
                    + "debug: version table strata_version, history table strata_history, schema (search path),"
                    + " transaction mode PER_REVISION, lock timeout PT1M, checksums FAIL\n");
            debug.hides(role.password());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theServicesApplicationYmlWithSpringDatasource(TestDatabase db) {
        try (PasswordRole role = PasswordRole.on(db)) {
            new Service(dir).linear().applicationYml("""
                    spring:
                      datasource:
                        url: %s
                        username: %s
                        password: ${DB_PASSWORD}
                    """.formatted(db.jdbcUrl(), role.name()));

            Run run = Cli.in(elsewhere).withEnv("DB_PASSWORD", role.password())
                    .run("--dir", dir.toString(), "upgrade", "+2").succeeded();

            assertThat(run.stdoutWithoutTimings()).endsWith("Upgraded to 1a9f8e7d6c5b in N s\n");
            assertThat(Database.versions(db)).containsExactly(Service.Ids.B);
        }
    }

    @Test
    void urlOverridesDatabaseUrlWhichOverridesApplicationYml(TestDatabase db) throws IOException {
        int closedPort = closedPort();
        new Service(dir).linear().applicationYml("""
                spring.datasource.url: jdbc:postgresql://localhost:%d/from_yml
                spring.datasource.username: yml_user
                """.formatted(closedPort));
        String unreachable = "postgresql://env_user:env-secret@localhost:" + closedPort + "/from_env";
        Cli cli = Cli.in(dir).withEnv("DATABASE_URL", unreachable);

        cli.run("--url", Database.url(db), "upgrade", "+1").succeeded();
        assertThat(Database.versions(db)).containsExactly(Service.Ids.A);

        cli.run("current").failedWith("Cannot connect to postgresql://env_user@localhost:" + closedPort + "/from_env"
                + " (from DATABASE_URL): Connection to localhost:" + closedPort + " refused. Check that the hostname"
                + " and port are correct and that the postmaster is accepting TCP/IP connections; check the URL, user"
                + " and password and that the server is running").hides("env-secret");
        Cli.in(dir).run("current").failedWith("Cannot connect to postgresql://yml_user@localhost:" + closedPort
                + "/from_yml (from spring.datasource.url in src/main/resources/application.yml): Connection to"
                + " localhost:" + closedPort + " refused. Check that the hostname and port are correct and that the"
                + " postmaster is accepting TCP/IP connections; check the URL, user and password and that the server"
                + " is running");
    }

    @Test
    void userAndPasswordOptionsOverrideThoseOfTheUrl(TestDatabase db) {
        new Service(dir).linear();
        try (PasswordRole role = PasswordRole.on(db)) {
            Cli cli = Cli.in(dir).withEnv("DATABASE_URL", Database.url(db, "nobody_here", "nothing"));

            cli.run("upgrade", "+1", "--user", role.name(), "--password", role.password()).succeeded()
                    .hides(role.password());

            assertThat(Database.versions(db)).containsExactly(Service.Ids.A);
        }
    }

    static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
