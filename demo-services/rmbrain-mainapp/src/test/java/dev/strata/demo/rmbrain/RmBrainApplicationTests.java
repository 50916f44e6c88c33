package dev.strata.demo.rmbrain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.demo.test.http.ServiceHttp;
import dev.strata.demo.test.http.ServiceResponse;
import dev.strata.demo.test.migration.DatabaseReader;
import dev.strata.demo.test.migration.MigratedDatabase;
import dev.strata.demo.test.migration.MigrationsEndpoint;
import dev.strata.demo.test.r2dbc.R2dbcDatabaseReader;
import dev.strata.demo.test.r2dbc.R2dbcOnlyService;
import dev.strata.demo.test.r2dbc.StartupProbe;
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

/**
 * The service as it runs: reactive, without a JDBC driver, on its embedded rmbrain_mainapp database, which Strata
 * migrates over R2DBC at startup before any repository is used.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RmBrainApplicationTests {

    private static final String CREATE_RECOMMENDATIONS = "630f8a343d1a";
    private static final String ADD_FEEDBACK = "f874330bc000";
    private static final String HEAD = ADD_FEEDBACK;

    private final ServiceHttp http;
    private final DatabaseReader sql;

    RmBrainApplicationTests(@LocalServerPort int port, @Autowired DatabaseClient database) {
        this.http = ServiceHttp.onPort(port);
        this.sql = R2dbcDatabaseReader.of(database);
    }

    /** Reads the tables while the context is created, as a cache warmed at startup would. */
    @TestConfiguration
    static class StartupReads {

        @Bean
        StartupProbe startupProbe(RecommendationRepository recommendations, DatabaseClient database) {
            return StartupProbe.read(recommendations.count(), database);
        }
    }

    @Test
    void runsOverR2dbcWithoutAJdbcDriver(@Autowired ApplicationContext context) {
        R2dbcOnlyService.assertRunsOnR2dbcAlone(context, "connectionFactory");
    }

    @Test
    void runsOnItsOwnDatabaseMigratedToHeadBeforeTheFirstRepositoryCall(@Autowired StartupProbe startupProbe) {
        assertThat(startupProbe.versions()).containsExactly(HEAD);
        assertThat(startupProbe.rows()).isNotNull();

        MigratedDatabase.of(sql).assertMigratedThrough("rmbrain_mainapp", CREATE_RECOMMENDATIONS, ADD_FEEDBACK);
        assertThat(sql.one("SELECT data_type || ' ' || numeric_precision || ',' || numeric_scale"
                + " FROM information_schema.columns WHERE table_name = 'recommendations'"
                + " AND column_name = 'confidence'")).isEqualTo("numeric 4,3");
    }

    @Test
    void actuatorShowsTheDatabaseUpToDate() {
        MigrationsEndpoint.of(http).assertUpToDateThrough("connectionFactory", CREATE_RECOMMENDATIONS, ADD_FEEDBACK);
    }

    @Test
    void recordsAnInsightAndFillsTheInbox() {
        // A client of its own, so that a rerun on a kept database (DATABASE_URL) does not see the last run's rows.
        long client = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);
        ServiceResponse created = http.post("/insights", insight(client, "Equity share 12 points above mandate",
                "[{\"action\": \"Call about rebalancing\", \"confidence\": 0.55},"
                        + " {\"action\": \"Propose moving 10% to short bonds\", \"confidence\": 0.875}]"));
        assertThat(created.status()).isEqualTo(201);
        String location = created.location();

        JsonNode insight = http.get(location).json();
        long insightId = insight.get("id").asLong();
        assertThat(location).isEqualTo("/insights/" + insightId);
        assertThat(insight.get("recommendations").valueStream().map(r -> r.get("action").asString() + " "
                + r.get("state").asString() + " " + (r.get("insightId").asLong() == insightId) + " "
                + (r.get("clientId").asLong() == client)))
                .containsExactly("Call about rebalancing PROPOSED true true",
                        "Propose moving 10% to short bonds PROPOSED true true");
        // numeric(4,3): stored exactly, with its three decimals.
        assertThat(sql.all("SELECT confidence::text FROM recommendations WHERE client_id = " + client
                + " ORDER BY id")).containsExactly("0.550", "0.875");

        assertThat(actions(http.get("/recommendations?clientId=" + client)))
                .containsExactly("Propose moving 10% to short bonds", "Call about rebalancing");
        assertThat(actions(http.get("/recommendations?clientId=" + client + "&state=ACCEPTED"))).isEmpty();
        assertThat(http.get("/insights?clientId=" + client).json().valueStream()
                .map(i -> i.get("topic").asString())).containsExactly("Equity share 12 points above mandate");
    }

    @Test
    void feedbackDecidesARecommendationOnce() {
        long client = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);
        JsonNode insight = http.post("/insights", insight(client, "Cash above 20% for six months",
                "[{\"action\": \"Suggest a money market fund\", \"confidence\": 0.7},"
                        + " {\"action\": \"Ask about a house purchase\", \"confidence\": 0.4}]")).json();
        long fund = insight.get("recommendations").get(0).get("id").asLong();
        long house = insight.get("recommendations").get(1).get("id").asLong();
        String fundFeedback = "/recommendations/" + fund + "/feedback";
        assertThat(http.get(fundFeedback).status()).isEqualTo(404);

        ServiceResponse given = http.post(fundFeedback, "{\"useful\": true, \"comment\": \"Client asked for"
                + " this\", \"givenBy\": \"rm-ada\"}");
        assertThat(given.status()).isEqualTo(201);
        assertThat(given.header("Location")).contains(fundFeedback);
        assertThat(http.post("/recommendations/" + house + "/feedback", "{\"useful\": false, \"givenBy\": \"rm-ada\"}")
                .status()).isEqualTo(201);

        JsonNode read = http.get(fundFeedback).json();
        assertThat(read.get("recommendationId").asLong()).isEqualTo(fund);
        assertThat(read.get("comment").asString()).isEqualTo("Client asked for this");
        assertThat(http.get("/recommendations/" + fund).json().get("state").asString())
                .isEqualTo("ACCEPTED");
        assertThat(actions(http.get("/recommendations?clientId=" + client + "&state=DISMISSED")))
                .containsExactly("Ask about a house purchase");
        assertThat(actions(http.get("/recommendations?clientId=" + client))).isEmpty();

        // Decided once: a second verdict is refused, and the first one stands.
        assertThat(http.post(fundFeedback, "{\"useful\": false, \"givenBy\": \"rm-bob\"}").status()).isEqualTo(409);
        assertThat(sql.all("SELECT f.given_by || ' ' || r.state FROM feedback f JOIN recommendations r"
                + " ON r.id = f.recommendation_id WHERE r.client_id = " + client + " ORDER BY r.id"))
                .containsExactly("rm-ada ACCEPTED", "rm-ada DISMISSED");
    }

    @Test
    void refusesInvalidInput() {
        assertThat(http.post("/insights", insight(7, "Too sure", "[{\"action\": \"Buy\", \"confidence\": 1.2}]"))
                .status()).isEqualTo(400);
        assertThat(http.post("/insights", insight(7, "Too precise", "[{\"action\": \"Buy\", \"confidence\": 0.12345}]"))
                .status()).isEqualTo(400);
        assertThat(http.post("/insights", insight(7, "Nothing to do", "[]")).status()).isEqualTo(400);
        assertThat(http.post("/insights", insight(7, "", "[{\"action\": \"Buy\", \"confidence\": 0.5}]")).status())
                .isEqualTo(400);
        assertThat(http.get("/recommendations?clientId=7&state=MAYBE").status()).isEqualTo(400);
        assertThat(http.post("/recommendations/1/feedback", "{\"givenBy\": \"rm-ada\"}").status()).isEqualTo(400);
        assertThat(http.post("/recommendations/1/feedback", "{\"useful\": true, \"givenBy\": \"\"}").status())
                .isEqualTo(400);
        assertThat(http.get("/insights?clientId=7").body()).isEqualTo("[]");
    }

    @Test
    void answers404ForUnknownIds() {
        assertThat(http.get("/insights/999999").status()).isEqualTo(404);
        assertThat(http.get("/recommendations/999999").status()).isEqualTo(404);
        assertThat(http.post("/recommendations/999999/feedback", "{\"useful\": true, \"givenBy\": \"rm-ada\"}")
                .status()).isEqualTo(404);
    }

    private static String insight(long client, String topic, String recommendations) {
        return "{\"clientId\": " + client + ", \"topic\": \"" + topic + "\", \"detail\": \"From the March"
                + " holdings\", \"source\": \"portfolio-drift-v3\", \"recommendations\": " + recommendations + "}";
    }

    private List<String> actions(ServiceResponse response) {
        assertThat(response.status()).isEqualTo(200);
        return response.json().valueStream().map(r -> r.get("action").asString()).toList();
    }
}
