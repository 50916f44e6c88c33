package dev.strata.demo.relationship;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.demo.test.http.ServiceHttp;
import dev.strata.demo.test.http.ServiceResponse;
import dev.strata.demo.test.jdbc.JdbcDatabaseReader;
import dev.strata.demo.test.migration.MigratedDatabase;
import dev.strata.demo.test.migration.MigrationsEndpoint;
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

    private final ServiceHttp http;
    private final JdbcTemplate jdbc;
    private final MigratedDatabase database;

    RelationshipServiceApplicationTests(@LocalServerPort int port, @Autowired JdbcTemplate jdbc) {
        this.http = ServiceHttp.onPort(port);
        this.jdbc = jdbc;
        this.database = MigratedDatabase.of(JdbcDatabaseReader.of(jdbc));
    }

    @Test
    void runsOnItsOwnDatabaseWithOneHeadAboveTheMerge() {
        assertThat(database.name()).isEqualTo("cds_relationship");
        // Two branches were applied, yet one row: the merge replaced both branch heads, the end date the merge.
        assertThat(database.versions()).containsExactly(ADD_END_DATE);
        assertThat(jdbc.queryForList("SELECT column_name FROM information_schema.columns"
                + " WHERE table_name IN ('parties', 'relationships')"
                + " AND column_name IN ('notes', 'verified_at', 'ended_on')",
                String.class)).containsExactlyInAnyOrder("notes", "verified_at", "ended_on");
    }

    @Test
    void historyShowsBothBranchesAppliedBeforeTheMergeAndTheEndDateAfterIt() {
        List<String> upgraded = database.upgrades();
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
    void actuatorShowsTheDatabaseUpToDateAboveTheMerge() {
        JsonNode dataSource = MigrationsEndpoint.of(http)
                .assertUpToDateThrough("dataSource", CREATE_TABLES, ADD_NOTES, ADD_VERIFICATION, MERGE, ADD_END_DATE);
        assertThat(dataSource.get("heads").valueStream().map(JsonNode::asString)).containsExactly(ADD_END_DATE);
    }

    @Test
    void recordsARelationshipAndReadsItBackFromBothParties() {
        // Unique names, so that a rerun on a kept database (STRATA_TEST_DATABASE_URL) finds this run's rows.
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long ada = createParty("Ada " + suffix, "PERSON");
        long analytical = createParty("Analytical Engines Ltd " + suffix, "ORGANISATION");

        ServiceResponse created = http.post("/relationships", """
                {"fromPartyId": %d, "toPartyId": %d, "type": "DIRECTOR", "since": "1843-09-01",
                 "notes": "Companies House filing seen"}
                """.formatted(ada, analytical));
        assertThat(created.status()).isEqualTo(201);
        JsonNode relationship = http.get(created.location()).json();
        assertThat(relationship.get("fromParty").get("displayName").asString()).isEqualTo("Ada " + suffix);
        assertThat(relationship.get("toParty").get("kind").asString()).isEqualTo("ORGANISATION");
        assertThat(relationship.get("type").asString()).isEqualTo("DIRECTOR");
        assertThat(LocalDate.parse(relationship.get("since").asString())).isEqualTo(LocalDate.of(1843, 9, 1));
        assertThat(relationship.get("notes").asString()).isEqualTo("Companies House filing seen");

        // Found from either end: from the company through ix_relationships_to_party_id.
        for (long party : List.of(ada, analytical)) {
            JsonNode listed = http.get("/parties/" + party + "/relationships").json();
            assertThat(listed.valueStream().map(r -> r.get("id").asLong()))
                    .containsExactly(relationship.get("id").asLong());
        }
        assertThat(http.get("/parties").json().valueStream().map(p -> p.get("id").asLong()))
                .contains(ada, analytical);

        // The same fact twice is a conflict, not a second row.
        assertThat(http.post("/relationships", """
                {"fromPartyId": %d, "toPartyId": %d, "type": "DIRECTOR", "since": "1850-01-01"}
                """.formatted(ada, analytical)).status()).isEqualTo(409);
    }

    @Test
    void endsARelationship() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long husband = createParty("Husband " + suffix, "PERSON");
        long wife = createParty("Wife " + suffix, "PERSON");
        ServiceResponse created = http.post("/relationships", """
                {"fromPartyId": %d, "toPartyId": %d, "type": "SPOUSE", "since": "1990-06-02"}
                """.formatted(husband, wife));
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(http.get("/relationships/" + id).json().get("endedOn").isNull()).isTrue();

        ServiceResponse ended = http.post("/relationships/" + id + "/end", "{\"endedOn\": \"2011-03-15\"}");
        assertThat(ended.status()).isEqualTo(200);
        // Read back through a new request, and in the column itself: the date was stored, not only echoed.
        JsonNode read = http.get("/relationships/" + id).json();
        assertThat(LocalDate.parse(read.get("endedOn").asString())).isEqualTo(LocalDate.of(2011, 3, 15));
        assertThat(LocalDate.parse(read.get("since").asString())).isEqualTo(LocalDate.of(1990, 6, 2));
        assertThat(jdbc.queryForObject("SELECT ended_on FROM relationships WHERE id = ?", LocalDate.class, id))
                .isEqualTo(LocalDate.of(2011, 3, 15));

        // Before it began, or with no day at all: refused, and the stored day is left as it was.
        assertThat(http.post("/relationships/" + id + "/end", "{\"endedOn\": \"1990-06-01\"}").status())
                .isEqualTo(400);
        assertThat(http.post("/relationships/" + id + "/end", "{}").status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT ended_on FROM relationships WHERE id = ?", LocalDate.class, id))
                .isEqualTo(LocalDate.of(2011, 3, 15));

        assertThat(http.post("/relationships/999999/end", "{\"endedOn\": \"2011-03-15\"}").status()).isEqualTo(404);
    }

    @Test
    void verifiesAParty() {
        long party = createParty("Charles Babbage", "PERSON");
        assertThat(http.get("/parties/" + party).json().get("verifiedAt").isNull()).isTrue();

        ServiceResponse verified = http.post("/parties/" + party + "/verification", "{\"verifiedBy\": \"adviser7\"}");
        assertThat(verified.status()).isEqualTo(200);
        JsonNode read = http.get("/parties/" + party).json();
        assertThat(read.get("verifiedBy").asString()).isEqualTo("adviser7");
        assertThat(read.get("verifiedAt").isNull()).isFalse();
    }

    @Test
    void refusesInvalidRelationships() {
        long party = createParty("Alone", "PERSON");
        // No type, a future date: Bean Validation.
        assertThat(http.post("/relationships", """
                {"fromPartyId": %d, "toPartyId": %d, "since": "2999-01-01"}
                """.formatted(party, party + 1)).status()).isEqualTo(400);
        // The same party at both ends: the service says so before the database's check would.
        assertThat(http.post("/relationships", """
                {"fromPartyId": %d, "toPartyId": %d, "type": "SPOUSE", "since": "2000-01-01"}
                """.formatted(party, party)).status()).isEqualTo(400);
        assertThat(http.post("/parties", "{\"displayName\": \" \", \"kind\": \"PERSON\"}").status()).isEqualTo(400);
    }

    @Test
    void answers404ForUnknownIds() {
        assertThat(http.get("/parties/999999").status()).isEqualTo(404);
        assertThat(http.get("/parties/999999/relationships").status()).isEqualTo(404);
        assertThat(http.get("/relationships/999999").status()).isEqualTo(404);
    }

    private String fromRevisions(String revision) {
        return jdbc.queryForObject("SELECT from_revisions FROM strata_history WHERE revision = ?"
                + " AND direction = 'upgrade' AND success", String.class, revision);
    }

    private long createParty(String displayName, String kind) {
        ServiceResponse created = http.post("/parties",
                "{\"displayName\": \"%s\", \"kind\": \"%s\"}".formatted(displayName, kind));
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asLong();
    }
}
