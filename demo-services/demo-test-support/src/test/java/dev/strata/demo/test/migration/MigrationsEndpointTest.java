package dev.strata.demo.test.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.demo.test.http.ServiceHttp;
import dev.strata.demo.test.http.StubService;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The endpoint checks against answers shaped like Strata's Actuator endpoint, up to date and not. */
class MigrationsEndpointTest {

    private static final String UP_TO_DATE = """
            {"datasources": {"dataSource": {"current": ["bbb"], "heads": ["bbb"], "pending": [], "upToDate": true}}}
            """;
    private static final String BEHIND = """
            {"datasources": {"dataSource": {"current": ["aaa"], "heads": ["bbb"], "pending": ["bbb"],
             "upToDate": false}}}
            """;
    private static final String REVISIONS = """
            {"revisions": [{"revision": "bbb", "state": "%s"}, {"revision": "aaa", "state": "applied"}]}
            """;

    private final StubService service = StubService.start();
    private final MigrationsEndpoint endpoint = MigrationsEndpoint.of(ServiceHttp.onPort(service.port()));

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void passesWhenUpToDateAtTheHeadWithEveryRevisionApplied() {
        service.onJson("/actuator/migrations", UP_TO_DATE)
                .onJson("/actuator/migrations/dataSource", REVISIONS.formatted("applied"));

        JsonNode entry = endpoint.assertUpToDateThrough("dataSource", "aaa", "bbb");
        assertThat(entry.get("heads").get(0).asString()).isEqualTo("bbb");
        assertThat(endpoint.revisionStates("dataSource")).containsExactly("bbb applied", "aaa applied");
        assertThat(endpoint.revisions("dataSource").get(1).get("revision").asString()).isEqualTo("aaa");
        assertThat(endpoint.datasources().propertyNames()).containsExactly("dataSource");
    }

    @Test
    void failsWhenBehindOrAtAnotherRevision() {
        service.onJson("/actuator/migrations/dataSource", REVISIONS.formatted("applied"));
        service.onJson("/actuator/migrations", BEHIND);
        assertThatThrownBy(() -> endpoint.assertUpToDateThrough("dataSource", "aaa", "bbb"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("[upToDate of dataSource: ");

        service.onJson("/actuator/migrations", UP_TO_DATE);
        assertThatThrownBy(() -> endpoint.assertUpToDateThrough("dataSource", "bbb", "aaa"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("[current of dataSource]");
        assertThatThrownBy(() -> endpoint.assertUpToDateThrough("reportsDataSource", "aaa", "bbb"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("[the entry of reportsDataSource in /actuator/migrations]");
        assertThatThrownBy(() -> endpoint.assertUpToDateThrough("dataSource"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("revisionsInOrder must name at least the head revision");
    }

    @Test
    void failsWhenARevisionIsMissingOrNotAppliedOrTheEndpointIsNotThere() {
        service.onJson("/actuator/migrations", UP_TO_DATE)
                .onJson("/actuator/migrations/dataSource", REVISIONS.formatted("applied"));
        assertThatThrownBy(() -> endpoint.assertUpToDateThrough("dataSource", "bbb"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("[the revisions of dataSource]");

        service.onJson("/actuator/migrations/dataSource", REVISIONS.formatted("pending"));
        assertThatThrownBy(() -> endpoint.assertUpToDateThrough("dataSource", "aaa", "bbb"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("[the revisions of dataSource]")
                .hasMessageContaining("bbb pending");

        service.on("/actuator/migrations", new StubService.Answer(503, "{\"status\": \"DOWN\"}", Map.of()));
        assertThatThrownBy(endpoint::datasources).isInstanceOf(AssertionError.class)
                .hasMessageContaining("[GET /actuator/migrations: {\"status\": \"DOWN\"}]");
    }
}
