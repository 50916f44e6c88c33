package dev.strata.demo.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service as it runs: on its embedded cds_document database, migrated by Strata at startup. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DocumentServiceApplicationTests {

    private static final String CREATE_DOCUMENTS = "53778fdcd9c1";
    private static final String INDEX_BY_CLIENT = "f9fcad57e272";

    private static final String SHA_1 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String SHA_2 = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752";

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void runsOnItsOwnDatabaseMigratedToHead() {
        assertThat(jdbc.queryForObject("SELECT current_database()", String.class)).isEqualTo("cds_document");
        assertThat(jdbc.queryForList("SELECT version_num FROM strata_version", String.class))
                .containsExactly(INDEX_BY_CLIENT);
        assertThat(jdbc.queryForList("SELECT revision FROM strata_history"
                + " WHERE direction = 'upgrade' AND success ORDER BY id", String.class))
                .containsExactly(CREATE_DOCUMENTS, INDEX_BY_CLIENT);
    }

    @Test
    void theConcurrentIndexRevisionLeftAValidIndexAndItsHistoryRow() {
        // A failed CREATE INDEX CONCURRENTLY leaves the index behind marked invalid: existing is not enough.
        Map<String, Object> index = jdbc.queryForMap("SELECT i.indisvalid, i.indisready,"
                + " pg_get_indexdef(i.indexrelid) AS def FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                + " WHERE c.relname = 'ix_documents_client_id_created_at'");
        assertThat(index.get("indisvalid")).isEqualTo(true);
        assertThat(index.get("indisready")).isEqualTo(true);
        assertThat(index.get("def")).isEqualTo("CREATE INDEX ix_documents_client_id_created_at ON public.documents"
                + " USING btree (client_id, created_at)");

        Map<String, Object> step = jdbc.queryForMap("SELECT from_revisions, success, checksum, message"
                + " FROM strata_history WHERE revision = ? AND direction = 'upgrade'", INDEX_BY_CLIENT);
        assertThat(step.get("from_revisions")).isEqualTo(CREATE_DOCUMENTS);
        assertThat(step.get("success")).isEqualTo(true);
        assertThat(step.get("message")).isEqualTo("Index documents by client and creation time");
        assertThat((String) step.get("checksum")).hasSize(64);
    }

    @Test
    void aClientsDocumentsAreLookedUpThroughTheIndex() {
        // On a table this small the planner prefers a scan; with scans priced out it must find the index.
        List<String> plan = jdbc.execute((ConnectionCallback<List<String>>) connection -> {
            List<String> lines = new ArrayList<>();
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET enable_seqscan = off");
                try (ResultSet rows = statement.executeQuery("EXPLAIN SELECT id FROM documents"
                        + " WHERE client_id = 42 ORDER BY created_at DESC")) {
                    while (rows.next()) {
                        lines.add(rows.getString(1));
                    }
                } finally {
                    statement.execute("RESET enable_seqscan");
                }
            }
            return lines;
        });
        assertThat(String.join("\n", plan)).contains("ix_documents_client_id_created_at");
    }

    @Test
    void filesADocumentAddsAVersionAndListsItForItsClient() throws IOException, InterruptedException {
        // A client of its own, so that a rerun on a kept database (DATABASE_URL) does not see the last run's documents.
        long clientId = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);
        HttpResponse<String> created = post("/documents", """
                {"title": "Framework agreement 2026", "clientId": %d, "type": "CONTRACT",
                 "file": {"fileName": "agreement.pdf", "sizeBytes": 48213, "sha256": "%s"}}
                """.formatted(clientId, SHA_1));
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        String filedAt = json.readTree(created.body()).get("createdAt").asString();

        HttpResponse<String> revised = post(location + "/versions",
                "{\"fileName\": \"agreement-signed.pdf\", \"sizeBytes\": 51007, \"sha256\": \"" + SHA_2 + "\"}");
        assertThat(revised.statusCode()).isEqualTo(201);

        JsonNode document = json.readTree(get(location).body());
        assertThat(document.get("title").asString()).isEqualTo("Framework agreement 2026");
        assertThat(document.get("status").asString()).isEqualTo("ACTIVE");
        // What the POST answered is what was stored (PostgreSQL keeps microseconds, the JVM's clock has more).
        assertThat(document.get("createdAt").asString()).isEqualTo(filedAt);
        assertThat(document.get("versions").valueStream()
                .map(v -> v.get("versionNumber").asInt() + " " + v.get("fileName").asString()).toList())
                .containsExactly("1 agreement.pdf", "2 agreement-signed.pdf");

        HttpResponse<String> second = post("/documents", """
                {"title": "Passport copy", "clientId": %d, "type": "IDENTITY",
                 "file": {"fileName": "passport.jpg", "sizeBytes": 220144, "sha256": "%s"}}
                """.formatted(clientId, SHA_1));
        assertThat(second.statusCode()).isEqualTo(201);
        post("/documents", """
                {"title": "Someone else's invoice", "clientId": %d, "type": "INVOICE",
                 "file": {"fileName": "invoice.pdf", "sizeBytes": 1024, "sha256": "%s"}}
                """.formatted(clientId - 1, SHA_2));

        List<String> listed = json.readTree(get("/documents?clientId=" + clientId).body()).valueStream()
                .map(d -> d.get("title").asString()).toList();
        assertThat(listed).containsExactly("Passport copy", "Framework agreement 2026");
    }

    @Test
    void refusesADocumentWithABadChecksum() throws IOException, InterruptedException {
        HttpResponse<String> refused = post("/documents", """
                {"title": "Scan", "clientId": 7, "type": "CORRESPONDENCE",
                 "file": {"fileName": "scan.pdf", "sizeBytes": 10, "sha256": "not-a-sha"}}
                """);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM documents WHERE title = 'Scan'", Long.class)).isZero();
    }

    @Test
    void answers404ForAnUnknownDocument() throws IOException, InterruptedException {
        assertThat(get("/documents/999999999").statusCode()).isEqualTo(404);
        HttpResponse<String> upload = post("/documents/999999999/versions",
                "{\"fileName\": \"x.pdf\", \"sizeBytes\": 1, \"sha256\": \"" + SHA_1 + "\"}");
        assertThat(upload.statusCode()).isEqualTo(404);
    }

    @Test
    void actuatorShowsTheDatabaseUpToDate() throws IOException, InterruptedException {
        HttpResponse<String> all = get("/actuator/migrations");
        assertThat(all.statusCode()).isEqualTo(200);
        JsonNode dataSource = json.readTree(all.body()).get("datasources").get("dataSource");
        assertThat(dataSource.get("upToDate").asBoolean()).isTrue();
        assertThat(dataSource.get("current").get(0).asString()).isEqualTo(INDEX_BY_CLIENT);
        assertThat(dataSource.get("pending")).isEmpty();

        JsonNode full = json.readTree(get("/actuator/migrations/dataSource").body());
        assertThat(full.get("revisions").valueStream()
                .map(r -> r.get("revision").asString() + " " + r.get("state").asString()))
                .containsExactlyInAnyOrder(CREATE_DOCUMENTS + " applied", INDEX_BY_CLIENT + " applied");
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
