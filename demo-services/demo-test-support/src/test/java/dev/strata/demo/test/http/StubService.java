package dev.strata.demo.test.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A service on a free port that answers each path with a fixed status, body and headers, for the support's tests. */
public final class StubService implements AutoCloseable {

    /** What the stub answers on one path. */
    public record Answer(int status, String body, Map<String, String> headers) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

    private StubService(HttpServer server) {
        this.server = server;
    }

    /** Starts a stub that answers 404 until told otherwise. */
    public static StubService start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            StubService stub = new StubService(server);
            server.createContext("/", stub::answer);
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers {@code path} (with its query) with {@code answer}. */
    public StubService on(String path, Answer answer) {
        answers.put(path, answer);
        return this;
    }

    /** Answers {@code path} with 200 and the JSON {@code body}. */
    public StubService onJson(String path, String body) {
        return on(path, new Answer(200, body, Map.of()));
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    private void answer(HttpExchange exchange) throws IOException {
        Answer answer = answers.getOrDefault(exchange.getRequestURI().toString(), new Answer(404, "{}", Map.of()));
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] body = answer.body().replace("$method", exchange.getRequestMethod())
                .replace("$type", String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")))
                .replace("$body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)
                        .replace("\"", "\\\""))
                .getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.status(), body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
