package dev.kairos.ingest.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kairos.events.Json;
import dev.kairos.events.Topics;
import dev.kairos.events.TriggerDetails;
import dev.kairos.events.TriggerEvent;
import dev.kairos.ingest.IngestApplication;
import dev.kairos.test.KafkaBroker;
import dev.kairos.test.KafkaIntegrationTest;
import dev.kairos.test.LocalHttp;
import dev.kairos.test.TestApiKey;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

@KafkaIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "spring.config.name=" + IngestApplication.CONFIG_NAME, "management.server.port=0",
                "kairos.security.api-keys[0].name=test",
                "kairos.security.api-keys[0].hash=" + TestApiKey.HASH,
                "kairos.security.api-keys[0].roles=sources:write,signals:write",
                "trigger.ingest.bundled-sources=false" })
@DirtiesContext
class SignalControllerIT {

    @LocalServerPort
    int port;

    @Test
    void publishesAPushedSignalWithDefaultsAndAStableId() throws Exception {
        String company = "Signal Co " + UUID.randomUUID();
        String signal = """
                {"type": "EXECUTIVE_HIRE", "company": {"name": "%s", "domain": "signal.example"},
                 "details": {"person": "Dana Whitfield", "role": "Chief Marketing Officer", "roleCategory": "CMO"},
                 "occurredAt": "2026-11-10T09:00:00Z"}
                """.formatted(company);

        HttpResponse<String> first = post(signal, "test-key");
        HttpResponse<String> again = post(signal, "test-key");

        assertThat(first.statusCode()).isEqualTo(202);
        String eventId = json(first).get("eventIds").get(0).asString();
        assertThat(json(again).get("eventIds").get(0).asString()).isEqualTo(eventId);
        TriggerEvent event = awaitEvent(eventId);
        assertThat(event.company().key()).isEqualTo("signal.example");
        assertThat(event.details())
            .isEqualTo(new TriggerDetails.ExecutiveHire("Dana Whitfield", "Chief Marketing Officer",
                    dev.kairos.events.RoleCategory.CMO));
        assertThat(event.confidence()).isEqualTo(1.0);
        assertThat(event.evidence().source()).isEqualTo("api");
    }

    @Test
    void rejectsAWholeBatchWhenOneSignalIsInvalidAndSaysWhy() throws Exception {
        String goodId = "good-" + UUID.randomUUID();
        String batch = """
                [{"eventId": "%s", "type": "EXPANSION", "company": {"name": "Good Co"},
                  "details": {"location": "Berlin"}, "occurredAt": "2026-11-10T09:00:00Z"},
                 {"type": "EXPANSION", "company": {"name": "Sure Co"}, "details": {"location": "Paris"},
                  "occurredAt": "2026-11-10T09:00:00Z", "confidence": 1.7},
                 {"type": "MERGER", "company": {"name": "X"}, "details": {}, "occurredAt": "2026-11-10T09:00:00Z"},
                 {"type": "IPO", "details": {"exchange": "NYSE"}, "occurredAt": "2026-11-10T09:00:00Z"}]
                """.formatted(goodId);

        HttpResponse<String> response = post(batch, "test-key");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        List<String> errors = new ArrayList<>();
        json(response).get("errors").forEach(e -> errors.add(e.get("field").asString() + " " + e.get("message").asString()));
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0)).startsWith("[1] ").contains("confidence must be in [0, 1]: 1.7");
        assertThat(errors.get(1)).startsWith("[2] ").contains("type must be one of");
        assertThat(errors.get(2)).startsWith("[3] ").contains("missing company");
        assertThat(eventsWithId(goodId, Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void needsTheApiKey() throws Exception {
        assertThat(post("{}", null).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> post(String body, String apiKey) throws Exception {
        return LocalHttp.send(port, "POST", "/api/signals", apiKey, body);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return Json.mapper().readTree(response.body());
    }

    private static TriggerEvent awaitEvent(String eventId) {
        List<TriggerEvent> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            found.addAll(eventsWithId(eventId, Duration.ofSeconds(2)));
            return !found.isEmpty();
        });
        return found.getFirst();
    }

    private static List<TriggerEvent> eventsWithId(String eventId, Duration readFor) {
        List<TriggerEvent> found = new ArrayList<>();
        try (KafkaConsumer<String, TriggerEvent> consumer = new KafkaConsumer<>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                Json.keySerde().deserializer(), Json.serde(Topics.TRIGGER_EVENTS).deserializer())) {
            consumer.subscribe(List.of(Topics.TRIGGER_EVENTS.name()));
            long end = System.nanoTime() + readFor.toNanos();
            while (System.nanoTime() < end) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (record.value().eventId().equals(eventId)) {
                        found.add(record.value());
                    }
                });
            }
        }
        return found;
    }
}
