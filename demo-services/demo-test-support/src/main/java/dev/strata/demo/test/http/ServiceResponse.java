package dev.strata.demo.test.http;

import java.net.http.HttpResponse;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a demo service answered: the status, the body as text or as JSON, the headers. */
public final class ServiceResponse {

    private final HttpResponse<String> response;
    private final JsonMapper json;

    ServiceResponse(HttpResponse<String> response, JsonMapper json) {
        this.response = response;
        this.json = json;
    }

    /** The HTTP status code. */
    public int status() {
        return response.statusCode();
    }

    /** The body as the service wrote it. */
    public String body() {
        return response.body();
    }

    /** The body parsed as JSON, whatever the status. */
    public JsonNode json() {
        return json.readTree(response.body());
    }

    /** The first value of the header {@code name}, if the service sent one. */
    public Optional<String> header(String name) {
        return response.headers().firstValue(name);
    }

    /** Where the service says the created resource is; an answer without a {@code Location} fails the test. */
    public String location() {
        return header("Location").orElseThrow(() -> new AssertionError("No Location header in the answer to "
                + response.request().method() + " " + response.uri() + " (" + status() + "): " + body()));
    }

    @Override
    public String toString() {
        return status() + " " + body();
    }
}
