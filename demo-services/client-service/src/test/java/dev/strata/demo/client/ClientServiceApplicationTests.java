package dev.strata.demo.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.demo.test.http.ServiceHttp;
import dev.strata.demo.test.http.ServiceResponse;
import dev.strata.demo.test.jdbc.JdbcDatabaseReader;
import dev.strata.demo.test.migration.MigratedDatabase;
import dev.strata.demo.test.migration.MigrationsEndpoint;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The service as it runs: on its embedded cds_client database, migrated by Strata at startup. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ClientServiceApplicationTests {

    private static final String CREATE_CLIENTS = "6382e2d9c96e";
    private static final String ADD_EMAIL = "2fda38dcabe2";

    private final ServiceHttp http;
    private final JdbcTemplate jdbc;

    ClientServiceApplicationTests(@LocalServerPort int port, @Autowired JdbcTemplate jdbc) {
        this.http = ServiceHttp.onPort(port);
        this.jdbc = jdbc;
    }

    @Test
    void runsOnItsOwnDatabaseMigratedToHead() {
        MigratedDatabase.of(JdbcDatabaseReader.of(jdbc))
                .assertMigratedThrough("cds_client", CREATE_CLIENTS, ADD_EMAIL);
        assertThat(jdbc.queryForObject("SELECT data_type FROM information_schema.columns"
                + " WHERE table_name = 'clients' AND column_name = 'email'", String.class))
                .isEqualTo("character varying");
    }

    @Test
    void actuatorShowsTheDatabaseUpToDate() {
        MigrationsEndpoint.of(http).assertUpToDateThrough("dataSource", CREATE_CLIENTS, ADD_EMAIL);
    }

    @Test
    void registersAClientAndReadsItBack() {
        // Unique, so that a rerun on a kept database (STRATA_TEST_DATABASE_URL) does not collide with the last one.
        String email = "ada." + UUID.randomUUID() + "@example.org";
        ServiceResponse created = http.post("/clients", """
                {"fullName": "Ada Lovelace", "email": "%s",
                 "addresses": [{"street": "12 St James's Square", "city": "London", "postalCode": "SW1Y 4JH",
                                "country": "GB"}]}
                """.formatted(email));
        assertThat(created.status()).isEqualTo(201);

        JsonNode client = http.get(created.location()).json();
        assertThat(client.get("fullName").asString()).isEqualTo("Ada Lovelace");
        assertThat(client.get("email").asString()).isEqualTo(email);
        assertThat(client.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(client.get("addresses").get(0).get("city").asString()).isEqualTo("London");

        List<String> listed = http.get("/clients").json().valueStream().map(c -> c.get("email").asString()).toList();
        assertThat(listed).contains(email);
    }

    @Test
    void refusesAClientWithoutAValidEmail() {
        assertThat(http.post("/clients",
                "{\"fullName\": \"No Mail\", \"email\": \"not-an-address\", \"addresses\": []}").status())
                .isEqualTo(400);
    }

    @Test
    void answers404ForAnUnknownClient() {
        assertThat(http.get("/clients/999999").status()).isEqualTo(404);
    }
}
