package dev.kairos.leads.webhook;

import static dev.kairos.leads.webhook.Leads.lead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import dev.kairos.events.Json;
import dev.kairos.events.Lead;
import dev.kairos.events.Topics;
import dev.kairos.leads.PublisherApplication;
import dev.kairos.test.KafkaBroker;
import dev.kairos.test.KafkaIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;

/** Webhook delivery in the running publisher against the real broker and a real local receiver. */
@KafkaIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "spring.config.name=" + PublisherApplication.CONFIG_NAME, "management.server.port=0" })
@DirtiesContext
class WebhookDeliveryIT {

    static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    static final String CAMPAIGN = "it-" + RUN;

    static final String GONE = "it-gone-" + RUN;

    static final String SECRET = WebhookDeliveryTest.SECRET;

    static final String OTHER_SECRET = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]);

    static final String APPLICATION_ID = "lead-publisher-webhooks-it-" + RUN;

    static final Path STATE = temporaryDirectory();

    static final Receiver receiver = Receiver.start(WebhookDeliveryIT::answer);

    static final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    WebhookStreams streams;

    @Autowired
    MeterRegistry meters;

    @Autowired
    HealthIndicator webhookDeliveryHealthIndicator;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.streams.application-id", () -> "lead-publisher-it-" + RUN);
        registry.add("spring.kafka.streams.state-dir", STATE::toString);
        registry.add("trigger.publisher.webhooks.application-id", () -> APPLICATION_ID);
        registry.add("trigger.publisher.webhooks.endpoints." + CAMPAIGN + ".url", () -> receiver.url("/hooks/it"));
        registry.add("trigger.publisher.webhooks.endpoints." + CAMPAIGN + ".secret", () -> SECRET);
        registry.add("trigger.publisher.webhooks.endpoints." + GONE + ".url", () -> receiver.url("/hooks/gone"));
        registry.add("trigger.publisher.webhooks.endpoints." + GONE + ".secret", () -> SECRET);
        registry.add("trigger.publisher.webhooks.allowed-addresses", () -> "127.0.0.1");
        registry.add("trigger.publisher.webhooks.allow-http-on-loopback", () -> "true");
        registry.add("trigger.publisher.webhooks.tick", () -> "PT0.1S");
        // a closed Streams member stays in its group until its session times out: the restart waits for that
        registry.add("spring.kafka.streams.properties.session.timeout.ms", () -> "6000");
        registry.add("spring.kafka.streams.properties.heartbeat.interval.ms", () -> "1000");
        registry.add("trigger.publisher.webhooks.retry.initial-interval", () -> "PT0.05S");
        registry.add("trigger.publisher.webhooks.retry.max-interval", () -> "PT0.2S");
    }

    /** 200, but always 410 on the gone campaign's path. */
    static Receiver.Answer answer(Receiver.Request request) {
        return Receiver.Answer.status(request.path().endsWith("/gone") ? 410 : 200);
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    void restartMidwayResendsNothingDeliveredAndLosesNothingPending() {
        List<Lead> written = new ArrayList<>();
        for (int revision = 1; revision <= 5; revision++) {
            for (int account = 1; account <= 6; account++) {
                written.add(lead("restart-" + RUN + "-" + account, "lead-" + RUN + "-" + account, revision, CAMPAIGN));
            }
        }
        AtomicInteger accepted = new AtomicInteger();
        receiver.answer(request -> {
            if (request.path().endsWith("/gone")) {
                return Receiver.Answer.status(410);
            }
            // the receiver goes down after a dozen leads, mid-way through
            return Receiver.Answer.status(accepted.incrementAndGet() <= 12 ? 200 : 503);
        });
        send(written);

        await().atMost(Duration.ofSeconds(60))
            .until(() -> receiver.requests().stream().filter(request -> request.status() == 503).count() >= 10);
        streams.stop();
        List<String> deliveredBeforeRestart = ids(receiver.delivered(), written);
        assertThat(deliveredBeforeRestart).hasSize(12);
        // the restarted delivery rebuilds its pending deliveries from the changelog, not from local files
        FileSystemUtils.deleteRecursively(STATE.resolve(APPLICATION_ID).toFile());
        receiver.answer(WebhookDeliveryIT::answer);
        streams.start();

        await().atMost(Duration.ofSeconds(90)).until(() -> ids(receiver.delivered(), written).size() >= written.size());
        await().during(Duration.ofSeconds(2))
            .atMost(Duration.ofSeconds(5))
            .until(() -> ids(receiver.delivered(), written).size() == written.size());
        List<Receiver.Request> delivered = receiver.delivered()
            .stream()
            .filter(request -> ids(List.of(request), written).size() == 1)
            .toList();
        assertThat(ids(delivered, written)).doesNotHaveDuplicates()
            .containsExactlyInAnyOrderElementsOf(written.stream().map(PendingDelivery::webhookId).toList());
        assertThat(byAccount(delivered)).isEqualTo(byAccount(written));
        assertThat(streams.state()).isEqualTo(KafkaStreams.State.RUNNING);
        assertThat(webhookDeliveryHealthIndicator.health(false).getStatus()).isEqualTo(Status.UP);
        assertThat(meters.get("kairos.publisher.webhook.deliveries").tag("outcome", "retried").counter().count())
            .isGreaterThanOrEqualTo(10);
    }

    @Test
    void goneEndpointDeadLettersTheLeadWithTheErrorOnLeadsDlt() {
        Lead lead = lead("gone-" + RUN, "gone-lead-" + RUN, 1, GONE);
        send(List.of(lead));

        ConsumerRecord<String, byte[]> dead = awaitDeadLetter(lead.accountId());

        assertThat(Json.read(new String(dead.value(), StandardCharsets.UTF_8), Lead.class)).isEqualTo(lead);
        assertThat(header(dead, WebhookDelivery.ERROR_HEADER)).contains("HTTP 410", "gone");
        assertThat(header(dead, WebhookDelivery.ATTEMPTS_HEADER)).isEqualTo("1");
        assertThat(header(dead, WebhookDelivery.ID_HEADER)).isEqualTo(lead.leadId() + ".1");
    }

    @Test
    void endpointsAreManagedOverRestAndSecretsNeverComeBack() throws Exception {
        String campaign = "it-managed-" + RUN;
        HttpResponse<String> put = request("PUT", "/api/webhooks/" + campaign, """
                {"url": "%s", "secret": "%s"}""".formatted(receiver.url("/hooks/managed"), OTHER_SECRET));
        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(json(put).get("source").asString()).isEqualTo("managed");
        await().atMost(Duration.ofSeconds(30))
            .until(() -> request("GET", "/api/webhooks/" + campaign, null).statusCode() == 200);
        HttpResponse<String> all = request("GET", "/api/webhooks", null);
        assertThat(all.body()).contains(campaign, CAMPAIGN, "configured", "managed")
            .doesNotContain("whsec_", "secret");
        assertThat(put.body()).doesNotContain("whsec_", "secret");

        Lead lead = lead("managed-" + RUN, "managed-lead-" + RUN, 3, campaign);
        send(List.of(lead));
        await().atMost(Duration.ofSeconds(60))
            .until(() -> receiver.delivered().stream().anyMatch(request -> request.id().equals(lead.leadId() + ".3")));
        Receiver.Request received = receiver.delivered()
            .stream()
            .filter(request -> request.id().equals(lead.leadId() + ".3"))
            .findFirst()
            .orElseThrow();
        assertThat(received.path()).isEqualTo("/hooks/managed");
        assertThat(new WebhookSigner(OTHER_SECRET).verify(received.id(), received.timestamp(), received.body(),
                received.signature()))
            .isTrue();

        HttpResponse<String> plainHttpElsewhere = request("PUT", "/api/webhooks/" + campaign,
                "{\"url\": \"http://hooks.example/k\", \"secret\": \"" + OTHER_SECRET + "\"}");
        assertThat(plainHttpElsewhere.statusCode()).isEqualTo(400);
        assertThat(plainHttpElsewhere.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(plainHttpElsewhere).get("detail").asString()).contains("https");
        HttpResponse<String> internal = request("PUT", "/api/webhooks/" + campaign,
                "{\"url\": \"https://10.0.0.7/k\", \"secret\": \"" + OTHER_SECRET + "\"}");
        assertThat(json(internal).get("detail").asString()).contains("refused", "private");
        HttpResponse<String> noSecret = request("PUT", "/api/webhooks/" + campaign,
                "{\"url\": \"https://hooks.example/k\"}");
        assertThat(noSecret.statusCode()).isEqualTo(400);
        assertThat(json(noSecret).get("detail").asString()).contains("secret");

        assertThat(request("DELETE", "/api/webhooks/" + CAMPAIGN, null).statusCode()).isEqualTo(409);
        assertThat(request("DELETE", "/api/webhooks/" + campaign, null).statusCode()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(30))
            .until(() -> request("GET", "/api/webhooks/" + campaign, null).statusCode() == 404);
        assertThat(request("DELETE", "/api/webhooks/" + campaign, null).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> request(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json")
            // the key every role has in the publisher's own configuration
            .header("X-API-Key", "kairos-demo-key");
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return Json.mapper().readTree(response.body());
    }

    private static void send(List<Lead> leads) {
        try (KafkaProducer<String, Lead> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers()), new StringSerializer(),
                Json.serde(Topics.LEADS).serializer())) {
            for (Lead lead : leads) {
                producer.send(new ProducerRecord<>(Topics.LEADS.name(), lead.accountId(), lead));
            }
            producer.flush();
        }
    }

    private static ConsumerRecord<String, byte[]> awaitDeadLetter(String account) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG, "dlt-reader-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            consumer.subscribe(Set.of(WebhookTopology.DEAD_LETTERS));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (account.equals(record.key())) {
                        found.add(record);
                    }
                });
                return !found.isEmpty();
            });
        }
        return found.getFirst();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "<none>" : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The webhook ids of those requests that carry one of {@code written}. */
    private static List<String> ids(List<Receiver.Request> requests, List<Lead> written) {
        Set<String> wanted = Set.copyOf(written.stream().map(PendingDelivery::webhookId).toList());
        return requests.stream().map(Receiver.Request::id).filter(wanted::contains).toList();
    }

    private static Map<String, List<String>> byAccount(List<?> leadsOrRequests) {
        Map<String, List<String>> order = new LinkedHashMap<>();
        for (Object item : leadsOrRequests) {
            Lead lead = item instanceof Lead given ? given
                    : Json.read(new String(((Receiver.Request) item).body(), StandardCharsets.UTF_8), Lead.class);
            order.computeIfAbsent(lead.accountId(), account -> new ArrayList<>()).add(PendingDelivery.webhookId(lead));
        }
        return new TreeMap<>(order);
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("webhook-it-state");
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
