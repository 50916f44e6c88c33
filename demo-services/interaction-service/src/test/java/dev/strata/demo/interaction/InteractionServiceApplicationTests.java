package dev.strata.demo.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.boot.StrataEngine;
import dev.strata.boot.StrataMigrations;
import dev.strata.demo.test.http.ServiceHttp;
import dev.strata.demo.test.http.ServiceResponse;
import dev.strata.demo.test.migration.DatabaseReader;
import dev.strata.demo.test.migration.MigratedDatabase;
import dev.strata.demo.test.migration.MigrationsEndpoint;
import dev.strata.demo.test.r2dbc.R2dbcDatabaseReader;
import dev.strata.demo.test.r2dbc.R2dbcOnlyService;
import dev.strata.demo.test.r2dbc.StartupProbe;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * The service as it runs: reactive, without a JDBC driver, on its embedded cds_interaction database, which Strata
 * migrates over R2DBC at startup before any repository is used.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class InteractionServiceApplicationTests {

    private static final String CREATE_INTERACTIONS = "3ac0a0be4e40";
    private static final String ADD_RECORDED_AT = "f50ef85d346c";
    private static final String HEAD = ADD_RECORDED_AT;

    private final ServiceHttp http;
    private final DatabaseClient database;
    private final DatabaseReader sql;
    private final StrataMigrations migrations;

    InteractionServiceApplicationTests(@LocalServerPort int port, @Autowired DatabaseClient database,
            @Autowired StrataMigrations migrations) {
        this.http = ServiceHttp.onPort(port);
        this.database = database;
        this.sql = R2dbcDatabaseReader.of(database);
        this.migrations = migrations;
    }

    /** Reads the tables while the context is created, as a cache warmed at startup would. */
    @TestConfiguration
    static class StartupReads {

        @Bean
        StartupProbe startupProbe(InteractionRepository interactions, DatabaseClient database) {
            return StartupProbe.read(interactions.count(), database);
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

        MigratedDatabase migrated = MigratedDatabase.of(sql);
        assertThat(migrated.name()).isEqualTo("cds_interaction");
        assertThat(migrated.versions()).containsExactly(HEAD);
        // Starts with: the backfill test goes down and up again, which the history records after these.
        assertThat(migrated.upgrades()).startsWith(CREATE_INTERACTIONS, ADD_RECORDED_AT);
    }

    @Test
    void actuatorShowsTheDatabaseUpToDate() {
        MigrationsEndpoint.of(http).assertUpToDateThrough("connectionFactory", CREATE_INTERACTIONS, ADD_RECORDED_AT);
    }

    @Test
    void recordsInteractionsAndShowsAClientsTimeline() {
        // A client of its own, so that a rerun on a kept database (DATABASE_URL) does not see the last run's rows.
        long client = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);
        Instant earlier = Instant.parse("2026-03-02T09:30:00Z");
        Instant later = Instant.parse("2026-03-09T14:00:00Z");
        ServiceResponse meeting = http.post("/interactions", interaction(client, "MEETING", earlier,
                "Reviewed the portfolio; wants less equity", "[{\"name\": \"Ada Lovelace\", \"role\": \"client\"},"
                        + " {\"name\": \"Charles Babbage\", \"role\": \"tax adviser\"}]"));
        ServiceResponse call = http.post("/interactions", interaction(client, "CALL", later,
                "Confirmed the rebalancing", "[]"));
        assertThat(meeting.status()).isEqualTo(201);
        assertThat(call.status()).isEqualTo(201);

        String location = meeting.location();
        JsonNode read = http.get(location).json();
        assertThat(location).isEqualTo("/interactions/" + read.get("id").asLong());
        assertThat(read.get("channel").asString()).isEqualTo("MEETING");
        assertThat(Instant.parse(read.get("occurredAt").asString())).isEqualTo(earlier);
        assertThat(Instant.parse(read.get("recordedAt").asString())).isAfter(earlier);
        assertThat(read.get("participants").valueStream().map(p -> p.get("name").asString() + " as "
                + p.get("role").asString() + " of " + p.get("interactionId").asLong()))
                .containsExactly("Ada Lovelace as client of " + read.get("id").asLong(),
                        "Charles Babbage as tax adviser of " + read.get("id").asLong());

        ServiceResponse timeline = http.get("/interactions?clientId=" + client);
        assertThat(timeline.status()).isEqualTo(200);
        assertThat(timeline.json().valueStream().map(i -> i.get("channel").asString()))
                .containsExactly("CALL", "MEETING");
        assertThat(sql.one("SELECT count(*)::text FROM participants p JOIN interactions i"
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
            assertThat(sql.all("SELECT column_name FROM information_schema.columns"
                    + " WHERE table_name = 'interactions' AND column_name = 'recorded_at'")).isEmpty();
            database.sql("INSERT INTO interactions (client_id, channel, occurred_at, summary, recorded_by)"
                    + " VALUES (:client, 'EMAIL', TIMESTAMPTZ '2025-11-03 08:15:00+00', 'Sent the fee schedule',"
                    + " 'rm-ada')").bind("client", client).fetch().rowsUpdated().block();
        } finally {
            engine().strata().upgrade("heads");
        }

        assertThat(MigratedDatabase.of(sql).versions()).containsExactly(HEAD);
        assertThat(sql.one("SELECT to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') FROM interactions"
                + " WHERE client_id = " + client)).isEqualTo("2025-11-03 08:15");
        assertThat(sql.one("SELECT is_nullable FROM information_schema.columns"
                + " WHERE table_name = 'interactions' AND column_name = 'recorded_at'")).isEqualTo("NO");
    }

    @Test
    void refusesInvalidInput() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        assertThat(http.post("/interactions", interaction(7, "FAX", now, "Sent the contract", "[]")).status())
                .isEqualTo(400);
        assertThat(http.post("/interactions", interaction(7, "CALL", now.plus(1, ChronoUnit.DAYS), "Not yet", "[]"))
                .status()).isEqualTo(400);
        assertThat(http.post("/interactions",
                interaction(7, "CALL", now, "Who?", "[{\"name\": \"\", \"role\": \"x\"}]")).status())
                .isEqualTo(400);
        assertThat(http.get("/interactions?clientId=seven").status()).isEqualTo(400);
        assertThat(http.get("/interactions?clientId=7").body()).isEqualTo("[]");
    }

    @Test
    void answers404ForAnUnknownInteraction() {
        assertThat(http.get("/interactions/999999").status()).isEqualTo(404);
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
}
