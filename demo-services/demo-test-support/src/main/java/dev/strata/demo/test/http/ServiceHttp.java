package dev.strata.demo.test.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * A demo service's HTTP API on {@code localhost}, as its tests call it: paths (or the {@code Location} a service
 * answered) with JSON bodies, answers read as {@link ServiceResponse}. Failures to connect are unchecked, so that a
 * test states only what it expects of the service.
 */
public final class ServiceHttp {

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private final JsonMapper json;

    private ServiceHttp(String base, JsonMapper json) {
        this.base = base;
        this.json = json;
    }

    /** The service listening on {@code port}, its answers parsed by a default {@link JsonMapper}. */
    public static ServiceHttp onPort(int port) {
        return onPort(port, JsonMapper.builder().build());
    }

    /** The service listening on {@code port}, its answers parsed by {@code json} (say, to read decimals exactly). */
    public static ServiceHttp onPort(int port, JsonMapper json) {
        return new ServiceHttp("http://localhost:" + port, json);
    }

    /** GET {@code path}. */
    public ServiceResponse get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** POST the JSON {@code body} to {@code path}. */
    public ServiceResponse post(String path, String body) {
        return send("POST", path, body);
    }

    /** PUT the JSON {@code body} to {@code path}. */
    public ServiceResponse put(String path, String body) {
        return send("PUT", path, body);
    }

    /** Any {@code method} with the JSON {@code body}, which may be empty. */
    public ServiceResponse send(String method, String path, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private ServiceResponse send(HttpRequest request) {
        try {
            return new ServiceResponse(client.send(request, HttpResponse.BodyHandlers.ofString()), json);
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + request.method() + " " + request.uri(), e);
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }
}
