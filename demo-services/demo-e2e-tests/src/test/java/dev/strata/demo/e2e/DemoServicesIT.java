package dev.strata.demo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
  * Two demo services as an operator runs them: packaged jars started with {@code java -jar}. One is JDBC/JPA
  * (client-service), one R2DBC (task-service). Each starts on its embedded PostgreSQL with nothing configured;
  * then on a server given by {@code DATABASE_URL}, where it is downgraded through the guarded Actuator endpoint,
  * stopped, and started again, which brings it back to its head.
  */
class DemoServicesIT {

    private static final Path SERVICES = Repository.SERVICES;
    private static final String VERSION = System.getProperty("demo.version", "0.1.0-SNAPSHOT");
    private static final Path LOGS = Path.of("target", "e2e-logs").toAbsolutePath();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The server of the services' DATABASE_URL. */
    private static TestServer server;

    @BeforeAll
    static void server() {
        server = new TestServer();
    }

    @AfterAll
    static void closeServer() {
        server.close();
    }

    @ParameterizedTest(name = "{0} ({2})")
    @CsvSource({
        "client-service, cds_client, dataSource, /clients",
        "task-service, cds_task, connectionFactory, /task-lists"
    })
    void startsOnItsOwnEmbeddedDatabaseWithNothingConfigured(String service, String database, String datasource,
            String appPath) throws Exception {
        RevisionFiles revisions = revisions(service);
        int databasePort;
        try (ServiceProcess running = ServiceProcess.start(jar(service), LOGS.resolve(service + "-embedded.log"),
                Map.of())) {
            JsonNode all = json(running.get("/actuator/migrations"));
            JsonNode entry = all.get("datasources").get(datasource);
            assertThat(entry).as(all.toString()).isNotNull();
            assertThat(entry.get("upToDate").asBoolean()).isTrue();
            assertThat(texts(entry.get("current"))).containsExactly(revisions.head());
            assertThat(running.output()).contains("Demo service uses database " + database + " on embedded PostgreSQL");
            assertThat(running.get(appPath).statusCode()).isEqualTo(200);
            databasePort = running.embeddedDatabasePort();
        }
        // Stopping the service stops its PostgreSQL too: nothing keeps running behind a finished demo.
        TestServer.assertEmbeddedServerStopped(databasePort);
    }

    @ParameterizedTest(name = "{0} ({2})")
    @CsvSource({
        "client-service, cds_client, dataSource",
        "task-service, cds_task, connectionFactory"
    })
    void isDowngradedThroughTheEndpointAndComesBackToItsHeadOnRestart(String service, String database,
            String datasource) throws Exception {
        RevisionFiles revisions = revisions(service);
        server.drop(database);
        Map<String, String> env = Map.of("DATABASE_URL", server.databaseUrl("postgres"));
        String[] downgradeEnabled = {"--strata.actuator.downgrade.enabled=true"};

        try (ServiceProcess running = ServiceProcess.start(jar(service), LOGS.resolve(service + "-first.log"), env,
                downgradeEnabled)) {
            assertThat(server.versions(database)).containsExactly(revisions.head());
            String path = "/actuator/migrations/" + datasource;

            HttpResponse<String> wrongConfirm = running.post(path, downgrade(revisions.belowHead(), false));
            assertThat(wrongConfirm.statusCode()).as(wrongConfirm.body()).isEqualTo(412);
            assertThat(server.versions(database)).containsExactly(revisions.head());

            HttpResponse<String> dryRun = running.post(path, downgrade(revisions.head(), true));
            assertThat(dryRun.statusCode()).as(dryRun.body()).isEqualTo(200);
            assertThat(dryRun.body()).contains(revisions.head());
            assertThat(server.versions(database)).containsExactly(revisions.head());

            HttpResponse<String> done = running.post(path, downgrade(revisions.head(), false));
            assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
            assertThat(server.versions(database)).containsExactly(revisions.belowHead());
            JsonNode after = json(running.get("/actuator/migrations")).get("datasources").get(datasource);
            assertThat(texts(after.get("current"))).containsExactly(revisions.belowHead());
            assertThat(after.get("upToDate").asBoolean()).isFalse();
            assertThat(texts(after.get("pending"))).containsExactly(revisions.head());
        }

        try (ServiceProcess restarted = ServiceProcess.start(jar(service), LOGS.resolve(service + "-restart.log"),
                env)) {
            JsonNode entry = json(restarted.get("/actuator/migrations")).get("datasources").get(datasource);
            assertThat(entry.get("upToDate").asBoolean()).isTrue();
            assertThat(texts(entry.get("current"))).containsExactly(revisions.head());
            assertThat(server.versions(database)).containsExactly(revisions.head());
            assertThat(server.query(database, "SELECT direction || ' ' || revision FROM strata_history WHERE success"
                    + " AND direction IN ('upgrade', 'downgrade') ORDER BY id DESC LIMIT 2"))
                    .containsExactly("upgrade " + revisions.head(), "downgrade " + revisions.head());
        } finally {
            server.drop(database);
        }
    }

    private static String downgrade(String confirm, boolean dryRun) {
        return "{\"operation\":\"downgrade\",\"target\":\"-1\",\"confirm\":\"" + confirm + "\",\"dryRun\":" + dryRun
                + "}";
    }

    private static Path jar(String service) {
        return SERVICES.resolve(service).resolve("target").resolve(service + "-" + VERSION + ".jar");
    }

    private static RevisionFiles revisions(String service) {
        return RevisionFiles.ofService(SERVICES.resolve(service));
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

}
