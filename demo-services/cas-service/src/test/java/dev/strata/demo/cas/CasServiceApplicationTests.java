package dev.strata.demo.cas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
  * The service as it runs: its two DataSource beans on the embedded cas_audit and cas_reports databases, each
  * migrated by Strata at startup from its own revisions.
  */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CasServiceApplicationTests {

    private static final String CREATE_AUDIT = "74ee4ea5eb4a";
    private static final String INDEX_BY_TIME = "b49e00d2b8bd";
    private static final String CREATE_STATS = "bbfa19908c5b";
    private static final String COUNT_PRINCIPALS = "09f6c10c426c";

    private static final String UPGRADES =
            "SELECT revision FROM strata_history WHERE direction = 'upgrade' AND success ORDER BY id";
    private static final String TABLES =
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name";

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    private int port;

    /** Spring Boot's, on the primary datasource. */
    @Autowired
    private JdbcTemplate audit;

    @Autowired
    @Qualifier("reportsDataSource")
    private DataSource reportsDataSource;

    @Test
    void runsTheAuditDatabaseMigratedToItsHead() {
        assertThat(audit.queryForObject("SELECT current_database()", String.class)).isEqualTo("cas_audit");
        assertThat(audit.queryForList("SELECT version_num FROM strata_version", String.class))
                .containsExactly(INDEX_BY_TIME);
        assertThat(audit.queryForList(UPGRADES, String.class)).containsExactly(CREATE_AUDIT, INDEX_BY_TIME);
        // Only the entities' tables and Strata's own: the reports' revisions did not run here.
        assertThat(audit.queryForList(TABLES, String.class))
                .containsExactly("login_events", "registered_services", "strata_history", "strata_version");
        // Built CONCURRENTLY outside a transaction: such a build that failed would leave the index invalid.
        assertThat(audit.queryForObject("SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                + " WHERE c.relname = 'ix_login_events_occurred_at'", Boolean.class)).isTrue();
    }

    @Test
    void runsTheReportsDatabaseMigratedToItsOwnHead() {
        JdbcTemplate reports = new JdbcTemplate(reportsDataSource);
        assertThat(reports.queryForObject("SELECT current_database()", String.class)).isEqualTo("cas_reports");
        assertThat(reports.queryForList("SELECT version_num FROM strata_version", String.class))
                .containsExactly(COUNT_PRINCIPALS);
        assertThat(reports.queryForList(UPGRADES, String.class)).containsExactly(CREATE_STATS, COUNT_PRINCIPALS);
        assertThat(reports.queryForList(TABLES, String.class))
                .containsExactly("daily_login_stats", "strata_history", "strata_version");
        assertThat(reports.queryForList("SELECT column_name FROM information_schema.columns"
                + " WHERE table_name = 'daily_login_stats' ORDER BY ordinal_position", String.class))
                .containsExactly("day", "outcome", "logins", "aggregated_at", "principals");
    }

    @Test
    void actuatorListsBothDataSourcesUpToDate() throws IOException, InterruptedException {
        HttpResponse<String> all = get("/actuator/migrations");
        assertThat(all.statusCode()).isEqualTo(200);
        JsonNode datasources = json.readTree(all.body()).get("datasources");
        assertThat(datasources.propertyNames()).containsExactlyInAnyOrder("dataSource", "reportsDataSource");
        assertUpToDateAt(datasources.get("dataSource"), INDEX_BY_TIME);
        assertUpToDateAt(datasources.get("reportsDataSource"), COUNT_PRINCIPALS);

        JsonNode reports = json.readTree(get("/actuator/migrations/reportsDataSource").body());
        assertThat(reports.get("revisions").valueStream().map(r -> r.get("revision").asString() + " "
                + r.get("state").asString())).containsExactly(COUNT_PRINCIPALS + " applied", CREATE_STATS + " applied");
        assertThat(reports.get("revisions").get(0).get("location").asString()).contains("db/reports");

        JsonNode health = json.readTree(get("/actuator/health").body()).get("components").get("migrations");
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.get("details").get("reportsDataSource").get("current").get(0).asString())
                .isEqualTo(COUNT_PRINCIPALS);
    }

    @Test
    void recordsLoginEventsAndReportsTheDayFromTheOtherDatabase() throws IOException, InterruptedException {
        // A day of its own, so that a rerun on a kept database (STRATA_TEST_DATABASE_URL) counts only this run.
        LocalDate day = LocalDate.of(2001, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(8000));
        String alice = "alice-" + UUID.randomUUID();
        String bob = "bob-" + UUID.randomUUID();
        long portal = post("/services", "{\"name\": \"portal-" + UUID.randomUUID()
                + "\", \"serviceUrl\": \"https://portal.example.org/login\"}").get("id").asLong();

        String first = record(alice, "FAILURE", day + "T08:00:00Z", portal);
        record(alice, "SUCCESS", day + "T08:00:30Z", portal);
        record(bob, "FAILURE", day + "T13:15:00Z", null);
        record(bob, "FAILURE", day + "T13:16:00Z", null);
        record(bob, "LOCKED", day + "T23:59:59Z", null);
        // Just outside the UTC day on either side: not counted.
        record(bob, "SUCCESS", day.minusDays(1) + "T23:59:59Z", null);
        record(bob, "SUCCESS", day.plusDays(1) + "T00:00:00Z", null);

        JsonNode event = json.readTree(get(first).body());
        assertThat(event.get("principal").asString()).isEqualTo(alice);
        assertThat(event.get("outcome").asString()).isEqualTo("FAILURE");
        assertThat(event.get("service").asString()).startsWith("portal-");
        assertThat(json.readTree(get("/login-events?principal=" + alice).body()).valueStream()
                .map(e -> e.get("outcome").asString())).containsExactly("SUCCESS", "FAILURE");

        JsonNode aggregated = post("/reports/daily?day=" + day, "");
        assertThat(counts(aggregated)).isEqualTo(Map.of("SUCCESS", "1/1", "FAILURE", "3/2", "LOCKED", "1/1"));

        // A late event, and the day counted again: replaced, not added to.
        record(alice, "LOCKED", day + "T20:00:00Z", portal);
        post("/reports/daily?day=" + day, "");
        JsonNode read = json.readTree(get("/reports/daily?from=" + day + "&to=" + day).body());
        assertThat(counts(read)).isEqualTo(Map.of("SUCCESS", "1/1", "FAILURE", "3/2", "LOCKED", "2/2"));
        assertThat(read.get(0).get("day").asString()).isEqualTo(day.toString());

        // The counts live in cas_reports, written over the second datasource.
        assertThat(new JdbcTemplate(reportsDataSource).queryForObject(
                "SELECT sum(logins) FROM daily_login_stats WHERE day = ?", Long.class, day)).isEqualTo(6L);
    }

    @Test
    void refusesInvalidRequests() throws IOException, InterruptedException {
        assertThat(send("POST", "/login-events", "{\"principal\": \" \", \"outcome\": \"SUCCESS\","
                + " \"ipAddress\": \"192.0.2.1\"}").statusCode()).isEqualTo(400);
        assertThat(send("POST", "/login-events", "{\"principal\": \"carol\", \"outcome\": \"SUCCESS\","
                + " \"ipAddress\": \"<script>\"}").statusCode()).isEqualTo(400);
        assertThat(send("POST", "/login-events", "{\"principal\": \"carol\", \"outcome\": \"MAYBE\","
                + " \"ipAddress\": \"192.0.2.1\"}").statusCode()).isEqualTo(400);
        assertThat(send("POST", "/login-events", "{\"principal\": \"carol\", \"outcome\": \"SUCCESS\","
                + " \"ipAddress\": \"2001:db8::1\", \"serviceId\": 999999999}").statusCode()).isEqualTo(400);
        assertThat(get("/login-events?principal=carol&limit=0").statusCode()).isEqualTo(400);

        LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        assertThat(send("POST", "/reports/daily?day=" + tomorrow, "").statusCode()).isEqualTo(400);
        assertThat(send("POST", "/reports/daily?day=yesterday", "").statusCode()).isEqualTo(400);
        assertThat(get("/reports/daily?from=2026-02-01&to=2026-01-01").statusCode()).isEqualTo(400);

        String name = "cas-" + UUID.randomUUID();
        String service = "{\"name\": \"" + name + "\", \"serviceUrl\": \"https://cas.example.org/\"}";
        assertThat(send("POST", "/services", service).statusCode()).isEqualTo(201);
        assertThat(send("POST", "/services", service).statusCode()).isEqualTo(409);
    }

    @Test
    void answers404ForUnknownIds() throws IOException, InterruptedException {
        assertThat(get("/login-events/999999999").statusCode()).isEqualTo(404);
        assertThat(get("/services/999999999").statusCode()).isEqualTo(404);
    }

    private static void assertUpToDateAt(JsonNode dataSource, String revision) {
        assertThat(dataSource.get("upToDate").asBoolean()).isTrue();
        assertThat(dataSource.get("current").valueStream().map(JsonNode::asString)).containsExactly(revision);
        assertThat(dataSource.get("pending")).isEmpty();
    }

    /** Outcome to "logins/principals", for one day's rows. */
    private static Map<String, String> counts(JsonNode rows) {
        return rows.valueStream().collect(Collectors.toMap(r -> r.get("outcome").asString(),
                r -> r.get("logins").asLong() + "/" + r.get("principals").asLong()));
    }

    private String record(String principal, String outcome, String occurredAt, Long serviceId)
            throws IOException, InterruptedException {
        HttpResponse<String> created = send("POST", "/login-events", """
                {"principal": "%s", "outcome": "%s", "ipAddress": "198.51.100.7", "occurredAt": "%s", "serviceId": %s}
                """.formatted(principal, outcome, occurredAt, serviceId));
        assertThat(created.statusCode()).isEqualTo(201);
        return created.headers().firstValue("Location").orElseThrow();
    }

    private JsonNode post(String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = send("POST", path, body);
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
