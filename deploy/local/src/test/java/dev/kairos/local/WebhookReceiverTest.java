package dev.kairos.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import dev.kairos.events.AccountStatus;
import dev.kairos.events.Json;
import dev.kairos.events.Lead;
import dev.kairos.events.TriggerType;
import dev.kairos.leads.webhook.WebhookSigner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebhookReceiverTest {

    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    final WebhookReceiver receiver = WebhookReceiver.start(0,
            new PrintStream(printed, true, StandardCharsets.UTF_8), Clock.fixed(NOW, ZoneOffset.UTC));

    final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void close() {
        receiver.close();
        http.close();
    }

    @Test
    void verifiesThePublishersSignatureAndPrintsALinePerLead() throws Exception {
        byte[] body = Json.mapper().writeValueAsBytes(lead());
        String signature = new WebhookSigner(receiver.secret()).sign("lead-1.2", NOW.getEpochSecond(), body);

        int first = post("lead-1.2", NOW.getEpochSecond(), signature, body);
        int again = post("lead-1.2", NOW.getEpochSecond(), signature, body);

        assertThat(first).isEqualTo(204);
        assertThat(again).isEqualTo(204);
        assertThat(lines()).hasSize(2);
        assertThat(lines().get(0)).matches("WEBHOOK demo  Crate\\.io GmbH \\(A-1\\) +rev 2  warm +signature ok");
        assertThat(lines().get(1)).isEqualTo(lines().get(0) + "  (seen before: ignored)");
    }

    @Test
    void refusesATamperedBodyAndAStaleTimestamp() throws Exception {
        byte[] body = Json.mapper().writeValueAsBytes(lead());
        String signature = new WebhookSigner(receiver.secret()).sign("lead-1.2", NOW.getEpochSecond(), body);
        byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("0.7", "0.9")
            .getBytes(StandardCharsets.UTF_8);
        long stale = NOW.minusSeconds(600).getEpochSecond();

        assertThat(post("lead-1.2", NOW.getEpochSecond(), signature, tampered)).isEqualTo(401);
        assertThat(post("lead-1.2", stale, new WebhookSigner(receiver.secret()).sign("lead-1.2", stale, body), body))
            .isEqualTo(401);
        assertThat(lines()).containsExactly("WEBHOOK demo  lead-1.2  signature BAD, refused",
                "WEBHOOK demo  rejected: timestamp " + stale + " is too far off");
    }

    @Test
    void configuresThePublisherForTheDemoCampaignOnLoopbackOnly() {
        Map<String, Object> properties = LocalKairos.properties(receiver, Map.of("spring.main.banner-mode", "off"));

        assertThat(properties).containsEntry("spring.main.banner-mode", "off")
            .containsEntry("trigger.publisher.webhooks.endpoints.demo.url", receiver.url("demo").toString())
            .containsEntry("trigger.publisher.webhooks.endpoints.demo.secret", receiver.secret())
            .containsEntry("trigger.publisher.webhooks.default-campaign", "demo")
            .containsEntry("trigger.publisher.webhooks.allowed-addresses", "127.0.0.1")
            .containsEntry("trigger.publisher.webhooks.allow-http-on-loopback", "true");
        assertThat(receiver.url("demo").getHost()).isEqualTo("127.0.0.1");
        assertThat(receiver.secret()).startsWith("whsec_");
    }

    private int post(String id, long timestamp, String signature, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(receiver.url("demo"))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .header("webhook-id", id)
            .header("webhook-timestamp", Long.toString(timestamp))
            .header("webhook-signature", signature)
            .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private List<String> lines() {
        return printed.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static Lead lead() {
        return new Lead(Lead.SCHEMA_VERSION, "lead-1", "A-1", "Crate.io GmbH", AccountStatus.CUSTOMER, "default",
                TriggerType.FUNDING_ROUND, "e-1", "warm", 0.7, NOW, NOW, NOW, List.of(), NOW, 2, Lead.Status.ACTIVE,
                null, null, List.of(), null, null, List.of(), null, null, null);
    }
}
