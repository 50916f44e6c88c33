package dev.strata.demo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
  * The README's first command, exactly as written, from the repository root: it builds what the demo service
  * needs and starts it on an embedded PostgreSQL. Then the curl calls of the README and of the quick start, and
  * Ctrl-C's effect (the service and its database stop). Only the port moves (SERVER_PORT), so that a busy 8080
  * on the build machine does not fail the build.
  */
class ReadmeDemoIT {

    static final String DEMO_COMMAND = "./mvnw -q -pl demo-services/client-service -am spring-boot:run";
    static final String CURL_MIGRATIONS = "curl localhost:8080/actuator/migrations";
    static final String CURL_CLIENTS = "curl localhost:8080/clients";
    // One literal, as the README has it, so that DocumentedCommandsTest finds it.
    static final String CURL_NEW_CLIENT =
            "curl -H 'Content-Type: application/json' localhost:8080/clients -d '{\"fullName\":\"Grace Hopper\",\"email\":\"grace@example.org\",\"addresses\":[]}'";

    private static final Duration START_TIMEOUT = Duration.ofMinutes(8);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theDemoCommandStartsTheServiceOnItsOwnEmbeddedDatabase() throws Exception {
        int port = ServiceProcess.freePort();
        Path log = Path.of("target", "e2e-logs", "readme-demo.log").toAbsolutePath();
        Process maven = Repository.start(DEMO_COMMAND, Map.of("SERVER_PORT", String.valueOf(port)), log);
        try {
            awaitAnswer(maven, port, log);

            HttpResponse<String> migrations = Curl.run(CURL_MIGRATIONS, 8080, port);
            assertThat(migrations.statusCode()).isEqualTo(200);
            JsonNode dataSource = JSON.readTree(migrations.body()).get("datasources").get("dataSource");
            String head = RevisionFiles.ofService(Repository.SERVICES.resolve("client-service")).head();
            assertThat(dataSource.get("current").get(0).asString()).isEqualTo(head);
            assertThat(dataSource.get("upToDate").asBoolean()).isTrue();

            HttpResponse<String> created = Curl.run(CURL_NEW_CLIENT, 8080, port);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            HttpResponse<String> clients = Curl.run(CURL_CLIENTS, 8080, port);
            assertThat(clients.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(clients.body()).valueStream().map(c -> c.get("email").asString()))
                    .containsExactly("grace@example.org");
            assertThat(Repository.read(log)).contains("Demo service uses database cds_client on embedded PostgreSQL");
        } finally {
            stop(maven);
        }
        TestServer.assertEmbeddedServerStopped(ServiceProcess.embeddedDatabasePort(Repository.read(log)));
    }

    /** As Ctrl-C does: the service (Maven's forked JVM) and Maven end; the service's shutdown stops PostgreSQL. */
    private static void stop(Process maven) throws Exception {
        maven.descendants().forEach(ProcessHandle::destroy);
        for (ProcessHandle child : maven.descendants().toList()) {
            child.onExit().get(60, TimeUnit.SECONDS);
        }
        maven.destroy();
        if (!maven.waitFor(60, TimeUnit.SECONDS)) {
            maven.destroyForcibly();
        }
    }

    private static void awaitAnswer(Process maven, int port, Path log) throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!maven.isAlive()) {
                throw new AssertionError(DEMO_COMMAND + " exited with " + maven.exitValue() + ":\n" + Repository.read(log));
            }
            try {
                if (Curl.run(CURL_MIGRATIONS, 8080, port).statusCode() == 200) {
                    return;
                }
            } catch (UncheckedIOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError(DEMO_COMMAND + " did not answer within " + START_TIMEOUT + ":\n" + Repository.read(log));
    }

}
