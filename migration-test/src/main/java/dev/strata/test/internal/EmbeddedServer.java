package dev.strata.test.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
  * A private PostgreSQL server for one JVM: a fresh cluster in a temporary directory, listening on a
  * free port of 127.0.0.1 and on a Unix socket in that directory, so that parallel JVMs never meet.
  *
  * <p>The server is stopped and its directory deleted by a watchdog shell that waits for its
  * standard input to close. The JVM holds the other end: closing it on shutdown stops the server
  * synchronously, and if the JVM is killed the operating system closes it, so no postgres process
  * outlives the tests either way.
  */
public final class EmbeddedServer {

    /** The superuser that initdb creates; the cluster trusts local connections. */
    public static final String SUPERUSER = "postgres";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedServer.class);
    private static final String LOOPBACK = "127.0.0.1";
    private static final int START_ATTEMPTS = 5;
    private static final Duration INITDB_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    // SIGINT is ignored: Ctrl-C in a terminal reaches the whole foreground group, and the watchdog must live
    // until the JVM (whose shutdown closes its input) is gone, or the server outlives it.
    private static final String WATCHDOG_SCRIPT = "trap '' INT; read -r _ignored;"
            + " \"$0\" stop -D \"$1\" -m immediate -w >/dev/null 2>&1;"
            + " rm -rf \"$2\"";
    // Durability is pointless for a throwaway cluster; dropping it makes DDL-heavy tests fast.
    private static final Map<String, String> SETTINGS = Map.of(
            "listen_addresses", LOOPBACK,
            "fsync", "off",
            "synchronous_commit", "off",
            "full_page_writes", "off",
            "max_connections", "200");

    private final ServerAddress address;
    private final Path directory;
    private final ServerAccount account;
    private final Process watchdog;
    private final Thread shutdownHook;

    private EmbeddedServer(ServerAddress address, Path directory, ServerAccount account,
            Process watchdog, Thread shutdownHook) {
        this.address = address;
        this.directory = directory;
        this.account = account;
        this.watchdog = watchdog;
        this.shutdownHook = shutdownHook;
    }

    /**
      * Starts a server from the binaries on the classpath, as the account that suits this process.
      *
      * @return the running server, stopped when the JVM exits
      * @throws IllegalStateException whose message says what failed and what to do instead
      */
    public static EmbeddedServer start() {
        ServerAccount account;
        Path binaries;
        try {
            account = ServerAccount.forThisProcess();
            binaries = PostgresBinaries.installed();
        } catch (RuntimeException e) {
            throw failure(e.getMessage(), e);
        }
        return start(binaries, account);
    }

    /**
      * Starts a server from an installation directory.
      *
      * @param binaries the directory holding {@code bin/}
      * @param account the account to run PostgreSQL as
      * @return the running server, stopped when the JVM exits
      * @throws IllegalStateException whose message says what failed and what to do instead
      */
    public static EmbeddedServer start(Path binaries, ServerAccount account) {
        long started = System.nanoTime();
        if (!Files.isExecutable(binaries.resolve("bin").resolve("initdb"))) {
            throw failure(binaries + " holds no PostgreSQL installation (no executable bin/initdb)", null);
        }
        Path directory;
        try {
            directory = Files.createTempDirectory("strata-pg-");
            account.takeOwnership(directory);
        } catch (IOException | UncheckedIOException e) {
            throw failure("could not create its directory: " + e.getMessage(), e);
        }
        Path pgCtl = binaries.resolve("bin").resolve("pg_ctl");
        Path data = directory.resolve("data");
        Process watchdog;
        try {
            watchdog = account.start(List.of("/bin/sh", "-c", WATCHDOG_SCRIPT, pgCtl.toString(),
                    data.toString(), directory.toString()), directory, directory.resolve("watchdog.log"));
        } catch (IOException e) {
            PostgresBinaries.deleteRecursively(directory);
            throw failure("could not start its watchdog: " + e.getMessage(), e);
        }
        Thread hook = new Thread(() -> stop(watchdog, directory), "strata-embedded-postgres-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            initdb(binaries, data, directory, account);
            configure(data, directory);
            int port = startPostmaster(pgCtl, data, directory, account);
            LOG.info("Started embedded PostgreSQL on port {} as user {} in {} ms (binaries in {})",
                    port, account.name(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), binaries);
            return new EmbeddedServer(
                    new ServerAddress(LOOPBACK, port, SUPERUSER, SUPERUSER, "", Map.of()),
                    directory, account, watchdog, hook);
        } catch (RuntimeException e) {
            Runtime.getRuntime().removeShutdownHook(hook);
            stop(watchdog, directory);
            throw e;
        }
    }

    /**
      * Returns how to reach the {@code postgres} database as the superuser.
      *
      * @return the address on 127.0.0.1
      */
    public ServerAddress address() {
        return address;
    }

    /**
      * Returns the account the server runs as.
      *
      * @return the account
      */
    public ServerAccount account() {
        return account;
    }

    /**
      * Returns the directory holding the cluster, its socket and its logs.
      *
      * @return the directory, deleted by {@link #stop()}
      */
    public Path directory() {
        return directory;
    }

    /** Stops the server and deletes its directory; the JVM's shutdown does this otherwise. */
    public void stop() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook is running or about to, and stopping twice is harmless.
        }
        stop(watchdog, directory);
    }

    private static void initdb(Path binaries, Path data, Path directory, ServerAccount account) {
        ServerAccount.Outcome outcome = account.run(List.of(
                        binaries.resolve("bin").resolve("initdb").toString(), "-D", data.toString(),
                        "-U", SUPERUSER, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"),
                directory, directory.resolve("initdb.log"), INITDB_TIMEOUT);
        if (!outcome.succeeded()) {
            throw failure("initdb failed (exit code " + outcome.exitCode() + "): " + outcome.output()
                    + accessHint(account, binaries, directory), null);
        }
    }

    private static void configure(Path data, Path directory) {
        StringBuilder settings = new StringBuilder("\n# Added by Strata's test support\n");
        SETTINGS.forEach((name, value) -> settings.append(name).append(" = '").append(value).append("'\n"));
        settings.append("unix_socket_directories = '")
                .append(directory.toString().replace("'", "''")).append("'\n");
        try {
            Files.writeString(data.resolve("postgresql.conf"), settings, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw failure("could not write postgresql.conf: " + e.getMessage(), e);
        }
    }

    /** Starts on a free port; retries when another process takes that port first. */
    private static int startPostmaster(Path pgCtl, Path data, Path directory, ServerAccount account) {
        Path log = directory.resolve("postgres.log");
        for (int attempt = 1; ; attempt++) {
            int port = freePort();
            PostgresBinaries.deleteRecursively(log);
            ServerAccount.Outcome outcome = account.run(List.of(pgCtl.toString(), "start", "-w",
                            "-t", Long.toString(START_TIMEOUT.toSeconds()), "-D", data.toString(),
                            "-l", log.toString(), "-o", "-p " + port),
                    directory, directory.resolve("pg_ctl.log"), START_TIMEOUT.plusSeconds(10));
            if (outcome.succeeded()) {
                return port;
            }
            String serverLog = readQuietly(log);
            if (attempt < START_ATTEMPTS && serverLog.contains("could not create any TCP/IP sockets")) {
                continue;
            }
            throw failure("pg_ctl start failed (exit code " + outcome.exitCode() + "): "
                    + outcome.output() + "\nServer log:\n" + serverLog, null);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw failure("could not find a free port on " + LOOPBACK + ": " + e.getMessage(), e);
        }
    }

    /** Closes the watchdog's standard input, which makes it stop the server and delete its files. */
    private static void stop(Process watchdog, Path directory) {
        try {
            watchdog.getOutputStream().close();
            if (!watchdog.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Embedded PostgreSQL in {} did not stop within {}s", directory,
                        STOP_TIMEOUT.toSeconds());
            }
        } catch (IOException e) {
            LOG.warn("Could not signal the embedded PostgreSQL in {} to stop", directory, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // The watchdog may lack the right to remove the directory itself from java.io.tmpdir.
        PostgresBinaries.deleteRecursively(directory);
    }

    private static String accessHint(ServerAccount account, Path binaries, Path directory) {
        return account.isSwitched()
                ? " (this JVM runs as root, so PostgreSQL runs as user " + account.name()
                        + ", which needs read access to " + binaries + " and " + directory.getParent() + ")"
                : "";
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static IllegalStateException failure(String problem, Throwable cause) {
        return new IllegalStateException("Could not start embedded PostgreSQL: " + problem
                + ". Set STRATA_TEST_DATABASE_URL to use an existing server.", cause);
    }
}
