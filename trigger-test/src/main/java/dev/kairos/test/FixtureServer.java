package dev.kairos.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;

/**
 * A real HTTP server on 127.0.0.1 that serves test fixtures from the classpath ({@code feeds/…}, {@code pages/…})
 * and misbehaves on request through named routes. Each route method returns the URI to fetch.
 */
public final class FixtureServer implements AutoCloseable {

    private final HttpServer server;

    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    private final Map<String, Map<String, String>> lastHeaders = new ConcurrentHashMap<>();

    private final Map<String, String> lastTargets = new ConcurrentHashMap<>();

    private final Map<String, List<Instant>> arrivals = new ConcurrentHashMap<>();

    private FixtureServer(HttpServer server) {
        this.server = server;
    }

    /** Starts a server on a free port of 127.0.0.1. */
    public static FixtureServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return new FixtureServer(server);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot start the fixture server on 127.0.0.1", ex);
        }
    }

    /** Serves {@code feeds/<name>} from the classpath with a feed content type. */
    public URI feed(String name) {
        String type = name.endsWith(".atom") ? "application/atom+xml" : "application/rss+xml";
        return serve("/feeds/" + name, type, resource("feeds/" + name));
    }

    /** Serves {@code pages/<name>} from the classpath as HTML. */
    public URI page(String name) {
        return serve("/pages/" + name, "text/html; charset=utf-8", resource("pages/" + name));
    }

    /** Serves the given bytes at {@code path}, replacing what was there. */
    public URI serve(String path, String contentType, byte[] body) {
        return route(path, exchange -> respond(exchange, 200, contentType, body));
    }

    /** Serves the given UTF-8 text at {@code path}, replacing what was there. */
    public URI serve(String path, String contentType, String body) {
        return serve(path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends the headers at once, then one byte every {@code interval}, for ever. */
    public URI slow(Duration interval) {
        return route("/slow", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream body = exchange.getResponseBody()) {
                while (true) {
                    body.write('<');
                    body.flush();
                    Thread.sleep(interval);
                }
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** A chunked body that never ends. */
    public URI huge() {
        byte[] chunk = "<item><title>x</title></item>".repeat(1000).getBytes(StandardCharsets.UTF_8);
        return route("/huge", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream body = exchange.getResponseBody()) {
                while (true) {
                    body.write(chunk);
                }
            }
        });
    }

    /** Redirects to itself. */
    public URI redirectLoop() {
        return redirect("/loop", "/loop");
    }

    /** Redirects {@code path} to {@code location}. */
    public URI redirect(String path, String location) {
        return route(path, exchange -> {
            exchange.getResponseHeaders().set("Location", location);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
    }

    /** A feed served as {@code text/html}. */
    public URI wrongContentType() {
        return serve("/wrong-type", "text/html", "<html><body>not a feed</body></html>");
    }

    /** A small gzip body that inflates to {@code inflatedBytes} of zeros. */
    public URI gzipBomb(int inflatedBytes) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(new byte[inflatedBytes]);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        byte[] body = compressed.toByteArray();
        return route("/bomb", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            respond(exchange, 200, "application/rss+xml", body);
        });
    }

    /** Answers {@code path} with the given status, headers and body. */
    public URI answer(String path, int status, Map<String, String> headers, byte[] body) {
        return route(path, exchange -> {
            headers.forEach(exchange.getResponseHeaders()::set);
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
    }

    /**
     * Serves {@code body} with an {@code ETag} and a {@code Last-Modified} date, and answers 304 Not Modified to a
     * request whose {@code If-None-Match} names that tag.
     */
    public URI conditional(String path, String contentType, byte[] body, String etag) {
        return route(path, exchange -> {
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.getResponseHeaders().set("Last-Modified", "Wed, 18 Nov 2026 09:30:00 GMT");
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            respond(exchange, 200, contentType, body);
        });
    }

    /** The headers of the last request to {@code path}, names in lower case; empty when there was none. */
    public Map<String, String> lastRequestHeaders(String path) {
        return lastHeaders.getOrDefault(path, Map.of());
    }

    /** The path and query the last request under {@code path} asked for, as sent; null when there was none. */
    public @Nullable String lastRequestTarget(String path) {
        return lastTargets.get(path);
    }

    /** When each request to {@code path} arrived, in order. */
    public List<Instant> arrivals(String path) {
        return List.copyOf(arrivals.getOrDefault(path, List.of()));
    }

    /** How many requests {@code path} has answered. */
    public int hits(String path) {
        AtomicInteger count = hits.get(path);
        return count == null ? 0 : count.get();
    }

    /** The base URI, e.g. {@code http://127.0.0.1:41234}. */
    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private URI route(String path, HttpHandler handler) {
        try {
            server.removeContext(path);
        }
        catch (IllegalArgumentException notYetRouted) {
            // first time this path is served
        }
        server.createContext(path, exchange -> {
            arrivals.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>()).add(Instant.now());
            Map<String, String> headers = new ConcurrentHashMap<>();
            exchange.getRequestHeaders()
                .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(", ", values)));
            lastHeaders.put(path, headers);
            lastTargets.put(path, exchange.getRequestURI().toString());
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            try (exchange) {
                handler.handle(exchange);
            }
            catch (IOException clientWentAway) {
                // the client under test closed the connection, which is what limits are for
            }
        });
        return base().resolve(path);
    }

    private static void respond(HttpExchange exchange, int status, String contentType, byte[] body)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test fixture on the classpath: " + name);
            }
            return in.readAllBytes();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
