package dev.kairos.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;

/**
 * Serves the bundled demo feeds on 127.0.0.1, so that the demo exercises the real fetch path. The feeds are templates:
 * {@code ${daysAgo:N}} becomes the date N days before the demo started, so leads always land in several segments.
 */
final class DemoFeeds implements AutoCloseable {

    static final List<String> NAMES = List.of("startup-funding.rss", "exec-moves.rss", "deals-and-markets.atom",
            "tech-news.rss");

    private static final Pattern DAYS_AGO = Pattern.compile("\\$\\{daysAgo:(\\d+)}");

    private final HttpServer server;

    private final Map<String, String> urls = new LinkedHashMap<>();

    DemoFeeds(Instant now) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot serve the demo feeds on 127.0.0.1", ex);
        }
        for (String name : NAMES) {
            boolean atom = name.endsWith(".atom");
            byte[] body = render(template(name), now, atom).getBytes(StandardCharsets.UTF_8);
            String path = "/feeds/" + name;
            server.createContext(path, exchange -> {
                try (exchange; OutputStream out = exchange.getResponseBody()) {
                    exchange.getResponseHeaders()
                        .set("Content-Type", atom ? "application/atom+xml" : "application/rss+xml");
                    exchange.sendResponseHeaders(200, body.length);
                    out.write(body);
                }
            });
            urls.put(name.substring(0, name.indexOf('.')), "http://127.0.0.1:" + server.getAddress().getPort() + path);
        }
        server.start();
    }

    /** Source id → URL of every demo feed. */
    Map<String, String> urls() {
        return urls;
    }

    static String render(String template, Instant now, boolean atom) {
        Instant start = now.truncatedTo(ChronoUnit.MINUTES);
        DateTimeFormatter format = atom ? DateTimeFormatter.ISO_INSTANT
                : DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
        Matcher matcher = DAYS_AGO.matcher(template);
        return matcher.replaceAll(match -> format.format(start.minus(Duration.ofDays(Long.parseLong(match.group(1))))));
    }

    private static String template(String name) {
        try (InputStream in = DemoFeeds.class.getResourceAsStream("/demo/feeds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("demo feed missing from the jar: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
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
