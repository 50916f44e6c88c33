package dev.strata.demo.product;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.demo.test.http.ServiceHttp;
import dev.strata.demo.test.http.ServiceResponse;
import dev.strata.demo.test.jdbc.JdbcDatabaseReader;
import dev.strata.demo.test.migration.MigratedDatabase;
import dev.strata.demo.test.migration.MigrationsEndpoint;
import java.math.BigDecimal;
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

    private final ServiceHttp http;
    private final JdbcTemplate jdbc;

    ProductServiceApplicationTests(@LocalServerPort int port, @Autowired JdbcTemplate jdbc) {
        // Numbers read exactly, so that the scale the service writes (249.00, not 249.0) is what is checked.
        this.http = ServiceHttp.onPort(port,
                JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build());
        this.jdbc = jdbc;
    }

    @Test
    void runsOnItsOwnDatabaseMigratedToHead() {
        // The Java revision is a step of the same history as the SQL files around it.
        MigratedDatabase.of(JdbcDatabaseReader.of(jdbc))
                .assertMigratedThrough("cds_product", CREATE_PRODUCTS, ADD_SLUG, BACKFILL, SLUGS_REQUIRED);
        assertThat(jdbc.queryForObject("SELECT is_nullable FROM information_schema.columns"
                + " WHERE table_name = 'products' AND column_name = 'slug'", String.class)).isEqualTo("NO");
        assertThat(jdbc.queryForObject("SELECT numeric_precision || ',' || numeric_scale"
                + " FROM information_schema.columns WHERE table_name = 'products' AND column_name = 'price'",
                String.class)).isEqualTo("12,2");
    }

    @Test
    void addsAProductWithASlugMadeFromItsName() {
        // A fresh word, so that a rerun on a kept database (DATABASE_URL) does not meet the last run's slugs.
        String word = "Série" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String sku = "STA-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ServiceResponse created = http.post("/products", """
                {"sku": "%s", "name": "Chaise Écolière, %s", "category": "FURNITURE", "price": 249.00}
                """.formatted(sku, word));
        assertThat(created.status()).isEqualTo(201);
        String location = created.location();
        String slug = "chaise-ecoliere-" + word.toLowerCase().replace("é", "e");
        assertThat(created.json().get("slug").asString()).isEqualTo(slug);

        JsonNode product = http.get(location).json();
        assertThat(product.get("sku").asString()).isEqualTo(sku);
        assertThat(product.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(product.get("price").decimalValue()).isEqualTo(new BigDecimal("249.00"));
        assertThat(http.get("/products/by-slug/" + slug).json().get("sku").asString()).isEqualTo(sku);

        // The same name again: the slug is numbered, since slugs are unique.
        ServiceResponse twin = http.post("/products", """
                {"sku": "%s-B", "name": "Chaise écolière %s", "category": "FURNITURE", "price": 239.00}
                """.formatted(sku, word));
        assertThat(twin.json().get("slug").asString()).isEqualTo(slug + "-2");

        List<String> listed = http.get("/products").json().valueStream()
                .map(p -> p.get("sku").asString()).toList();
        assertThat(listed).containsSubsequence(sku, sku + "-B");
    }

    @Test
    void changesAPriceAndKeepsTheHistory() {
        String sku = "ELE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String location = http.post("/products", """
                {"sku": "%s", "name": "Monitor 27 inch", "category": "ELECTRONICS", "price": 329.90}
                """.formatted(sku)).location();

        ServiceResponse changed = http.put(location + "/price", "{\"price\": 299}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("price").decimalValue()).isEqualTo(new BigDecimal("299.00"));
        http.put(location + "/price", "{\"price\": 299.00}"); // the same price: nothing to record
        JsonNode product = http.put(location + "/price", "{\"price\": 319.5}").json();

        assertThat(product.get("price").decimalValue()).isEqualTo(new BigDecimal("319.50"));
        assertThat(product.get("priceChanges").valueStream()
                .map(c -> c.get("oldPrice").decimalValue().toPlainString() + " -> "
                        + c.get("newPrice").decimalValue().toPlainString()).toList())
                .containsExactly("329.90 -> 299.00", "299.00 -> 319.50");
        assertThat(jdbc.queryForObject("SELECT price FROM products WHERE sku = ?", BigDecimal.class, sku))
                .isEqualTo(new BigDecimal("319.50"));
    }

    @Test
    void refusesInvalidProductsAndATakenSku() {
        assertThat(http.post("/products", """
                {"sku": "FUR-1", "name": "Desk", "category": "FURNITURE", "price": 10.005}
                """).status()).isEqualTo(400);
        assertThat(http.post("/products", """
                {"sku": "lower-case", "name": "Desk", "category": "FURNITURE", "price": 10.00}
                """).status()).isEqualTo(400);
        assertThat(http.post("/products", """
                {"sku": "FUR-2", "name": "Desk", "category": "FURNITURE", "price": -1}
                """).status()).isEqualTo(400);

        String sku = "FUR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String body = "{\"sku\": \"" + sku + "\", \"name\": \"Desk\", \"category\": \"FURNITURE\", \"price\": 99}";
        assertThat(http.post("/products", body).status()).isEqualTo(201);
        assertThat(http.post("/products", body).status()).isEqualTo(409);
    }

    @Test
    void answers404ForAnUnknownProduct() {
        assertThat(http.get("/products/999999999").status()).isEqualTo(404);
        assertThat(http.get("/products/by-slug/no-such-product").status()).isEqualTo(404);
        assertThat(http.put("/products/999999999/price", "{\"price\": 1.00}").status()).isEqualTo(404);
    }

    @Test
    void actuatorShowsTheDatabaseUpToDate() {
        MigrationsEndpoint.of(http)
                .assertUpToDateThrough("dataSource", CREATE_PRODUCTS, ADD_SLUG, BACKFILL, SLUGS_REQUIRED);
    }
}
