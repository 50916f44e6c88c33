package dev.strata.demo.test.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.demo.test.http.ServiceHttp;
import dev.strata.demo.test.http.ServiceResponse;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A service's {@code /actuator/migrations}: one entry per datasource (or connection factory) bean, and a page per
 * bean listing its revisions.
 */
public final class MigrationsEndpoint {

    private static final String PATH = "/actuator/migrations";

    private final ServiceHttp http;

    private MigrationsEndpoint(ServiceHttp http) {
        this.http = http;
    }

    /** The endpoint of the service {@code http} calls. */
    public static MigrationsEndpoint of(ServiceHttp http) {
        return new MigrationsEndpoint(http);
    }

    /** The {@code datasources} object of {@code GET /actuator/migrations}, which must answer 200. */
    public JsonNode datasources() {
        return ok(PATH).get("datasources");
    }

    /**
     * Asserts a bean migrated through {@code revisionsInOrder}, the head last: its entry says it is up to date, with
     * the head its one current revision and nothing pending, and its page lists exactly these revisions, in any
     * order, every one applied. Returns the entry, for what else a test reads from it.
     */
    public JsonNode assertUpToDateThrough(String datasource, String... revisionsInOrder) {
        String head = RevisionLine.head("revisionsInOrder", revisionsInOrder);
        JsonNode entry = datasources().get(datasource);
        assertThat(entry).as("the entry of %s in %s", datasource, PATH).isNotNull();
        assertThat(entry.get("upToDate").asBoolean()).as("upToDate of %s: %s", datasource, entry).isTrue();
        assertThat(texts(entry.get("current"))).as("current of %s", datasource).containsExactly(head);
        assertThat(entry.get("pending")).as("pending of %s", datasource).isEmpty();
        List<String> allApplied = Arrays.stream(revisionsInOrder).map(id -> id + " applied").toList();
        assertThat(revisionStates(datasource)).as("the revisions of %s", datasource)
                .containsExactlyInAnyOrderElementsOf(allApplied);
        return entry;
    }

    /** The {@code revisions} of {@code GET /actuator/migrations/{datasource}}, which must answer 200. */
    public JsonNode revisions(String datasource) {
        return ok(PATH + "/" + datasource).get("revisions");
    }

    /** Each of the bean's revisions as "id state" ("a1b2c3d4e5f6 applied"), in the endpoint's order. */
    public List<String> revisionStates(String datasource) {
        return revisions(datasource).valueStream()
                .map(r -> r.get("revision").asString() + " " + r.get("state").asString()).toList();
    }

    private JsonNode ok(String path) {
        ServiceResponse response = http.get(path);
        assertThat(response.status()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
