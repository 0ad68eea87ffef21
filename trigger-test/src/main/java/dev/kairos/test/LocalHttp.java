package dev.kairos.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** Requests to a service a test started on 127.0.0.1, sent as the services' API clients send them. */
public final class LocalHttp {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private LocalHttp() {
    }

    /** GET without credentials, e.g. an Actuator probe on the management port. */
    public static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return send(port, "GET", path, Map.of(), null);
    }

    /**
     * A JSON request: {@code apiKey} in {@code X-API-Key} when given, {@code body} as {@code application/json} (none
     * when null).
     */
    public static HttpResponse<String> send(int port, String method, String path, @Nullable String apiKey,
            @Nullable String body) throws IOException, InterruptedException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        if (apiKey != null) {
            headers.put("X-API-Key", apiKey);
        }
        return send(port, method, path, headers, body);
    }

    /** A request with exactly these headers and {@code body} as its text (none when null). */
    public static HttpResponse<String> send(int port, String method, String path, Map<String, String> headers,
            @Nullable String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
