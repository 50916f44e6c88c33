package dev.strata.test.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.security.auth.module.UnixSystem;
import dev.strata.test.internal.EmbeddedServer;
import dev.strata.test.internal.ServerAccount;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedServerTest {

    @BeforeAll
    static void onlyWhereTheEmbeddedServerIsUsed() {
        // Who sets STRATA_TEST_DATABASE_URL may have no way to run the embedded server.
        assumeTrue(TestPostgresTest.usesEmbeddedServer(), "STRATA_TEST_DATABASE_URL is set");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void runsAsAnUnprivilegedUserAndLeavesNothingBehindWhenStopped() throws Exception {
        EmbeddedServer server = EmbeddedServer.start();
        Path directory = server.directory();
        long postmaster = Long.parseLong(
                Files.readAllLines(directory.resolve("data/postmaster.pid")).get(0).strip());
        try (Connection connection = DriverManager.getConnection(
                        server.address().jdbcUrl(), server.address().user(), server.address().password());
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select current_setting('unix_socket_directories')")) {
            row.next();
            assertThat(row.getString(1)).isEqualTo(directory.toString());
        }
        String expectedOwner = new UnixSystem().getUid() == 0 ? "nobody" : System.getProperty("user.name");
        assertThat(server.account().name()).isEqualTo(expectedOwner);
        assertThat(Files.getOwner(Path.of("/proc", Long.toString(postmaster))).getName()).isEqualTo(expectedOwner);

        server.stop();

        assertThat(exitsWithin(postmaster, Duration.ofSeconds(10))).isTrue();
        assertThat(directory).doesNotExist();
        assertThat(accepts(server.address().port())).isFalse();
    }

    @Test
    void explainsWhatToDoWhenTheBinariesAreMissing(@TempDir Path emptyInstallation) {
        assertThatIllegalStateException()
                .isThrownBy(() -> EmbeddedServer.start(emptyInstallation, ServerAccount.forThisProcess()))
                .withMessage("Could not start embedded PostgreSQL: " + emptyInstallation + " holds no"
                        + " PostgreSQL installation (no executable bin/initdb). Set STRATA_TEST_DATABASE_URL to"
                        + " use an existing server.");
    }

    @Test
    void reportsInitdbOutputWhenInitdbFails(@TempDir Path installation) throws Exception {
        Path initdb = Files.createDirectories(installation.resolve("bin")).resolve("initdb");
        Files.writeString(initdb, "#!/bin/sh\necho 'initdb: error: simulated failure' >&2\nexit 1\n");
        Files.setPosixFilePermissions(initdb, PosixFilePermissions.fromString("rwxr-xr-x"));
        // @TempDir is private to this user, and as root the server runs as nobody.
        Files.setPosixFilePermissions(installation, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(initdb.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));

        assertThatIllegalStateException()
                .isThrownBy(() -> EmbeddedServer.start(installation, ServerAccount.forThisProcess()))
                .withMessage("Could not start embedded PostgreSQL: initdb failed (exit code 1): initdb: error:"
                        + " simulated failure" + accessHint(installation)
                        + ". Set STRATA_TEST_DATABASE_URL to use an existing server.");
    }

    private static String accessHint(Path installation) {
        return ServerAccount.forThisProcess().isSwitched()
                ? " (this JVM runs as root, so PostgreSQL runs as user nobody, which needs read access to "
                        + installation + " and " + Path.of(System.getProperty("java.io.tmpdir")) + ")"
                : "";
    }

    /** Polls because stop() returns once the server is down, which can be before init reaps it. */
    private static boolean exitsWithin(long pid, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (Files.exists(Path.of("/proc", Long.toString(pid), "exe")) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return !Files.exists(Path.of("/proc", Long.toString(pid), "exe"));
    }

    private static boolean accepts(int port) throws Exception {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (ConnectException e) {
            return false;
        }
    }
}
