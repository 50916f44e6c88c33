package dev.strata.boot.web;

import static dev.strata.boot.Sql.column;
import static dev.strata.boot.Sql.lastAudit;
import static dev.strata.boot.Sql.snapshot;
import static dev.strata.boot.Sql.tables;
import static dev.strata.boot.Sql.versions;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.boot.StrataMigrations;
import dev.strata.test.TestDatabase;
import dev.strata.test.TestPostgres;
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
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /actuator/migrations} over real HTTP with Spring Security: the read operations, every guard of the
 * downgrade (each refusal leaving the database as it was) and one downgrade that runs.
 */
@SpringBootTest(classes = MigrationsEndpointWebTests.WebApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "management.endpoints.web.exposure.include=migrations,health",
                "management.endpoint.health.show-details=always",
                "strata.locations=classpath:db/web",
                "strata.actuator.downgrade.floor=e00000000001",
                "strata.datasources.orders.actuator.downgrade.enabled=true" })
@ExtendWith(OutputCaptureExtension.class)
class MigrationsEndpointWebTests {

    private static final TestDatabase ORDERS = TestPostgres.shared().createDatabase();
    private static final TestDatabase LEDGER = TestPostgres.shared().createDatabase();

    private static final String HEAD = "e00000000004";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    StrataMigrations migrations;

    @AfterAll
    static void dropDatabases() {
        ORDERS.close();
        LEDGER.close();
    }

    @BeforeEach
    void bothDatabasesAtHead() {
        migrations.engines().forEach(engine -> engine.strata().upgrade("heads"));
    }

    // ---- read --------------------------------------------------------------------------------------------

    @Test
    void listsWhereEveryDataSourceStands() throws Exception {
        Response response = get("/actuator/migrations", "viewer");

        assertThat(response.status()).isEqualTo(200);
        Map<String, Object> orders = map(map(response.json().get("datasources")).get("orders"));
        assertThat(orders).containsExactly(Map.entry("current", List.of(HEAD)), Map.entry("heads", List.of(HEAD)),
                Map.entry("pending", List.of()), Map.entry("upToDate", true));
        assertThat(map(response.json().get("datasources"))).containsOnlyKeys("orders", "ledger");
    }

