package dev.kairos.local;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.kairos.events.Json;
import dev.kairos.events.Lead;

/**
 * The demo's campaign system: a webhook receiver on 127.0.0.1 that checks each request as a real receiver should
 * (Standard Webhooks signature, a timestamp no more than five minutes off, each {@code webhook-id} once) and prints a
 * line per lead. Its own few lines of HMAC, not the publisher's signer, so that it checks the scheme independently.
 */
final class WebhookReceiver implements AutoCloseable {

    /** The campaign the demo's leads go to: the demo rules name none, so it is the publisher's default campaign. */
    static final String CAMPAIGN = "demo";

    private static final Duration TOLERANCE = Duration.ofMinutes(5);

    private final HttpServer server;

    private final String secret;

    private final PrintStream out;

    private final Clock clock;

    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    private WebhookReceiver(HttpServer server, String secret, PrintStream out, Clock clock) {
        this.server = server;
        this.secret = secret;
        this.out = out;
        this.clock = clock;
    }

    /** Starts on {@code port} of 127.0.0.1, a free one when 0, with a fresh random secret. */
    static WebhookReceiver start(int port, PrintStream out, Clock clock) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            WebhookReceiver receiver = new WebhookReceiver(server,
                    "whsec_" + Base64.getEncoder().encodeToString(key), out, clock);
            server.createContext("/webhooks/", receiver::handle);
            server.start();
            return receiver;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot start the demo webhook receiver on 127.0.0.1:" + port, ex);
        }
    }

    /** Where the campaign's leads are to be POSTed. */
    URI url(String campaign) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks/" + campaign);
    }

    String secret() {
        return secret;
    }

    /**
     * What the publisher needs to deliver the demo's leads here: the campaign's endpoint, the default campaign for
     * leads without one, and loopback allowed over plain http, for this address only.
     */
    Map<String, Object> publisherProperties() {
        String prefix = "trigger.publisher.webhooks.";
        return Map.of(prefix + "endpoints." + CAMPAIGN + ".url", url(CAMPAIGN).toString(),
                prefix + "endpoints." + CAMPAIGN + ".secret", secret, prefix + "default-campaign", CAMPAIGN,
                prefix + "allowed-addresses", "127.0.0.1", prefix + "allow-http-on-loopback", "true");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String campaign = exchange.getRequestURI().getPath().substring("/webhooks/".length());
            byte[] body = exchange.getRequestBody().readAllBytes();
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
            if (!"POST".equals(exchange.getRequestMethod()) || id == null || timestamp == null || signature == null
                    || !timestamp.matches("\\d{1,12}")) {
                out.println("WEBHOOK " + campaign + "  rejected: not a signed webhook request");
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            long seconds = Long.parseLong(timestamp);
            if (Math.abs(clock.instant().getEpochSecond() - seconds) > TOLERANCE.toSeconds()) {
                out.println("WEBHOOK " + campaign + "  rejected: timestamp " + seconds + " is too far off");
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            boolean valid = verify(id, timestamp, body, signature);
            Lead lead = valid ? Json.read(new String(body, StandardCharsets.UTF_8), Lead.class) : null;
            boolean first = valid && seen.add(id);
            out.println(format(campaign, lead, id, valid, first));
            exchange.sendResponseHeaders(valid ? 204 : 401, -1);
        }
    }

    /** E.g. {@code WEBHOOK demo  Acme Labs  rev 2  signature ok}. */
    static String format(String campaign, Lead lead, String id, boolean valid, boolean first) {
        if (!valid) {
            return "WEBHOOK " + campaign + "  " + id + "  signature BAD, refused";
        }
        return String.format(Locale.ROOT, "WEBHOOK %s  %-34s rev %s  %-8s signature ok%s", campaign,
                lead.accountName() + " (" + lead.accountId() + ")",
                lead.revision() == null ? "-" : lead.revision().toString(), lead.segment(),
                first ? "" : "  (seen before: ignored)");
    }

    private boolean verify(String id, String timestamp, byte[] body, String header) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())),
                    "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            byte[] expected = mac.doFinal(body);
            for (String candidate : header.trim().split(" +")) {
                if (candidate.startsWith("v1,") && MessageDigest.isEqual(expected, decode(candidate.substring(3)))) {
                    return true;
                }
            }
            return false;
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
        }
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        }
        catch (IllegalArgumentException notBase64) {
            return new byte[0];
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
