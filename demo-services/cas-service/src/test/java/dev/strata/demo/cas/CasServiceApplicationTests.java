package dev.strata.demo.cas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.demo.test.http.ServiceHttp;
import dev.strata.demo.test.http.ServiceResponse;
import dev.strata.demo.test.jdbc.JdbcDatabaseReader;
import dev.strata.demo.test.migration.MigratedDatabase;
import dev.strata.demo.test.migration.MigrationsEndpoint;
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

    private static final String TABLES =
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name";

    private final ServiceHttp http;
    /** Spring Boot's, on the primary datasource. */
    private final JdbcTemplate audit;
    private final JdbcTemplate reports;

    CasServiceApplicationTests(@LocalServerPort int port, @Autowired JdbcTemplate audit,
            @Autowired @Qualifier("reportsDataSource") DataSource reportsDataSource) {
        this.http = ServiceHttp.onPort(port);
        this.audit = audit;
        this.reports = new JdbcTemplate(reportsDataSource);
    }

    @Test
    void runsTheAuditDatabaseMigratedToItsHead() {
        MigratedDatabase.of(JdbcDatabaseReader.of(audit))
                .assertMigratedThrough("cas_audit", CREATE_AUDIT, INDEX_BY_TIME);
        // Only the entities' tables and Strata's own: the reports' revisions did not run here.
        assertThat(audit.queryForList(TABLES, String.class))
                .containsExactly("login_events", "registered_services", "strata_history", "strata_version");
        // Built CONCURRENTLY outside a transaction: such a build that failed would leave the index invalid.
        assertThat(audit.queryForObject("SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                + " WHERE c.relname = 'ix_login_events_occurred_at'", Boolean.class)).isTrue();
    }

    @Test
    void runsTheReportsDatabaseMigratedToItsOwnHead() {
        MigratedDatabase.of(JdbcDatabaseReader.of(reports))
                .assertMigratedThrough("cas_reports", CREATE_STATS, COUNT_PRINCIPALS);
        assertThat(reports.queryForList(TABLES, String.class))
                .containsExactly("daily_login_stats", "strata_history", "strata_version");
        assertThat(reports.queryForList("SELECT column_name FROM information_schema.columns"
                + " WHERE table_name = 'daily_login_stats' ORDER BY ordinal_position", String.class))
                .containsExactly("day", "outcome", "logins", "aggregated_at", "principals");
    }

    @Test
    void actuatorListsBothDataSourcesUpToDate() {
        MigrationsEndpoint endpoint = MigrationsEndpoint.of(http);
        assertThat(endpoint.datasources().propertyNames()).containsExactlyInAnyOrder("dataSource", "reportsDataSource");
        endpoint.assertUpToDateThrough("dataSource", CREATE_AUDIT, INDEX_BY_TIME);
        endpoint.assertUpToDateThrough("reportsDataSource", CREATE_STATS, COUNT_PRINCIPALS);
        // The endpoint lists the head first; the reports' revisions come from their own location.
        assertThat(endpoint.revisionStates("reportsDataSource"))
                .containsExactly(COUNT_PRINCIPALS + " applied", CREATE_STATS + " applied");
        assertThat(endpoint.revisions("reportsDataSource").get(0).get("location").asString()).contains("db/reports");

        JsonNode health = http.get("/actuator/health").json().get("components").get("migrations");
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.get("details").get("reportsDataSource").get("current").get(0).asString())
                .isEqualTo(COUNT_PRINCIPALS);
    }

    @Test
    void recordsLoginEventsAndReportsTheDayFromTheOtherDatabase() {
        // A day of its own, so that a rerun on a kept database (STRATA_TEST_DATABASE_URL) counts only this run.
        LocalDate day = LocalDate.of(2001, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(8000));
        String alice = "alice-" + UUID.randomUUID();
        String bob = "bob-" + UUID.randomUUID();
        long portal = postOk("/services", "{\"name\": \"portal-" + UUID.randomUUID()
                + "\", \"serviceUrl\": \"https://portal.example.org/login\"}").get("id").asLong();

        String first = record(alice, "FAILURE", day + "T08:00:00Z", portal);
        record(alice, "SUCCESS", day + "T08:00:30Z", portal);
        record(bob, "FAILURE", day + "T13:15:00Z", null);
        record(bob, "FAILURE", day + "T13:16:00Z", null);
        record(bob, "LOCKED", day + "T23:59:59Z", null);
        // Just outside the UTC day on either side: not counted.
        record(bob, "SUCCESS", day.minusDays(1) + "T23:59:59Z", null);
        record(bob, "SUCCESS", day.plusDays(1) + "T00:00:00Z", null);

        JsonNode event = http.get(first).json();
        assertThat(event.get("principal").asString()).isEqualTo(alice);
        assertThat(event.get("outcome").asString()).isEqualTo("FAILURE");
        assertThat(event.get("service").asString()).startsWith("portal-");
        assertThat(http.get("/login-events?principal=" + alice).json().valueStream()
                .map(e -> e.get("outcome").asString())).containsExactly("SUCCESS", "FAILURE");

        JsonNode aggregated = postOk("/reports/daily?day=" + day, "");
        assertThat(counts(aggregated)).isEqualTo(Map.of("SUCCESS", "1/1", "FAILURE", "3/2", "LOCKED", "1/1"));

        // A late event, and the day counted again: replaced, not added to.
        record(alice, "LOCKED", day + "T20:00:00Z", portal);
        postOk("/reports/daily?day=" + day, "");
        JsonNode read = http.get("/reports/daily?from=" + day + "&to=" + day).json();
        assertThat(counts(read)).isEqualTo(Map.of("SUCCESS", "1/1", "FAILURE", "3/2", "LOCKED", "2/2"));
        assertThat(read.get(0).get("day").asString()).isEqualTo(day.toString());

        // The counts live in cas_reports, written over the second datasource.
        assertThat(reports.queryForObject(
                "SELECT sum(logins) FROM daily_login_stats WHERE day = ?", Long.class, day)).isEqualTo(6L);
    }

    @Test
    void refusesInvalidRequests() {
        assertThat(http.post("/login-events", "{\"principal\": \" \", \"outcome\": \"SUCCESS\","
                + " \"ipAddress\": \"192.0.2.1\"}").status()).isEqualTo(400);
        assertThat(http.post("/login-events", "{\"principal\": \"carol\", \"outcome\": \"SUCCESS\","
                + " \"ipAddress\": \"<script>\"}").status()).isEqualTo(400);
        assertThat(http.post("/login-events", "{\"principal\": \"carol\", \"outcome\": \"MAYBE\","
                + " \"ipAddress\": \"192.0.2.1\"}").status()).isEqualTo(400);
        assertThat(http.post("/login-events", "{\"principal\": \"carol\", \"outcome\": \"SUCCESS\","
                + " \"ipAddress\": \"2001:db8::1\", \"serviceId\": 999999999}").status()).isEqualTo(400);
        assertThat(http.get("/login-events?principal=carol&limit=0").status()).isEqualTo(400);

        LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        assertThat(http.post("/reports/daily?day=" + tomorrow, "").status()).isEqualTo(400);
        assertThat(http.post("/reports/daily?day=yesterday", "").status()).isEqualTo(400);
        assertThat(http.get("/reports/daily?from=2026-02-01&to=2026-01-01").status()).isEqualTo(400);

        String name = "cas-" + UUID.randomUUID();
        String service = "{\"name\": \"" + name + "\", \"serviceUrl\": \"https://cas.example.org/\"}";
        assertThat(http.post("/services", service).status()).isEqualTo(201);
        assertThat(http.post("/services", service).status()).isEqualTo(409);
    }

    @Test
    void answers404ForUnknownIds() {
        assertThat(http.get("/login-events/999999999").status()).isEqualTo(404);
        assertThat(http.get("/services/999999999").status()).isEqualTo(404);
    }

    /** Outcome to "logins/principals", for one day's rows. */
    private static Map<String, String> counts(JsonNode rows) {
        return rows.valueStream().collect(Collectors.toMap(r -> r.get("outcome").asString(),
                r -> r.get("logins").asLong() + "/" + r.get("principals").asLong()));
    }

    private String record(String principal, String outcome, String occurredAt, Long serviceId) {
        ServiceResponse created = http.post("/login-events", """
                {"principal": "%s", "outcome": "%s", "ipAddress": "198.51.100.7", "occurredAt": "%s", "serviceId": %s}
                """.formatted(principal, outcome, occurredAt, serviceId));
        assertThat(created.status()).isEqualTo(201);
        return created.location();
    }

    /** POSTs what must succeed, and reads the answer. */
    private JsonNode postOk(String path, String body) {
        ServiceResponse response = http.post(path, body);
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
        return response.json();
    }
}
