package dev.strata.demo.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

/** The service as it runs: on its embedded cds_client database, migrated by Strata at startup. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ClientServiceApplicationTests {

    private static final String CREATE_CLIENTS = "6382e2d9c96e";
    private static final String ADD_EMAIL = "2fda38dcabe2";

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void runsOnItsOwnDatabaseMigratedToHead() {
        assertThat(jdbc.queryForObject("SELECT current_database()", String.class)).isEqualTo("cds_client");
        assertThat(jdbc.queryForList("SELECT version_num FROM strata_version", String.class)).containsExactly(ADD_EMAIL);
        assertThat(jdbc.queryForList(
                "SELECT revision FROM strata_history WHERE direction = 'upgrade' AND success ORDER BY id", String.class))
                .containsExactly(CREATE_CLIENTS, ADD_EMAIL);
        assertThat(jdbc.queryForObject("SELECT data_type FROM information_schema.columns"
                + " WHERE table_name = 'clients' AND column_name = 'email'", String.class))
                .isEqualTo("character varying");
    }

    @Test
    void actuatorShowsTheDatabaseUpToDate() throws IOException, InterruptedException {
        HttpResponse<String> all = get("/actuator/migrations");
        assertThat(all.statusCode()).isEqualTo(200);
        JsonNode dataSource = json.readTree(all.body()).get("datasources").get("dataSource");
        assertThat(dataSource.get("upToDate").asBoolean()).isTrue();
        assertThat(dataSource.get("current").get(0).asString()).isEqualTo(ADD_EMAIL);
        assertThat(dataSource.get("pending")).isEmpty();

        JsonNode full = json.readTree(get("/actuator/migrations/dataSource").body());
        assertThat(full.get("revisions").valueStream().map(r -> r.get("revision").asString() + " " + r.get("state").asString()))
                .containsExactlyInAnyOrder(CREATE_CLIENTS + " applied", ADD_EMAIL + " applied");
    }

    @Test
    void registersAClientAndReadsItBack() throws IOException, InterruptedException {
        // Unique, so that a rerun on a kept database (STRATA_TEST_DATABASE_URL) does not collide with the last one.
        String email = "ada." + UUID.randomUUID() + "@example.org";
        String body = """
                {"fullName": "Ada Lovelace", "email": "%s",
                 "addresses": [{"street": "12 St James's Square", "city": "London", "postalCode": "SW1Y 4JH",
                                "country": "GB"}]}
                """.formatted(email);
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(uri("/clients"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();

        JsonNode client = json.readTree(get(location).body());
        assertThat(client.get("fullName").asString()).isEqualTo("Ada Lovelace");
        assertThat(client.get("email").asString()).isEqualTo(email);
        assertThat(client.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(client.get("addresses").get(0).get("city").asString()).isEqualTo("London");

        List<String> listed = json.readTree(get("/clients").body()).valueStream()
                .map(c -> c.get("email").asString()).toList();
        assertThat(listed).contains(email);
    }

    @Test
    void refusesAClientWithoutAValidEmail() throws IOException, InterruptedException {
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(uri("/clients"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"fullName\": \"No Mail\", \"email\": \"not-an-address\", \"addresses\": []}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(400);
    }

    @Test
    void answers404ForAnUnknownClient() throws IOException, InterruptedException {
        assertThat(get("/clients/999999").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
