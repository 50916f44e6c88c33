package dev.strata.demo.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
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
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service as it runs: on its embedded cds_product database, migrated by Strata at startup. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ProductServiceApplicationTests {

    private static final String CREATE_PRODUCTS = "3a657446f903";
    private static final String ADD_SLUG = "706f65e61dff";
    private static final String BACKFILL = "bc25f1b1f470";
    private static final String SLUGS_REQUIRED = "ed5bcaa3c79d";

    private final HttpClient http = HttpClient.newHttpClient();
    /** Numbers read exactly, so that the scale the service writes (249.00, not 249.0) is what is checked. */
    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void runsOnItsOwnDatabaseMigratedToHead() {
        assertThat(jdbc.queryForObject("SELECT current_database()", String.class)).isEqualTo("cds_product");
        assertThat(jdbc.queryForList("SELECT version_num FROM strata_version", String.class))
                .containsExactly(SLUGS_REQUIRED);
        // The Java revision is a step of the same history as the SQL files around it.
        assertThat(jdbc.queryForList("SELECT revision FROM strata_history"
                + " WHERE direction = 'upgrade' AND success ORDER BY id", String.class))
                .containsExactly(CREATE_PRODUCTS, ADD_SLUG, BACKFILL, SLUGS_REQUIRED);
        assertThat(jdbc.queryForObject("SELECT is_nullable FROM information_schema.columns"
                + " WHERE table_name = 'products' AND column_name = 'slug'", String.class)).isEqualTo("NO");
        assertThat(jdbc.queryForObject("SELECT numeric_precision || ',' || numeric_scale"
                + " FROM information_schema.columns WHERE table_name = 'products' AND column_name = 'price'",
                String.class)).isEqualTo("12,2");
    }

    @Test
    void addsAProductWithASlugMadeFromItsName() throws IOException, InterruptedException {
        // A fresh word, so that a rerun on a kept database (DATABASE_URL) does not meet the last run's slugs.
        String word = "Série" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String sku = "STA-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        HttpResponse<String> created = post("/products", """
                {"sku": "%s", "name": "Chaise Écolière, %s", "category": "FURNITURE", "price": 249.00}
                """.formatted(sku, word));
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        String slug = "chaise-ecoliere-" + word.toLowerCase().replace("é", "e");
        assertThat(json.readTree(created.body()).get("slug").asString()).isEqualTo(slug);

        JsonNode product = json.readTree(get(location).body());
        assertThat(product.get("sku").asString()).isEqualTo(sku);
        assertThat(product.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(product.get("price").decimalValue()).isEqualTo(new BigDecimal("249.00"));
        assertThat(json.readTree(get("/products/by-slug/" + slug).body()).get("sku").asString()).isEqualTo(sku);

        // The same name again: the slug is numbered, since slugs are unique.
        HttpResponse<String> twin = post("/products", """
                {"sku": "%s-B", "name": "Chaise écolière %s", "category": "FURNITURE", "price": 239.00}
                """.formatted(sku, word));
        assertThat(json.readTree(twin.body()).get("slug").asString()).isEqualTo(slug + "-2");

        List<String> listed = json.readTree(get("/products").body()).valueStream()
                .map(p -> p.get("sku").asString()).toList();
        assertThat(listed).containsSubsequence(sku, sku + "-B");
    }

    @Test
    void changesAPriceAndKeepsTheHistory() throws IOException, InterruptedException {
        String sku = "ELE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String location = post("/products", """
                {"sku": "%s", "name": "Monitor 27 inch", "category": "ELECTRONICS", "price": 329.90}
                """.formatted(sku)).headers().firstValue("Location").orElseThrow();

        HttpResponse<String> changed = put(location + "/price", "{\"price\": 299}");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(json.readTree(changed.body()).get("price").decimalValue()).isEqualTo(new BigDecimal("299.00"));
        put(location + "/price", "{\"price\": 299.00}"); // the same price: nothing to record
        JsonNode product = json.readTree(put(location + "/price", "{\"price\": 319.5}").body());

        assertThat(product.get("price").decimalValue()).isEqualTo(new BigDecimal("319.50"));
        assertThat(product.get("priceChanges").valueStream()
                .map(c -> c.get("oldPrice").decimalValue().toPlainString() + " -> "
                        + c.get("newPrice").decimalValue().toPlainString()).toList())
                .containsExactly("329.90 -> 299.00", "299.00 -> 319.50");
        assertThat(jdbc.queryForObject("SELECT price FROM products WHERE sku = ?", BigDecimal.class, sku))
                .isEqualTo(new BigDecimal("319.50"));
    }

    @Test
    void refusesInvalidProductsAndATakenSku() throws IOException, InterruptedException {
        assertThat(post("/products", """
                {"sku": "FUR-1", "name": "Desk", "category": "FURNITURE", "price": 10.005}
                """).statusCode()).isEqualTo(400);
        assertThat(post("/products", """
                {"sku": "lower-case", "name": "Desk", "category": "FURNITURE", "price": 10.00}
                """).statusCode()).isEqualTo(400);
        assertThat(post("/products", """
                {"sku": "FUR-2", "name": "Desk", "category": "FURNITURE", "price": -1}
                """).statusCode()).isEqualTo(400);

        String sku = "FUR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String body = "{\"sku\": \"" + sku + "\", \"name\": \"Desk\", \"category\": \"FURNITURE\", \"price\": 99}";
        assertThat(post("/products", body).statusCode()).isEqualTo(201);
        assertThat(post("/products", body).statusCode()).isEqualTo(409);
    }

    @Test
    void answers404ForAnUnknownProduct() throws IOException, InterruptedException {
        assertThat(get("/products/999999999").statusCode()).isEqualTo(404);
        assertThat(get("/products/by-slug/no-such-product").statusCode()).isEqualTo(404);
        assertThat(put("/products/999999999/price", "{\"price\": 1.00}").statusCode()).isEqualTo(404);
    }

    @Test
    void actuatorShowsTheDatabaseUpToDate() throws IOException, InterruptedException {
        HttpResponse<String> all = get("/actuator/migrations");
        assertThat(all.statusCode()).isEqualTo(200);
        JsonNode dataSource = json.readTree(all.body()).get("datasources").get("dataSource");
        assertThat(dataSource.get("upToDate").asBoolean()).isTrue();
        assertThat(dataSource.get("current").get(0).asString()).isEqualTo(SLUGS_REQUIRED);
        assertThat(dataSource.get("pending")).isEmpty();

        JsonNode full = json.readTree(get("/actuator/migrations/dataSource").body());
        assertThat(full.get("revisions").valueStream()
                .map(r -> r.get("revision").asString() + " " + r.get("state").asString()))
                .containsExactlyInAnyOrder(CREATE_PRODUCTS + " applied", ADD_SLUG + " applied",
                        BACKFILL + " applied", SLUGS_REQUIRED + " applied");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> put(String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
