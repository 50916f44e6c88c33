package dev.strata.demo.relationship;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
  * The service as it runs: on its embedded cds_relationship database, migrated through the merged branches and
  * the revision above the merge.
  */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RelationshipServiceApplicationTests {

    private static final String CREATE_TABLES = "7e6d94986e48";
    private static final String ADD_NOTES = "5cf97909d45d";
    private static final String ADD_VERIFICATION = "d4739cb207b0";
    private static final String MERGE = "526e508b8391";
    private static final String ADD_END_DATE = "d51d6edf0810";

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void runsOnItsOwnDatabaseWithOneHeadAboveTheMerge() {
        assertThat(jdbc.queryForObject("SELECT current_database()", String.class)).isEqualTo("cds_relationship");
        // Two branches were applied, yet one row: the merge replaced both branch heads, the end date the merge.
        assertThat(jdbc.queryForList("SELECT version_num FROM strata_version", String.class))
                .containsExactly(ADD_END_DATE);
        assertThat(jdbc.queryForList("SELECT column_name FROM information_schema.columns"
                + " WHERE table_name IN ('parties', 'relationships')"
                + " AND column_name IN ('notes', 'verified_at', 'ended_on')",
                String.class)).containsExactlyInAnyOrder("notes", "verified_at", "ended_on");
    }

    @Test
    void historyShowsBothBranchesAppliedBeforeTheMergeAndTheEndDateAfterIt() {
        List<String> upgraded = jdbc.queryForList(
                "SELECT revision FROM strata_history WHERE direction = 'upgrade' AND success ORDER BY id", String.class);
        assertThat(upgraded).hasSize(5);
        assertThat(upgraded.get(0)).isEqualTo(CREATE_TABLES);
        // The engine picks the order of the two branches; all that matters is that both precede the merge.
        assertThat(upgraded.subList(1, 3)).containsExactlyInAnyOrder(ADD_NOTES, ADD_VERIFICATION);
        assertThat(upgraded.get(3)).isEqualTo(MERGE);
        assertThat(upgraded.get(4)).isEqualTo(ADD_END_DATE);
        assertThat(fromRevisions(MERGE)).contains(ADD_NOTES).contains(ADD_VERIFICATION);
        // The end date started from the merge alone: by then the version table held one row.
        assertThat(fromRevisions(ADD_END_DATE)).contains(MERGE).doesNotContain(ADD_NOTES, ADD_VERIFICATION);
    }

    @Test
    void actuatorShowsTheDatabaseUpToDateAboveTheMerge() throws IOException, InterruptedException {
        HttpResponse<String> all = get("/actuator/migrations");
        assertThat(all.statusCode()).isEqualTo(200);
        JsonNode dataSource = json.readTree(all.body()).get("datasources").get("dataSource");
        assertThat(dataSource.get("upToDate").asBoolean()).isTrue();
        assertThat(dataSource.get("current").valueStream().map(JsonNode::asString)).containsExactly(ADD_END_DATE);
        assertThat(dataSource.get("heads").valueStream().map(JsonNode::asString)).containsExactly(ADD_END_DATE);
        assertThat(dataSource.get("pending")).isEmpty();

        JsonNode full = json.readTree(get("/actuator/migrations/dataSource").body());
        assertThat(full.get("revisions").valueStream().map(r -> r.get("revision").asString() + " " + r.get("state").asString()))
                .containsExactlyInAnyOrder(CREATE_TABLES + " applied", ADD_NOTES + " applied",
                        ADD_VERIFICATION + " applied", MERGE + " applied", ADD_END_DATE + " applied");
    }

    @Test
    void recordsARelationshipAndReadsItBackFromBothParties() throws IOException, InterruptedException {
        // Unique names, so that a rerun on a kept database (STRATA_TEST_DATABASE_URL) finds this run's rows.
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long ada = createParty("Ada " + suffix, "PERSON");
        long analytical = createParty("Analytical Engines Ltd " + suffix, "ORGANISATION");

        HttpResponse<String> created = post("/relationships", """
                {"fromPartyId": %d, "toPartyId": %d, "type": "DIRECTOR", "since": "1843-09-01",
                 "notes": "Companies House filing seen"}
                """.formatted(ada, analytical));
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode relationship = json.readTree(get(created.headers().firstValue("Location").orElseThrow()).body());
        assertThat(relationship.get("fromParty").get("displayName").asString()).isEqualTo("Ada " + suffix);
        assertThat(relationship.get("toParty").get("kind").asString()).isEqualTo("ORGANISATION");
        assertThat(relationship.get("type").asString()).isEqualTo("DIRECTOR");
        assertThat(LocalDate.parse(relationship.get("since").asString())).isEqualTo(LocalDate.of(1843, 9, 1));
        assertThat(relationship.get("notes").asString()).isEqualTo("Companies House filing seen");

        // Found from either end: from the company through ix_relationships_to_party_id.
        for (long party : List.of(ada, analytical)) {
            JsonNode listed = json.readTree(get("/parties/" + party + "/relationships").body());
            assertThat(listed.valueStream().map(r -> r.get("id").asLong()))
                    .containsExactly(relationship.get("id").asLong());
        }
        assertThat(json.readTree(get("/parties").body()).valueStream().map(p -> p.get("id").asLong()))
                .contains(ada, analytical);

        // The same fact twice is a conflict, not a second row.
        assertThat(post("/relationships", """
                {"fromPartyId": %d, "toPartyId": %d, "type": "DIRECTOR", "since": "1850-01-01"}
                """.formatted(ada, analytical)).statusCode()).isEqualTo(409);
    }

    @Test
    void endsARelationship() throws IOException, InterruptedException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long husband = createParty("Husband " + suffix, "PERSON");
        long wife = createParty("Wife " + suffix, "PERSON");
        HttpResponse<String> created = post("/relationships", """
                {"fromPartyId": %d, "toPartyId": %d, "type": "SPOUSE", "since": "1990-06-02"}
                """.formatted(husband, wife));
        assertThat(created.statusCode()).isEqualTo(201);
        long id = json.readTree(created.body()).get("id").asLong();
        assertThat(json.readTree(get("/relationships/" + id).body()).get("endedOn").isNull()).isTrue();

        HttpResponse<String> ended = post("/relationships/" + id + "/end", "{\"endedOn\": \"2011-03-15\"}");
        assertThat(ended.statusCode()).isEqualTo(200);
        // Read back through a new request, and in the column itself: the date was stored, not only echoed.
        JsonNode read = json.readTree(get("/relationships/" + id).body());
        assertThat(LocalDate.parse(read.get("endedOn").asString())).isEqualTo(LocalDate.of(2011, 3, 15));
        assertThat(LocalDate.parse(read.get("since").asString())).isEqualTo(LocalDate.of(1990, 6, 2));
        assertThat(jdbc.queryForObject("SELECT ended_on FROM relationships WHERE id = ?", LocalDate.class, id))
                .isEqualTo(LocalDate.of(2011, 3, 15));

        // Before it began, or with no day at all: refused, and the stored day is left as it was.
        assertThat(post("/relationships/" + id + "/end", "{\"endedOn\": \"1990-06-01\"}").statusCode())
                .isEqualTo(400);
        assertThat(post("/relationships/" + id + "/end", "{}").statusCode()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT ended_on FROM relationships WHERE id = ?", LocalDate.class, id))
                .isEqualTo(LocalDate.of(2011, 3, 15));

        assertThat(post("/relationships/999999/end", "{\"endedOn\": \"2011-03-15\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void verifiesAParty() throws IOException, InterruptedException {
        long party = createParty("Charles Babbage", "PERSON");
        assertThat(json.readTree(get("/parties/" + party).body()).get("verifiedAt").isNull()).isTrue();

        HttpResponse<String> verified = post("/parties/" + party + "/verification", "{\"verifiedBy\": \"adviser7\"}");
        assertThat(verified.statusCode()).isEqualTo(200);
        JsonNode read = json.readTree(get("/parties/" + party).body());
        assertThat(read.get("verifiedBy").asString()).isEqualTo("adviser7");
        assertThat(read.get("verifiedAt").isNull()).isFalse();
    }

    @Test
    void refusesInvalidRelationships() throws IOException, InterruptedException {
        long party = createParty("Alone", "PERSON");
        // No type, a future date: Bean Validation.
        assertThat(post("/relationships", """
                {"fromPartyId": %d, "toPartyId": %d, "since": "2999-01-01"}
                """.formatted(party, party + 1)).statusCode()).isEqualTo(400);
        // The same party at both ends: the service says so before the database's check would.
        assertThat(post("/relationships", """
                {"fromPartyId": %d, "toPartyId": %d, "type": "SPOUSE", "since": "2000-01-01"}
                """.formatted(party, party)).statusCode()).isEqualTo(400);
        assertThat(post("/parties", "{\"displayName\": \" \", \"kind\": \"PERSON\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void answers404ForUnknownIds() throws IOException, InterruptedException {
        assertThat(get("/parties/999999").statusCode()).isEqualTo(404);
        assertThat(get("/parties/999999/relationships").statusCode()).isEqualTo(404);
        assertThat(get("/relationships/999999").statusCode()).isEqualTo(404);
    }

    private String fromRevisions(String revision) {
        return jdbc.queryForObject("SELECT from_revisions FROM strata_history WHERE revision = ?"
                + " AND direction = 'upgrade' AND success", String.class, revision);
    }

    private long createParty(String displayName, String kind) throws IOException, InterruptedException {
        HttpResponse<String> created = post("/parties",
                "{\"displayName\": \"%s\", \"kind\": \"%s\"}".formatted(displayName, kind));
        assertThat(created.statusCode()).isEqualTo(201);
        return json.readTree(created.body()).get("id").asLong();
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
