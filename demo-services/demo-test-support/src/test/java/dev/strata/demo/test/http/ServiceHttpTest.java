package dev.strata.demo.test.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class ServiceHttpTest {

    /** Echoes what it was sent, so that a test sees the method, the content type and the body that arrived. */
    private static final String ECHO = "{\"method\": \"$method\", \"type\": \"$type\", \"body\": \"$body\"}";

    private final StubService service = StubService.start();
    private final ServiceHttp http = ServiceHttp.onPort(service.port());

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void sendsJsonBodiesWithTheirContentType() {
        service.on("/echo", new StubService.Answer(200, ECHO, Map.of()));

        assertThat(http.post("/echo", "{\"a\": 1}").json().toString())
                .isEqualTo("{\"method\":\"POST\",\"type\":\"application/json\",\"body\":\"{\\\"a\\\": 1}\"}");
        assertThat(http.put("/echo", "[]").json().get("method").asString()).isEqualTo("PUT");
        assertThat(http.send("DELETE", "/echo", "").json().get("method").asString()).isEqualTo("DELETE");
        ServiceResponse got = http.get("/echo");
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.json().get("method").asString()).isEqualTo("GET");
        assertThat(got.json().get("type").asString()).isEqualTo("null");
    }

    @Test
    void readsTheStatusTheBodyAndTheLocation() {
        service.on("/things", new StubService.Answer(201, "{\"id\": 7}", Map.of("Location", "/things/7")));

        ServiceResponse created = http.post("/things", "{}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).isEqualTo("{\"id\": 7}");
        assertThat(created.location()).isEqualTo("/things/7");
        assertThat(created.header("Location")).hasValue("/things/7");
        assertThat(created.header("ETag")).isEmpty();
        assertThat(http.get("/things/8").status()).isEqualTo(404);
    }

    @Test
    void anAnswerWithoutLocationFailsTheTestAndSaysWhatCame() {
        service.on("/things", new StubService.Answer(400, "{\"error\": \"no\"}", Map.of()));

        ServiceResponse refused = http.post("/things", "{}");
        assertThatThrownBy(refused::location).isInstanceOf(AssertionError.class)
                .hasMessage("No Location header in the answer to POST http://localhost:" + service.port()
                        + "/things (400): {\"error\": \"no\"}");
    }

    @Test
    void parsesWithTheMapperItIsGiven() {
        service.onJson("/price", "{\"price\": 249.00}");
        JsonMapper exact = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

        assertThat(ServiceHttp.onPort(service.port(), exact).get("/price").json().get("price").decimalValue())
                .isEqualTo(new BigDecimal("249.00"));
    }

    @Test
    void aServiceThatIsNotThereFailsUnchecked() {
        int port = service.port();
        service.close();

        assertThatThrownBy(() -> ServiceHttp.onPort(port).get("/")).isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageStartingWith("GET http://localhost:" + port + "/: ");
    }
}
