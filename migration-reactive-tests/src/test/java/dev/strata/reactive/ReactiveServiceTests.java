package dev.strata.reactive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.boot.StrataEngine;
import dev.strata.boot.StrataMigrations;
import dev.strata.r2dbc.R2dbcDriver;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reactive service on a real PostgreSQL, over HTTP: no JDBC anywhere, the schema at head before its first
 * repository call, {@code /actuator/migrations} with the guarded downgrade, health and metrics, and Strata's
 * engine never on an event-loop thread.
 */
@SpringBootTest(classes = ReactiveService.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class ReactiveServiceTests {

    private static final DatabaseProcess DATABASE = DatabaseProcess.start();

    private static final String HEAD = "a10000000003";
    private static final String ENGINE = "connectionFactory";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    StrataMigrations migrations;

    @Autowired
    EngineThreads engineThreads;

    @Autowired
    DatabaseClient database;

    @DynamicPropertySource
    static void r2dbc(DynamicPropertyRegistry registry) {
        registry.add("spring.r2dbc.url", DATABASE::r2dbcUrl);
        registry.add("spring.r2dbc.username", DATABASE::user);
        registry.add("spring.r2dbc.password", DATABASE::password);
    }

    @AfterAll
    static void dropDatabase() {
        DATABASE.close();
    }

    @BeforeEach
    void atHead() {
        engine().strata().upgrade("heads");
        engineThreads.clear();
    }

    @Test
    void runsWithoutJdbc() {
        for (String jdbcOnly : List.of("org.postgresql.Driver", "org.springframework.boot.jdbc.DataSourceBuilder",
                "com.zaxxer.hikari.HikariDataSource")) {
            assertThatThrownBy(() -> Class.forName(jdbcOnly)).isInstanceOf(ClassNotFoundException.class)
                    .hasMessage(jdbcOnly);
        }
        assertThat(context.getBeanNamesForType(DataSource.class)).isEmpty();
        assertThat(migrations.engines()).extracting(StrataEngine::describe)
                .containsExactly("ConnectionFactory 'connectionFactory'");
        assertThat(engine().strata().configuration().driver()).isInstanceOf(R2dbcDriver.class);
    }

    @Test
    void schemaWasAtHeadBeforeTheFirstRepositoryCall() {
        CustomerDirectory directory = context.getBean(CustomerDirectory.class);

        assertThat(directory.versionAtStartup).containsExactly(HEAD);
        assertThat(directory.customersAtStartup).extracting(Customer::email)
                .containsExactly("ada.lovelace@example.com", "grace.hopper@example.com");
    }

    @Test
    void listsWhereTheDatabaseStandsWithoutBlockingAnEventLoop() throws Exception {
        Response all = get("/actuator/migrations", "viewer");
        Response one = get("/actuator/migrations/" + ENGINE, "viewer");

        assertThat(all.status()).isEqualTo(200);
        assertThat(map(map(all.json().get("datasources")).get(ENGINE))).containsExactly(
                Map.entry("current", List.of(HEAD)), Map.entry("heads", List.of(HEAD)),
                Map.entry("pending", List.of()), Map.entry("upToDate", true));
        assertThat(one.status()).isEqualTo(200);
        assertThat(list(one.json().get("revisions"))).extracting(r -> r.get("state"))
                .containsExactly("applied", "applied", "applied");
        assertThat(list(one.json().get("history")).get(0)).containsEntry("direction", "upgrade")
                .containsKeys("startedAt", "dbUser");
        assertRanOnWorkerThreads();
    }

    @Test
    void healthAndMetricsWatchTheDatabase() throws Exception {
        Response health = get("/actuator/health", "viewer");
        Response pending = get("/actuator/metrics/strata.migrations.pending", "viewer");

        assertThat(health.status()).isEqualTo(200);
        Map<String, Object> migrationsHealth = map(map(health.json().get("components")).get("migrations"));
        assertThat(migrationsHealth).containsEntry("status", "UP");
        assertThat(map(map(migrationsHealth.get("details")).get(ENGINE))).containsEntry("current", List.of(HEAD))
                .containsEntry("pending", List.of());
        assertThat(pending.status()).isEqualTo(200);
        assertThat(list(pending.json().get("measurements")).get(0)).containsEntry("value", 0.0);
        assertThat(list(pending.json().get("availableTags")).get(0)).containsEntry("values", List.of(ENGINE));
        assertRanOnWorkerThreads();
    }

    @Test
    void guardsTheDowngradeAsForJdbcServices() throws Exception {
        assertThat(post(ENGINE, null, body("-1", HEAD, false)).status()).isEqualTo(401);
        Response viewer = post(ENGINE, "viewer", body("-1", HEAD, false));
        assertThat(viewer.status()).isEqualTo(403);
        assertThat(viewer.json()).containsEntry("message", "Downgrading needs the role ADMIN, which viewer does not"
                + " hold");
        Response stale = post(ENGINE, "admin", body("-1", "a10000000002", false));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json()).containsEntry("message", "confirm must equal the current heads \"" + HEAD
                + "\", was \"a10000000002\": the database is not where the caller thinks");
        Response floor = post(ENGINE, "admin", body("base", HEAD, false));
        assertThat(floor.status()).isEqualTo(409);
        assertThat(floor.json()).containsEntry("message", "Downgrading to 'base' would undo a10000000001, at or"
                + " below the floor a10000000001 (strata.actuator.downgrade.floor)");
        assertThat(versions()).containsExactly(HEAD);
    }

    @Test
    void downgradesOverHttpOnAWorkerThread() throws Exception {
        Response dryRun = post(ENGINE, "admin", body("-1", HEAD, true));
        assertThat(dryRun.status()).isEqualTo(200);
        assertThat((String) dryRun.json().get("sql")).contains("DROP TABLE orders;");
        assertThat(versions()).containsExactly(HEAD);

        Response run = post(ENGINE, "admin", body("-1", HEAD, false));

        assertThat(run.status()).isEqualTo(200);
        assertThat(run.json()).containsEntry("headsBefore", List.of(HEAD))
                .containsEntry("headsAfter", List.of("a10000000002"));
        assertThat(versions()).containsExactly("a10000000002");
        assertThat(database.sql("SELECT direction || ' ' || principal AS row FROM strata_history ORDER BY id DESC"
                + " LIMIT 1").map(row -> row.get("row", String.class)).one().block()).isEqualTo("downgrade admin");
        assertRanOnWorkerThreads();
    }

    private StrataEngine engine() {
        return migrations.engine(ENGINE).orElseThrow();
    }

    /** Strata ran, and only on threads that may block: Reactor's bounded elastic workers, never an event loop. */
    private void assertRanOnWorkerThreads() {
        assertThat(engineThreads.names()).isNotEmpty().allSatisfy(thread -> assertThat(thread)
                .startsWith("boundedElastic-"));
    }

    private List<String> versions() {
        return database.sql("SELECT version_num FROM strata_version").map(row -> row.get("version_num", String.class))
                .all().collectList().block();
    }

    private static String body(String target, String confirm, boolean dryRun) {
        return "{\"operation\":\"downgrade\",\"target\":\"" + target + "\",\"confirm\":\"" + confirm
                + "\",\"dryRun\":" + dryRun + "}";
    }

    private Response get(String path, String user) throws IOException, InterruptedException {
        return send(request(path, user).GET().build());
    }

    private Response post(String engine, String user, String json) throws IOException, InterruptedException {
        return send(request("/actuator/migrations/" + engine, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            String credentials = user + ":" + user + "-pw";
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    private static Response send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        Map<String, Object> json = response.body().isBlank() ? Map.of() : map(JSON.readValue(response.body(),
                Map.class));
        return new Response(response.statusCode(), json);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    private record Response(int status, Map<String, Object> json) {
    }
}
