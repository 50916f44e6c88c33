package dev.strata.demo.rmbrain;

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
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service as it runs: reactive, without a JDBC driver, on its embedded rmbrain_mainapp database, which Strata
 * migrates over R2DBC at startup before any repository is used.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RmBrainApplicationTests {

    private static final String CREATE_RECOMMENDATIONS = "630f8a343d1a";
    private static final String ADD_FEEDBACK = "f874330bc000";
    private static final String HEAD = ADD_FEEDBACK;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    private int port;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private StrataMigrations migrations;

    @Autowired
    private DatabaseClient database;

    @Autowired
    private StartupProbe startupProbe;

    /** Reads the tables while the context is created, as a cache warmed at startup would. */
    @TestConfiguration
    static class StartupReads {

        @Bean
        StartupProbe startupProbe(RecommendationRepository recommendations, DatabaseClient database) {
            return new StartupProbe(recommendations.count().block(), database.sql("SELECT version_num FROM"
                    + " strata_version").map(row -> row.get("version_num", String.class)).all().collectList().block());
        }
    }

    /** What a bean created with the context found in the database. */
    record StartupProbe(Long recommendations, List<String> version) {
    }

    @Test
    void runsOverR2dbcWithoutAJdbcDriver() {
        assertThatThrownBy(() -> Class.forName("org.postgresql.Driver")).isInstanceOf(ClassNotFoundException.class);
        // The JPA annotations on the entities are for autogenerate only: the service runs without them.
        assertThatThrownBy(() -> Class.forName("jakarta.persistence.Entity"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThat(context.getBeanNamesForType(javax.sql.DataSource.class)).isEmpty();

        assertThat(migrations.engines()).extracting(StrataEngine::describe)
                .containsExactly("ConnectionFactory 'connectionFactory'");
        assertThat(migrations.engine("connectionFactory").orElseThrow().strata().configuration().driver())
                .isInstanceOf(R2dbcDriver.class);
    }

    @Test
    void runsOnItsOwnDatabaseMigratedToHeadBeforeTheFirstRepositoryCall() {
        assertThat(startupProbe.version()).containsExactly(HEAD);
        assertThat(startupProbe.recommendations()).isNotNull();

        assertThat(one("SELECT current_database() AS v")).isEqualTo("rmbrain_mainapp");
        assertThat(all("SELECT version_num AS v FROM strata_version")).containsExactly(HEAD);
        assertThat(all("SELECT revision AS v FROM strata_history WHERE direction = 'upgrade' AND success ORDER BY id"))
                .containsExactly(CREATE_RECOMMENDATIONS, ADD_FEEDBACK);
        assertThat(one("SELECT data_type || ' ' || numeric_precision || ',' || numeric_scale AS v"
                + " FROM information_schema.columns WHERE table_name = 'recommendations'"
                + " AND column_name = 'confidence'")).isEqualTo("numeric 4,3");
    }

    @Test
    void actuatorShowsTheDatabaseUpToDate() throws IOException, InterruptedException {
        HttpResponse<String> all = get("/actuator/migrations");
        assertThat(all.statusCode()).isEqualTo(200);
        JsonNode engine = json.readTree(all.body()).get("datasources").get("connectionFactory");
        assertThat(engine.get("upToDate").asBoolean()).isTrue();
        assertThat(engine.get("current").get(0).asString()).isEqualTo(HEAD);
        assertThat(engine.get("pending")).isEmpty();

        JsonNode full = json.readTree(get("/actuator/migrations/connectionFactory").body());
        assertThat(full.get("revisions").valueStream()
                .map(r -> r.get("revision").asString() + " " + r.get("state").asString()))
                .containsExactlyInAnyOrder(CREATE_RECOMMENDATIONS + " applied", ADD_FEEDBACK + " applied");
    }

    @Test
    void recordsAnInsightAndFillsTheInbox() throws IOException, InterruptedException {
        // A client of its own, so that a rerun on a kept database (DATABASE_URL) does not see the last run's rows.
        long client = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);
        HttpResponse<String> created = post("/insights", insight(client, "Equity share 12 points above mandate",
                "[{\"action\": \"Call about rebalancing\", \"confidence\": 0.55},"
                        + " {\"action\": \"Propose moving 10% to short bonds\", \"confidence\": 0.875}]"));
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();

        JsonNode insight = json.readTree(get(location).body());
        long insightId = insight.get("id").asLong();
        assertThat(location).isEqualTo("/insights/" + insightId);
        assertThat(insight.get("recommendations").valueStream().map(r -> r.get("action").asString() + " "
                + r.get("state").asString() + " " + (r.get("insightId").asLong() == insightId) + " "
                + (r.get("clientId").asLong() == client)))
                .containsExactly("Call about rebalancing PROPOSED true true",
                        "Propose moving 10% to short bonds PROPOSED true true");
        // numeric(4,3): stored exactly, with its three decimals.
        assertThat(all("SELECT confidence::text AS v FROM recommendations WHERE client_id = " + client
                + " ORDER BY id")).containsExactly("0.550", "0.875");

        assertThat(actions(get("/recommendations?clientId=" + client)))
                .containsExactly("Propose moving 10% to short bonds", "Call about rebalancing");
        assertThat(actions(get("/recommendations?clientId=" + client + "&state=ACCEPTED"))).isEmpty();
        assertThat(json.readTree(get("/insights?clientId=" + client).body()).valueStream()
                .map(i -> i.get("topic").asString())).containsExactly("Equity share 12 points above mandate");
    }

    @Test
    void feedbackDecidesARecommendationOnce() throws IOException, InterruptedException {
        long client = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);
        JsonNode insight = json.readTree(post("/insights", insight(client, "Cash above 20% for six months",
                "[{\"action\": \"Suggest a money market fund\", \"confidence\": 0.7},"
                        + " {\"action\": \"Ask about a house purchase\", \"confidence\": 0.4}]")).body());
        long fund = insight.get("recommendations").get(0).get("id").asLong();
        long house = insight.get("recommendations").get(1).get("id").asLong();
        String fundFeedback = "/recommendations/" + fund + "/feedback";
        assertThat(get(fundFeedback).statusCode()).isEqualTo(404);

        HttpResponse<String> given = post(fundFeedback, "{\"useful\": true, \"comment\": \"Client asked for"
                + " this\", \"givenBy\": \"rm-ada\"}");
        assertThat(given.statusCode()).isEqualTo(201);
        assertThat(given.headers().firstValue("Location")).contains(fundFeedback);
        assertThat(post("/recommendations/" + house + "/feedback", "{\"useful\": false, \"givenBy\": \"rm-ada\"}")
                .statusCode()).isEqualTo(201);

        JsonNode read = json.readTree(get(fundFeedback).body());
        assertThat(read.get("recommendationId").asLong()).isEqualTo(fund);
        assertThat(read.get("comment").asString()).isEqualTo("Client asked for this");
        assertThat(json.readTree(get("/recommendations/" + fund).body()).get("state").asString())
                .isEqualTo("ACCEPTED");
        assertThat(actions(get("/recommendations?clientId=" + client + "&state=DISMISSED")))
                .containsExactly("Ask about a house purchase");
        assertThat(actions(get("/recommendations?clientId=" + client))).isEmpty();

        // Decided once: a second verdict is refused, and the first one stands.
        assertThat(post(fundFeedback, "{\"useful\": false, \"givenBy\": \"rm-bob\"}").statusCode()).isEqualTo(409);
        assertThat(all("SELECT f.given_by || ' ' || r.state AS v FROM feedback f JOIN recommendations r"
                + " ON r.id = f.recommendation_id WHERE r.client_id = " + client + " ORDER BY r.id"))
                .containsExactly("rm-ada ACCEPTED", "rm-ada DISMISSED");
    }

    @Test
    void refusesInvalidInput() throws IOException, InterruptedException {
        assertThat(post("/insights", insight(7, "Too sure", "[{\"action\": \"Buy\", \"confidence\": 1.2}]"))
                .statusCode()).isEqualTo(400);
        assertThat(post("/insights", insight(7, "Too precise", "[{\"action\": \"Buy\", \"confidence\": 0.12345}]"))
                .statusCode()).isEqualTo(400);
        assertThat(post("/insights", insight(7, "Nothing to do", "[]")).statusCode()).isEqualTo(400);
        assertThat(post("/insights", insight(7, "", "[{\"action\": \"Buy\", \"confidence\": 0.5}]")).statusCode())
                .isEqualTo(400);
        assertThat(get("/recommendations?clientId=7&state=MAYBE").statusCode()).isEqualTo(400);
        assertThat(post("/recommendations/1/feedback", "{\"givenBy\": \"rm-ada\"}").statusCode()).isEqualTo(400);
        assertThat(post("/recommendations/1/feedback", "{\"useful\": true, \"givenBy\": \"\"}").statusCode())
                .isEqualTo(400);
        assertThat(get("/insights?clientId=7").body()).isEqualTo("[]");
    }

    @Test
    void answers404ForUnknownIds() throws IOException, InterruptedException {
        assertThat(get("/insights/999999").statusCode()).isEqualTo(404);
        assertThat(get("/recommendations/999999").statusCode()).isEqualTo(404);
        assertThat(post("/recommendations/999999/feedback", "{\"useful\": true, \"givenBy\": \"rm-ada\"}")
                .statusCode()).isEqualTo(404);
    }

    private static String insight(long client, String topic, String recommendations) {
        return "{\"clientId\": " + client + ", \"topic\": \"" + topic + "\", \"detail\": \"From the March"
                + " holdings\", \"source\": \"portfolio-drift-v3\", \"recommendations\": " + recommendations + "}";
    }

    private List<String> actions(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body()).valueStream().map(r -> r.get("action").asString()).toList();
    }

    private String one(String sql) {
        return database.sql(sql).map(row -> row.get("v", String.class)).one().block();
    }

    private List<String> all(String sql) {
        return database.sql(sql).map(row -> row.get("v", String.class)).all().collectList().block();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
