package dev.strata.demo.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.demo.test.http.ServiceHttp;
import dev.strata.demo.test.http.ServiceResponse;
import dev.strata.demo.test.jdbc.JdbcDatabaseReader;
import dev.strata.demo.test.migration.MigratedDatabase;
import dev.strata.demo.test.migration.MigrationsEndpoint;
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

/** The service as it runs: on its embedded cds_document database, migrated by Strata at startup. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DocumentServiceApplicationTests {

    private static final String CREATE_DOCUMENTS = "53778fdcd9c1";
    private static final String INDEX_BY_CLIENT = "f9fcad57e272";

    private static final String SHA_1 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String SHA_2 = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752";

    private final ServiceHttp http;
    private final JdbcTemplate jdbc;

    DocumentServiceApplicationTests(@LocalServerPort int port, @Autowired JdbcTemplate jdbc) {
        this.http = ServiceHttp.onPort(port);
        this.jdbc = jdbc;
    }

    @Test
    void runsOnItsOwnDatabaseMigratedToHead() {
        MigratedDatabase.of(JdbcDatabaseReader.of(jdbc))
                .assertMigratedThrough("cds_document", CREATE_DOCUMENTS, INDEX_BY_CLIENT);
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
    void filesADocumentAddsAVersionAndListsItForItsClient() {
        // A client of its own, so that a rerun on a kept database (DATABASE_URL) does not see the last run's documents.
        long clientId = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);
        ServiceResponse created = http.post("/documents", """
                {"title": "Framework agreement 2026", "clientId": %d, "type": "CONTRACT",
                 "file": {"fileName": "agreement.pdf", "sizeBytes": 48213, "sha256": "%s"}}
                """.formatted(clientId, SHA_1));
        assertThat(created.status()).isEqualTo(201);
        String location = created.location();
        String filedAt = created.json().get("createdAt").asString();

        ServiceResponse revised = http.post(location + "/versions",
                "{\"fileName\": \"agreement-signed.pdf\", \"sizeBytes\": 51007, \"sha256\": \"" + SHA_2 + "\"}");
        assertThat(revised.status()).isEqualTo(201);

        JsonNode document = http.get(location).json();
        assertThat(document.get("title").asString()).isEqualTo("Framework agreement 2026");
        assertThat(document.get("status").asString()).isEqualTo("ACTIVE");
        // What the POST answered is what was stored (PostgreSQL keeps microseconds, the JVM's clock has more).
        assertThat(document.get("createdAt").asString()).isEqualTo(filedAt);
        assertThat(document.get("versions").valueStream()
                .map(v -> v.get("versionNumber").asInt() + " " + v.get("fileName").asString()).toList())
                .containsExactly("1 agreement.pdf", "2 agreement-signed.pdf");

        ServiceResponse second = http.post("/documents", """
                {"title": "Passport copy", "clientId": %d, "type": "IDENTITY",
                 "file": {"fileName": "passport.jpg", "sizeBytes": 220144, "sha256": "%s"}}
                """.formatted(clientId, SHA_1));
        assertThat(second.status()).isEqualTo(201);
        http.post("/documents", """
                {"title": "Someone else's invoice", "clientId": %d, "type": "INVOICE",
                 "file": {"fileName": "invoice.pdf", "sizeBytes": 1024, "sha256": "%s"}}
                """.formatted(clientId - 1, SHA_2));

        List<String> listed = http.get("/documents?clientId=" + clientId).json().valueStream()
                .map(d -> d.get("title").asString()).toList();
        assertThat(listed).containsExactly("Passport copy", "Framework agreement 2026");
    }

    @Test
    void refusesADocumentWithABadChecksum() {
        ServiceResponse refused = http.post("/documents", """
                {"title": "Scan", "clientId": 7, "type": "CORRESPONDENCE",
                 "file": {"fileName": "scan.pdf", "sizeBytes": 10, "sha256": "not-a-sha"}}
                """);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM documents WHERE title = 'Scan'", Long.class)).isZero();
    }

    @Test
    void answers404ForAnUnknownDocument() {
        assertThat(http.get("/documents/999999999").status()).isEqualTo(404);
        ServiceResponse upload = http.post("/documents/999999999/versions",
                "{\"fileName\": \"x.pdf\", \"sizeBytes\": 1, \"sha256\": \"" + SHA_1 + "\"}");
        assertThat(upload.status()).isEqualTo(404);
    }

    @Test
    void actuatorShowsTheDatabaseUpToDate() {
        MigrationsEndpoint.of(http).assertUpToDateThrough("dataSource", CREATE_DOCUMENTS, INDEX_BY_CLIENT);
    }
}