    @Test
    void showsOneDataSourceWithRevisionsAndHistory() throws Exception {
        Response response = get("/actuator/migrations/orders", "viewer");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).containsEntry("datasource", "orders").containsEntry("target", "heads")
                .containsEntry("upToDate", true);
        List<Map<String, Object>> revisions = list(response.json().get("revisions"));
        assertThat(revisions).extracting(r -> r.get("revision"))
                .containsExactly(HEAD, "e00000000003", "e00000000002", "e00000000001");
        assertThat(revisions).allSatisfy(r -> {
            assertThat(r).containsEntry("state", "applied").containsEntry("checksumValid", true);
            assertThat((String) r.get("appliedAt")).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        });
        assertThat(revisions.get(2)).containsEntry("reversible", false).containsEntry("message", "Create t2");
        List<Map<String, Object>> history = list(response.json().get("history"));
        assertThat(history).isNotEmpty();
        assertThat(history.get(0)).containsKeys("revision", "direction", "startedAt", "durationMs", "dbUser",
                "principal");
    }

    @Test
    void answers404ForADataSourceStrataDoesNotMigrate() throws Exception {
        assertThat(get("/actuator/migrations/nope", "viewer").status()).isEqualTo(404);
    }

    @Test
    void reportsHealthPerDataSource() throws Exception {
        Response response = get("/actuator/health", "viewer");

        Map<String, Object> health = map(map(response.json().get("components")).get("migrations"));
        assertThat(health).containsEntry("status", "UP");
        assertThat(map(health.get("details"))).containsOnlyKeys("orders", "ledger");
    }

    // ---- the guards --------------------------------------------------------------------------------------

    @Test
    void refusesAnUnauthenticatedCaller() throws Exception {
        List<String> before = snapshot(ORDERS);

        String audit = lastAudit(ORDERS);

        Response response = post("/actuator/migrations/orders", null, downgrade("-1", HEAD, false));

        assertThat(response.status()).isEqualTo(401);
        assertThat(snapshot(ORDERS)).isEqualTo(before);
        assertThat(lastAudit(ORDERS)).as("anonymous callers are not written to the database").isEqualTo(audit);
    }

    @Test
    void refusesACallerWithoutTheRole() throws Exception {
        List<String> before = snapshot(ORDERS);

        Response response = post("/actuator/migrations/orders", "viewer", downgrade("-1", HEAD, false));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json()).containsEntry("message", "Downgrading needs the role ADMIN, which viewer does not"
                + " hold");
        assertThat(snapshot(ORDERS)).isEqualTo(before);
        assertThat(lastAudit(ORDERS)).isEqualTo("refused by viewer to -1: Downgrading needs the role ADMIN, which"
                + " viewer does not hold");
    }

    @Test
    void refusesWhenDowngradeIsNotEnabledForTheDataSource() throws Exception {
        List<String> before = snapshot(LEDGER);

        Response response = post("/actuator/migrations/ledger", "admin", downgrade("-1", HEAD, false));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json()).containsEntry("message", "Downgrade through the endpoint is disabled; set"
                + " strata.actuator.downgrade.enabled=true (or strata.datasources.ledger.actuator.downgrade.enabled"
                + "=true) to allow it");
        assertThat(snapshot(LEDGER)).isEqualTo(before);
        assertThat(lastAudit(LEDGER)).startsWith("refused by admin to -1: Downgrade through the endpoint is disabled");
    }

    @Test
    void refusesWhenConfirmIsNotTheCurrentHeadsAndLogsTheAttempt(CapturedOutput output) throws Exception {
        List<String> before = snapshot(ORDERS);

        Response response = post("/actuator/migrations/orders", "admin", downgrade("-1", "e00000000003", false));

        assertThat(response.status()).isEqualTo(412);
        assertThat(response.json()).containsEntry("message", "confirm must equal the current heads \"" + HEAD
                + "\", was \"e00000000003\": the database is not where the caller thinks")
                .containsEntry("status", 412).containsEntry("datasource", "orders").containsEntry("target", "-1");
        assertThat(snapshot(ORDERS)).isEqualTo(before);
        assertThat(lastAudit(ORDERS)).startsWith("refused by admin to -1: confirm must equal the current heads");
        assertThat(output).contains("Strata: downgrade of DataSource 'orders' to '-1' requested by admin"
                + " (dryRun=false, confirm=e00000000003)", "requested by admin refused: confirm must equal");
    }

    @Test
    void aDryRunIsTheDefaultAndShowsThePlanAndTheSql() throws Exception {
        List<String> before = snapshot(ORDERS);

        Response response = post("/actuator/migrations/orders", "admin",
                "{\"operation\":\"downgrade\",\"target\":\"-1\",\"confirm\":\"" + HEAD + "\"}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).containsEntry("dryRun", true).containsEntry("current", List.of(HEAD));
        assertThat(list(response.json().get("plan"))).containsExactly(Map.of("revision", HEAD, "to",
                List.of("e00000000003"), "message", "Create t4"));
        assertThat((String) response.json().get("sql")).contains("DROP TABLE t4;",
                "UPDATE strata_version SET version_num='e00000000003' WHERE strata_version.version_num = '"
                        + HEAD + "';");
        assertThat(snapshot(ORDERS)).isEqualTo(before);
        assertThat(lastAudit(ORDERS)).isEqualTo("dry-run by admin to -1: dry run of downgrade to -1, plan: [{revision="
                + HEAD + ", to=[e00000000003], message=Create t4}]");
    }

    @Test
    void neverGoesBelowTheFloor() throws Exception {
        List<String> before = snapshot(ORDERS);

        Response response = post("/actuator/migrations/orders", "admin", downgrade("base", HEAD, false));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json()).containsEntry("message", "Downgrading to 'base' would undo e00000000001, at or"
                + " below the floor e00000000001 (strata.actuator.downgrade.floor)");
        assertThat(snapshot(ORDERS)).isEqualTo(before);
        assertThat(lastAudit(ORDERS)).isEqualTo("refused by admin to base: Downgrading to 'base' would undo"
                + " e00000000001, at or below the floor e00000000001 (strata.actuator.downgrade.floor)");
    }

    @Test
    void refusesToUndoAnIrreversibleRevision() throws Exception {
        List<String> before = snapshot(ORDERS);

        Response response = post("/actuator/migrations/orders", "admin", downgrade("e00000000001", HEAD, false));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json()).containsEntry("message", "Revision e00000000002 cannot be downgraded: its"
                + " downgrade is declared irreversible");
        assertThat(snapshot(ORDERS)).isEqualTo(before);
        assertThat(lastAudit(ORDERS)).startsWith("refused by admin to e00000000001: Revision e00000000002 cannot be");
    }

    @Test
    void refusesAnUnknownOperationAndABadTarget() throws Exception {
        List<String> before = snapshot(ORDERS);

        Response operation = post("/actuator/migrations/orders", "admin",
                "{\"operation\":\"upgrade\",\"target\":\"heads\",\"confirm\":\"" + HEAD + "\"}");
        Response target = post("/actuator/migrations/orders", "admin", downgrade("zzz", HEAD, false));

        assertThat(operation.status()).isEqualTo(400);
        assertThat(operation.json()).containsEntry("message", "operation must be \"downgrade\", was \"upgrade\"");
        assertThat(target.status()).isEqualTo(400);
        assertThat((String) target.json().get("message")).startsWith("Can't locate revision identified by 'zzz'");
        assertThat(snapshot(ORDERS)).isEqualTo(before);
    }

    @Test
    void downgradesWhenEveryGuardPassesAndRecordsTheCaller() throws Exception {
        Response response = post("/actuator/migrations/orders", "admin", downgrade("-1", HEAD, false));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).containsEntry("dryRun", false).containsEntry("headsBefore", List.of(HEAD))
                .containsEntry("headsAfter", List.of("e00000000003"));
        assertThat(versions(ORDERS, "strata_version")).containsExactly("e00000000003");
        assertThat(tables(ORDERS)).doesNotContain("public.t4").contains("public.t3");
        assertThat(column(ORDERS, "SELECT direction || ' ' || revision || ' by ' || principal FROM strata_history"
                + " ORDER BY id DESC LIMIT 1")).containsExactly("downgrade e00000000004 by admin");
    }

    // ---- plumbing ----------------------------------------------------------------------------------------

    private static String downgrade(String target, String confirm, boolean dryRun) {
        return "{\"operation\":\"downgrade\",\"target\":\"" + target + "\",\"confirm\":\"" + confirm
                + "\",\"dryRun\":" + dryRun + "}";
    }

    private record Response(int status, Map<String, Object> json) {
    }

    private Response get(String path, String user) throws IOException, InterruptedException {
        return send(request(path, user).GET().build());
    }

    private Response post(String path, String user, String body) throws IOException, InterruptedException {
        return send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            String credentials = user + ":" + user + "-pw";
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private static Response send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        Map<String, Object> json = body == null || body.isBlank() ? Map.of() : map(JSON.readValue(body, Map.class));
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

    /** A service with two databases, Spring Security and HTTP basic: admin holds ADMIN, viewer only USER. */
    @SpringBootApplication(exclude = { HibernateJpaAutoConfiguration.class,
            DataJpaRepositoriesAutoConfiguration.class })
    static class WebApplication {

        @Bean
        DataSource orders() {
            return ORDERS.dataSource();
        }

        @Bean
        DataSource ledger() {
            return LEDGER.dataSource();
        }

        @Bean
        SecurityFilterChain security(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .httpBasic(Customizer.withDefaults())
                    .csrf(csrf -> csrf.disable());
            return http.build();
        }

        @Bean
        UserDetailsService users() {
            return new InMemoryUserDetailsManager(
                    User.withUsername("admin").password("{noop}admin-pw").roles("ADMIN").build(),
                    User.withUsername("viewer").password("{noop}viewer-pw").roles("USER").build());
        }
    }
}
