package dev.strata.demo.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.test.TestDatabase;
import dev.strata.test.TestPostgres;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
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

    private static final Path SERVICES = Path.of(System.getProperty("demo.services", "..")).toAbsolutePath().normalize();
    private static final String VERSION = System.getProperty("demo.version", "0.1.0-SNAPSHOT");
    private static final Path LOGS = Path.of("target", "e2e-logs").toAbsolutePath();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A database on the test's server; its address, with another database name, is the services' DATABASE_URL. */
    private static TestDatabase door;

    @BeforeAll
    static void server() {
        door = TestPostgres.shared().createDatabase();
    }

    @AfterAll
    static void dropServer() {
        door.close();
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
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + databasePort
                + "/postgres?connectTimeout=5", "postgres", "").close())
                .isInstanceOf(SQLException.class);
    }

    @ParameterizedTest(name = "{0} ({2})")
    @CsvSource({
        "client-service, cds_client, dataSource",
        "task-service, cds_task, connectionFactory"
    })
    void isDowngradedThroughTheEndpointAndComesBackToItsHeadOnRestart(String service, String database,
            String datasource) throws Exception {
        RevisionFiles revisions = revisions(service);
        execute("postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        Map<String, String> env = Map.of("DATABASE_URL", databaseUrl());
        String[] downgradeEnabled = {"--strata.actuator.downgrade.enabled=true"};

        try (ServiceProcess running = ServiceProcess.start(jar(service), LOGS.resolve(service + "-first.log"), env,
                downgradeEnabled)) {
            assertThat(versions(database)).containsExactly(revisions.head());
            String path = "/actuator/migrations/" + datasource;

            HttpResponse<String> wrongConfirm = running.post(path, downgrade(revisions.belowHead(), false));
            assertThat(wrongConfirm.statusCode()).as(wrongConfirm.body()).isEqualTo(412);
            assertThat(versions(database)).containsExactly(revisions.head());

            HttpResponse<String> dryRun = running.post(path, downgrade(revisions.head(), true));
            assertThat(dryRun.statusCode()).as(dryRun.body()).isEqualTo(200);
            assertThat(dryRun.body()).contains(revisions.head());
            assertThat(versions(database)).containsExactly(revisions.head());

            HttpResponse<String> done = running.post(path, downgrade(revisions.head(), false));
            assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
            assertThat(versions(database)).containsExactly(revisions.belowHead());
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
            assertThat(versions(database)).containsExactly(revisions.head());
            assertThat(query(database, "SELECT direction || ' ' || revision FROM strata_history WHERE success"
                    + " AND direction IN ('upgrade', 'downgrade') ORDER BY id DESC LIMIT 2"))
                    .containsExactly("upgrade " + revisions.head(), "downgrade " + revisions.head());
        } finally {
            execute("postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
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

    /** The test server as DATABASE_URL, naming the door database: the service uses its own one beside it. */
    private static String databaseUrl() {
        String url = door.jdbcUrl().replace("jdbc:postgresql://", "");
        return "postgresql://" + encode(door.user()) + ":" + encode(door.password()) + "@" + url;
    }

    private static List<String> versions(String database) throws SQLException {
        return query(database, "SELECT version_num FROM strata_version ORDER BY 1");
    }

    private static List<String> query(String database, String sql) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rows.next()) {
                out.add(rows.getString(1));
            }
            return out;
        }
    }

    private static void execute(String database, String sql) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(door.jdbcUrl().replace("/" + door.name(), "/" + database), door.user(),
                door.password());
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
