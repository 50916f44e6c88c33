package dev.strata.demo.riskprofile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service as it runs: on its embedded cds_riskprofile database, migrated by Strata at startup. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RiskProfileServiceApplicationTests {

    private static final String CREATE_TABLES = "ecfe85f3eb58";
    private static final String ADD_NEXT_REVIEW = "a9c9b83b4c5f";

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void runsOnItsOwnDatabaseMigratedToHead() {
        assertThat(jdbc.queryForObject("SELECT current_database()", String.class)).isEqualTo("cds_riskprofile");
        assertThat(jdbc.queryForList("SELECT version_num FROM strata_version", String.class))
                .containsExactly(ADD_NEXT_REVIEW);
        assertThat(jdbc.queryForList(
                "SELECT revision FROM strata_history WHERE direction = 'upgrade' AND success ORDER BY id", String.class))
                .containsExactly(CREATE_TABLES, ADD_NEXT_REVIEW);
        assertThat(jdbc.queryForObject("SELECT is_nullable FROM information_schema.columns"
                + " WHERE table_name = 'risk_profiles' AND column_name = 'next_review_on'", String.class)).isEqualTo("NO");
        assertThat(jdbc.queryForList("SELECT indexname FROM pg_indexes WHERE tablename = 'risk_profiles'"
                + " AND indexname LIKE 'ix_%'", String.class)).containsExactly("ix_risk_profiles_risk_level_next_review_on");
    }

    @Test
    void actuatorShowsTheDatabaseUpToDate() throws IOException, InterruptedException {
        HttpResponse<String> all = get("/actuator/migrations");
        assertThat(all.statusCode()).isEqualTo(200);
        JsonNode dataSource = json.readTree(all.body()).get("datasources").get("dataSource");
        assertThat(dataSource.get("upToDate").asBoolean()).isTrue();
        assertThat(dataSource.get("current").get(0).asString()).isEqualTo(ADD_NEXT_REVIEW);
        assertThat(dataSource.get("pending")).isEmpty();

        JsonNode full = json.readTree(get("/actuator/migrations/dataSource").body());
        assertThat(full.get("revisions").valueStream().map(r -> r.get("revision").asString() + " " + r.get("state").asString()))
                .containsExactlyInAnyOrder(CREATE_TABLES + " applied", ADD_NEXT_REVIEW + " applied");
    }

    @Test
    void scoresQuestionnairesIntoTheProfile() throws IOException, InterruptedException {
        // A client id of its own, so that a rerun on a kept database (STRATA_TEST_DATABASE_URL) starts afresh.
        long client = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);

        // 10 + 10 + 10 + 10 + 10 + 10 + 5 = 65: MEDIUM (35 to 69), reviewed again in two years.
        HttpResponse<String> created = assess(client, "[10, 10, 10, 10, 10, 10, 5]");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/risk-profiles/" + client);
        JsonNode medium = json.readTree(get("/risk-profiles/" + client).body());
        assertThat(medium.get("score").asInt()).isEqualTo(65);
        assertThat(medium.get("riskLevel").asString()).isEqualTo("MEDIUM");
        assertThat(LocalDate.parse(medium.get("nextReviewOn").asString()))
                .isEqualTo(utcDate(medium.get("reviewedAt")).plusYears(2));

        // A second questionnaire, 80 points: the profile turns HIGH, due in a year; both assessments are kept.
        assess(client, "[10, 10, 10, 10, 10, 10, 10, 10]");
        JsonNode high = json.readTree(get("/risk-profiles/" + client).body());
        assertThat(high.get("riskLevel").asString()).isEqualTo("HIGH");
        LocalDate due = LocalDate.parse(high.get("nextReviewOn").asString());
        assertThat(due).isEqualTo(utcDate(high.get("reviewedAt")).plusYears(1));
        assertThat(high.get("assessments").valueStream().map(a -> a.get("riskLevel").asString()))
                .containsExactly("MEDIUM", "HIGH");
        assertThat(high.get("assessments").get(0).get("answers").get(6).get("points").asInt()).isEqualTo(5);

        assertThat(clientIds("/risk-profiles?level=HIGH")).contains(client);
        assertThat(clientIds("/risk-profiles?level=MEDIUM")).doesNotContain(client);
        assertThat(clientIds("/risk-profiles/due?level=HIGH&by=" + due)).contains(client);
        assertThat(clientIds("/risk-profiles/due?level=HIGH&by=" + due.minusDays(1))).doesNotContain(client);
    }

    @Test
    void refusesAnInvalidQuestionnaire() throws IOException, InterruptedException {
        assertThat(assess(42, "[11]").statusCode()).isEqualTo(400);
        assertThat(assess(42, "[]").statusCode()).isEqualTo(400);
        assertThat(get("/risk-profiles/42").statusCode()).isEqualTo(404);
    }

    @Test
    void answers404ForAClientNeverAssessed() throws IOException, InterruptedException {
        assertThat(get("/risk-profiles/999999").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> assess(long client, String points) throws IOException, InterruptedException {
        StringBuilder answers = new StringBuilder();
        int[] values = json.readValue(points, int[].class);
        for (int i = 0; i < values.length; i++) {
            answers.append(i == 0 ? "" : ", ").append("{\"questionCode\": \"Q").append(i + 1).append("\", \"points\": ")
                    .append(values[i]).append('}');
        }
        String body = "{\"questionnaire\": \"MIFID-2025\", \"answers\": [" + answers + "]}";
        return http.send(HttpRequest.newBuilder(uri("/risk-profiles/" + client + "/assessments"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<Long> clientIds(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body()).valueStream().map(p -> p.get("clientId").asLong()).toList();
    }

    private static LocalDate utcDate(JsonNode instant) {
        return LocalDate.ofInstant(Instant.parse(instant.asString()), ZoneOffset.UTC);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
