package dev.strata.demo.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
  * Runs a documented {@code curl} line as curl would (the options the docs use: {@code -H}, {@code -d},
  * {@code -X}), with Java's HTTP client, so the test needs no curl binary. The port may be moved.
  */
final class Curl {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Curl() {
    }

    static HttpResponse<String> run(String line, int documentedPort, int port) {
        List<String> words = ShellWords.split(line);
        if (!words.get(0).equals("curl")) {
            throw new IllegalArgumentException("Not a curl line: " + line);
        }
        String url = null;
        String body = null;
        String method = null;
        HttpRequest.Builder request = HttpRequest.newBuilder().timeout(Duration.ofSeconds(30));
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            switch (word) {
                case "-H" -> {
                    String header = words.get(++i);
                    int colon = header.indexOf(':');
                    request.header(header.substring(0, colon).strip(), header.substring(colon + 1).strip());
                }
                case "-d" -> body = words.get(++i);
                case "-X" -> method = words.get(++i);
                default -> {
                    if (word.startsWith("-")) {
                        throw new IllegalArgumentException("The test does not know curl's " + word + ": " + line);
                    }
                    url = word;
                }
            }
        }
        String full = (url.startsWith("http") ? url : "http://" + url)
                .replace("localhost:" + documentedPort, "127.0.0.1:" + port);
        String verb = method != null ? method : body != null ? "POST" : "GET";
        request.uri(URI.create(full)).method(verb, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(line + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
