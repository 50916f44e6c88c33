package dev.strata.demo.riskprofile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.demo.test.http.ServiceHttp;
import dev.strata.demo.test.http.ServiceResponse;
import dev.strata.demo.test.jdbc.JdbcDatabaseReader;
import dev.strata.demo.test.migration.MigratedDatabase;
import dev.strata.demo.test.migration.MigrationsEndpoint;
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

/** The service as it runs: on its embedded cds_riskprofile database, migrated by Strata at startup. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RiskProfileServiceApplicationTests {

    private static final String CREATE_TABLES = "ecfe85f3eb58";
    private static final String ADD_NEXT_REVIEW = "a9c9b83b4c5f";

    private final ServiceHttp http;
    private final JdbcTemplate jdbc;

    RiskProfileServiceApplicationTests(@LocalServerPort int port, @Autowired JdbcTemplate jdbc) {
        this.http = ServiceHttp.onPort(port);
        this.jdbc = jdbc;
    }

    @Test
    void runsOnItsOwnDatabaseMigratedToHead() {
        MigratedDatabase.of(JdbcDatabaseReader.of(jdbc))
                .assertMigratedThrough("cds_riskprofile", CREATE_TABLES, ADD_NEXT_REVIEW);
        assertThat(jdbc.queryForObject("SELECT is_nullable FROM information_schema.columns"
                + " WHERE table_name = 'risk_profiles' AND column_name = 'next_review_on'", String.class)).isEqualTo("NO");
        assertThat(jdbc.queryForList("SELECT indexname FROM pg_indexes WHERE tablename = 'risk_profiles'"
                + " AND indexname LIKE 'ix_%'", String.class)).containsExactly("ix_risk_profiles_risk_level_next_review_on");
    }

    @Test
    void actuatorShowsTheDatabaseUpToDate() {
        MigrationsEndpoint.of(http).assertUpToDateThrough("dataSource", CREATE_TABLES, ADD_NEXT_REVIEW);
    }

    @Test
    void scoresQuestionnairesIntoTheProfile() {
        // A client id of its own, so that a rerun on a kept database (STRATA_TEST_DATABASE_URL) starts afresh.
        long client = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);

        // 10 + 10 + 10 + 10 + 10 + 10 + 5 = 65: MEDIUM (35 to 69), reviewed again in two years.
        ServiceResponse created = assess(client, 10, 10, 10, 10, 10, 10, 5);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).hasValue("/risk-profiles/" + client);
        JsonNode medium = http.get("/risk-profiles/" + client).json();
        assertThat(medium.get("score").asInt()).isEqualTo(65);
        assertThat(medium.get("riskLevel").asString()).isEqualTo("MEDIUM");
        assertThat(LocalDate.parse(medium.get("nextReviewOn").asString()))
                .isEqualTo(utcDate(medium.get("reviewedAt")).plusYears(2));

        // A second questionnaire, 80 points: the profile turns HIGH, due in a year; both assessments are kept.
        assess(client, 10, 10, 10, 10, 10, 10, 10, 10);
        JsonNode high = http.get("/risk-profiles/" + client).json();
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
    void refusesAnInvalidQuestionnaire() {
        assertThat(assess(42, 11).status()).isEqualTo(400);
        assertThat(assess(42).status()).isEqualTo(400);
        assertThat(http.get("/risk-profiles/42").status()).isEqualTo(404);
    }

    @Test
    void answers404ForAClientNeverAssessed() {
        assertThat(http.get("/risk-profiles/999999").status()).isEqualTo(404);
    }

    /** Answers questions Q1, Q2, ... with {@code points}, in that order. */
    private ServiceResponse assess(long client, int... points) {
        StringBuilder answers = new StringBuilder();
        for (int i = 0; i < points.length; i++) {
            answers.append(i == 0 ? "" : ", ").append("{\"questionCode\": \"Q").append(i + 1).append("\", \"points\": ")
                    .append(points[i]).append('}');
        }
        String body = "{\"questionnaire\": \"MIFID-2025\", \"answers\": [" + answers + "]}";
        return http.post("/risk-profiles/" + client + "/assessments", body);
    }

    private List<Long> clientIds(String path) {
        ServiceResponse response = http.get(path);
        assertThat(response.status()).isEqualTo(200);
        return response.json().valueStream().map(p -> p.get("clientId").asLong()).toList();
    }

    private static LocalDate utcDate(JsonNode instant) {
        return LocalDate.ofInstant(Instant.parse(instant.asString()), ZoneOffset.UTC);
    }
}
