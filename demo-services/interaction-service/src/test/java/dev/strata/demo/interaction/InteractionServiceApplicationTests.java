package dev.strata.demo.interaction;

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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * The service as it runs: reactive, without a JDBC driver, on its embedded cds_interaction database, which Strata
 * migrates over R2DBC at startup before any repository is used.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class InteractionServiceApplicationTests {

    private static final String CREATE_INTERACTIONS = "3ac0a0be4e40";
    private static final String ADD_RECORDED_AT = "f50ef85d346c";
    private static final String HEAD = ADD_RECORDED_AT;

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
        StartupProbe startupProbe(InteractionRepository interactions, DatabaseClient database) {
            return new StartupProbe(interactions.count().block(), database.sql("SELECT version_num FROM"
                    + " strata_version").map(row -> row.get("version_num", String.class)).all().collectList().block());
        }
    }

    /** What a bean created with the context found in the database. */
    record StartupProbe(Long interactions, List<String> version) {
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
        assertThat(engine().strata().configuration().driver()).isInstanceOf(R2dbcDriver.class);
    }

    @Test
    void runsOnItsOwnDatabaseMigratedToHeadBeforeTheFirstRepositoryCall() {
        assertThat(startupProbe.version()).containsExactly(HEAD);
        assertThat(startupProbe.interactions()).isNotNull();

        assertThat(one("SELECT current_database() AS v")).isEqualTo("cds_interaction");
        assertThat(all("SELECT version_num AS v FROM strata_version")).containsExactly(HEAD);
        assertThat(all("SELECT revision AS v FROM strata_history WHERE direction = 'upgrade' AND success ORDER BY id"))
                .startsWith(CREATE_INTERACTIONS, ADD_RECORDED_AT);
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
                .containsExactlyInAnyOrder(CREATE_INTERACTIONS + " applied", ADD_RECORDED_AT + " applied");
    }

    @Test
    void recordsInteractionsAndShowsAClientsTimeline() throws IOException, InterruptedException {
        // A client of its own, so that a rerun on a kept database (DATABASE_URL) does not see the last run's rows.
        long client = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);
        Instant earlier = Instant.parse("2026-03-02T09:30:00Z");
        Instant later = Instant.parse("2026-03-09T14:00:00Z");
        HttpResponse<String> meeting = post("/interactions", interaction(client, "MEETING", earlier,
                "Reviewed the portfolio; wants less equity", "[{\"name\": \"Ada Lovelace\", \"role\": \"client\"},"
                        + " {\"name\": \"Charles Babbage\", \"role\": \"tax adviser\"}]"));
        HttpResponse<String> call = post("/interactions", interaction(client, "CALL", later,
                "Confirmed the rebalancing", "[]"));
        assertThat(meeting.statusCode()).isEqualTo(201);
        assertThat(call.statusCode()).isEqualTo(201);

        String location = meeting.headers().firstValue("Location").orElseThrow();
        JsonNode read = json.readTree(get(location).body());
        assertThat(location).isEqualTo("/interactions/" + read.get("id").asLong());
        assertThat(read.get("channel").asString()).isEqualTo("MEETING");
        assertThat(Instant.parse(read.get("occurredAt").asString())).isEqualTo(earlier);
        assertThat(Instant.parse(read.get("recordedAt").asString())).isAfter(earlier);
        assertThat(read.get("participants").valueStream().map(p -> p.get("name").asString() + " as "
                + p.get("role").asString() + " of " + p.get("interactionId").asLong()))
                .containsExactly("Ada Lovelace as client of " + read.get("id").asLong(),
                        "Charles Babbage as tax adviser of " + read.get("id").asLong());

        HttpResponse<String> timeline = get("/interactions?clientId=" + client);
        assertThat(timeline.statusCode()).isEqualTo(200);
        assertThat(json.readTree(timeline.body()).valueStream().map(i -> i.get("channel").asString()))
                .containsExactly("CALL", "MEETING");
        assertThat(one("SELECT count(*)::text AS v FROM participants p JOIN interactions i"
                + " ON i.id = p.interaction_id WHERE i.client_id = " + client)).isEqualTo("2");
    }

    /**
     * The second revision backfills recorded_at of the interactions that existed before it: taken back to the first
     * revision, given an interaction recorded then, and upgraded again over R2DBC, the row has occurred_at there.
     */
    @Test
    void theSecondRevisionBackfillsRecordedAt() {
        long client = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);
        engine().strata().downgrade(CREATE_INTERACTIONS);
        try {
            assertThat(all("SELECT column_name AS v FROM information_schema.columns WHERE table_name = 'interactions'"
                    + " AND column_name = 'recorded_at'")).isEmpty();
            database.sql("INSERT INTO interactions (client_id, channel, occurred_at, summary, recorded_by)"
                    + " VALUES (:client, 'EMAIL', TIMESTAMPTZ '2025-11-03 08:15:00+00', 'Sent the fee schedule',"
                    + " 'rm-ada')").bind("client", client).fetch().rowsUpdated().block();
        } finally {
            engine().strata().upgrade("heads");
        }

        assertThat(all("SELECT version_num AS v FROM strata_version")).containsExactly(HEAD);
        assertThat(one("SELECT to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') AS v FROM interactions"
                + " WHERE client_id = " + client)).isEqualTo("2025-11-03 08:15");
        assertThat(one("SELECT is_nullable AS v FROM information_schema.columns WHERE table_name = 'interactions'"
                + " AND column_name = 'recorded_at'")).isEqualTo("NO");
    }

    @Test
    void refusesInvalidInput() throws IOException, InterruptedException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        assertThat(post("/interactions", interaction(7, "FAX", now, "Sent the contract", "[]")).statusCode())
                .isEqualTo(400);
        assertThat(post("/interactions", interaction(7, "CALL", now.plus(1, ChronoUnit.DAYS), "Not yet", "[]"))
                .statusCode()).isEqualTo(400);
        assertThat(post("/interactions", interaction(7, "CALL", now, "Who?", "[{\"name\": \"\", \"role\": \"x\"}]"))
                .statusCode()).isEqualTo(400);
        assertThat(get("/interactions?clientId=seven").statusCode()).isEqualTo(400);
        assertThat(get("/interactions?clientId=7").body()).isEqualTo("[]");
    }

    @Test
    void answers404ForAnUnknownInteraction() throws IOException, InterruptedException {
        assertThat(get("/interactions/999999").statusCode()).isEqualTo(404);
    }

    private StrataEngine engine() {
        return migrations.engine("connectionFactory").orElseThrow();
    }

    private static String interaction(long client, String channel, Instant occurredAt, String summary,
            String participants) {
        return "{\"clientId\": " + client + ", \"channel\": \"" + channel + "\", \"occurredAt\": \"" + occurredAt
                + "\", \"summary\": \"" + summary + "\", \"recordedBy\": \"rm-ada\", \"participants\": "
                + participants + "}";
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
