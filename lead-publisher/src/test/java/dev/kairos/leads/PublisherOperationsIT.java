package dev.kairos.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kairos.events.AccountStatus;
import dev.kairos.events.Company;
import dev.kairos.events.Evidence;
import dev.kairos.events.Json;
import dev.kairos.events.Lead;
import dev.kairos.events.MatchMethod;
import dev.kairos.events.Segment;
import dev.kairos.events.Topics;
import dev.kairos.events.TriggerDetails;
import dev.kairos.events.TriggerEvent;
import dev.kairos.events.TriggerMatch;
import dev.kairos.events.TriggerType;
import dev.kairos.test.KafkaBroker;
import dev.kairos.test.KafkaIntegrationTest;
import dev.kairos.test.LocalHttp;
import dev.kairos.test.MetricsCatalogue;
import dev.kairos.test.TestApiKey;
import dev.kairos.test.TopicRecords;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** How the publisher is secured, probed, traced and measured, against the real broker. */
@KafkaIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "spring.config.name=" + PublisherApplication.CONFIG_NAME, "management.server.port=0",
                "kairos.security.api-keys[0].name=campaigns",
                "kairos.security.api-keys[0].hash=" + TestApiKey.HASH,
                "kairos.security.api-keys[0].roles=webhooks:write" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
// a cached context would go on turning other tests' matches into leads
@DirtiesContext
class PublisherOperationsIT {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        String stateDir = Files.createTempDirectory("publisher-ops-it").toAbsolutePath().toString();
        registry.add("spring.kafka.streams.state-dir", () -> stateDir);
    }

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    MeterRegistry meters;

    @Test
    void isReadyWhenKafkaAnswersAndTheStreamsAppRuns() throws Exception {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            HttpResponse<String> readiness = LocalHttp.get(managementPort, "/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(200);
            assertThat(json(readiness.body()).get("status").asString()).isEqualTo("UP");
        });
        HttpResponse<String> liveness = LocalHttp.get(managementPort, "/actuator/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(json(LocalHttp.get(managementPort, "/actuator/info").body()).at("/build/artifact").asString())
            .isEqualTo("lead-publisher");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/actuator/env", "/actuator/heapdump", "/actuator/configprops", "/actuator/loggers" })
    void exposesNothingElseOnTheManagementPort(String path) throws Exception {
        assertThat(LocalHttp.get(managementPort, path).statusCode()).isIn(401, 404);
    }

    @Test
    void needsLeadsReadForLeadsAndAKeyForEverythingElse() throws Exception {
        HttpResponse<String> anonymousRead = send("GET", "/api/webhooks", null, null);
        HttpResponse<String> leads = send("GET", "/api/leads", TestApiKey.KEY, null);
        HttpResponse<String> webhookWrite = send("PUT", "/api/webhooks/crm", TestApiKey.KEY, "{}");

        assertThat(anonymousRead.statusCode()).isEqualTo(401);
        assertThat(anonymousRead.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(leads.statusCode()).isEqualTo(403);
        assertThat(json(leads.body()).get("title").asString()).isEqualTo("Role missing");
        assertThat(webhookWrite.statusCode()).isNotIn(401, 403);
    }

    @Test
    void carriesTheTraceContextOfAMatchOnToItsLead() {
        String traceparent = "00-" + UUID.randomUUID().toString().replace("-", "") + "-00f067aa0ba902b7-01";
        String accountId = "OPS-" + UUID.randomUUID();
        TriggerMatch match = match(accountId);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(Topics.TRIGGER_MATCHES.name(), accountId,
                    Json.write(match));
            record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.US_ASCII));
            producer.send(record);
        }

        ConsumerRecord<String, Lead> lead = TopicRecords.await(Topics.LEADS.name(),
                Json.serde(Topics.LEADS).deserializer(), record -> record.key().equals(accountId), 1)
            .getFirst();

        Header carried = lead.headers().lastHeader("traceparent");
        assertThat(carried).as("traceparent on leads").isNotNull();
        assertThat(new String(carried.value(), StandardCharsets.US_ASCII)).isEqualTo(traceparent);
    }

    /** First, so that it sees what start-up registered, not what the other tests' traffic added. */
    @Test
    @Order(1)
    void registersExactlyTheMetricsOfTheCatalogue() {
        MetricsCatalogue.assertMatches("lead-publisher", meters);
    }

    private HttpResponse<String> send(String method, String path, String key, String body) throws Exception {
        return LocalHttp.send(port, method, path, key, body);
    }

    private static JsonNode json(String body) {
        return Json.mapper().readTree(body);
    }

    private static TriggerMatch match(String accountId) {
        Instant now = Instant.now();
        TriggerEvent event = new TriggerEvent(1, TriggerEvent.idFor(accountId, TriggerType.FUNDING_ROUND), 1,
                new Company("Crate", "crate.io"),
                new TriggerDetails.Funding("SEED", new BigDecimal("4000000"), Currency.getInstance("USD"), List.of()),
                now.minus(Duration.ofDays(2)), now, 0.9,
                new Evidence("it", "https://news.example/crate", "Crate raises $4M", null));
        return new TriggerMatch(1, TriggerMatch.idFor(event.eventId(), accountId, "default"), event, accountId,
                "Crate.io GmbH", AccountStatus.CUSTOMER, "default", Segment.DEFAULTS, Duration.ofDays(14),
                MatchMethod.NAME, 0.9, now);
    }
}
