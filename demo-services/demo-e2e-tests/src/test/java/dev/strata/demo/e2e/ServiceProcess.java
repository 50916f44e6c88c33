package dev.strata.demo.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A demo service's executable jar running as a process of its own, as an operator would start it. */
final class ServiceProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern EMBEDDED_PORT = Pattern.compile("on embedded PostgreSQL on port (\\d+)");

    private final Process process;
    private final Path log;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServiceProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
      * Starts {@code java -jar} on the jar and waits until the service answers {@code /actuator/health}.
      *
      * @param jar the service's executable jar
      * @param log where its output goes
      * @param env extra environment ({@code DATABASE_URL})
      * @param args application arguments ({@code --strata...=...})
      * @return the running service
      */
    static ServiceProcess start(Path jar, Path log, Map<String, String> env, String... args) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-jar", jar.toString(), "--server.port=" + port));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().remove("DATABASE_URL");
        builder.environment().putAll(env);
        try {
            Files.createDirectories(log.getParent());
            ServiceProcess service = new ServiceProcess(builder.start(), log, port);
            service.awaitReady();
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** GET a path of the service. */
    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** POST JSON to a path of the service. */
    HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** The port of the embedded PostgreSQL the service started, from its log line. */
    int embeddedDatabasePort() {
        return embeddedDatabasePort(output());
    }

    /** The port of the embedded PostgreSQL a demo service's output names (demo-support logs it). */
    static int embeddedDatabasePort(String output) {
        Matcher matcher = EMBEDDED_PORT.matcher(output);
        if (!matcher.find()) {
            throw new AssertionError("The service did not log an embedded database:\n" + output);
        }
        return Integer.parseInt(matcher.group(1));
    }

    /** Everything the service printed so far. */
    String output() {
        return Repository.read(log);
    }

    /** Stops the service as a process manager does (SIGTERM) and waits for it to exit. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("The service did not stop within " + STOP_TIMEOUT + ":\n" + output());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("The service exited with " + process.exitValue() + ":\n" + output());
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri("/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (ConnectException e) {
                // not listening yet
            } catch (IOException e) {
                // starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for the service", e);
            }
            sleep(250);
        }
        close();
        throw new AssertionError("The service did not answer /actuator/health within " + START_TIMEOUT + ":\n"
                + output());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** A port nothing listens on now, for a service to take. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
