package dev.kairos.matcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kairos.events.Company;
import dev.kairos.events.Evidence;
import dev.kairos.events.Json;
import dev.kairos.events.Topics;
import dev.kairos.events.TriggerDetails;
import dev.kairos.events.TriggerEvent;
import dev.kairos.events.TriggerMatch;
import dev.kairos.events.TriggerType;
import dev.kairos.matcher.account.AccountIndex;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** How the matcher is secured, probed, traced and measured, against the real broker. */
@KafkaIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "spring.config.name=" + MatcherApplication.CONFIG_NAME, "management.server.port=0",
                "kairos.security.api-keys[0].name=crm-sync",
                "kairos.security.api-keys[0].hash=" + TestApiKey.HASH,
                "kairos.security.api-keys[0].roles=accounts:write" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MatcherOperationsIT {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        String stateDir = Files.createTempDirectory("matcher-ops-it").toAbsolutePath().toString();
        registry.add("trigger.matcher.crm-import.file", MatcherOperationsIT::crmFile);
        registry.add("spring.kafka.streams.state-dir", () -> stateDir);
    }

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    MeterRegistry meters;

    @Autowired
    AccountIndex accountIndex;

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
            .isEqualTo("trigger-matcher");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/actuator/env", "/actuator/heapdump", "/actuator/configprops", "/actuator/loggers" })
    void exposesNothingElseOnTheManagementPort(String path) throws Exception {
        assertThat(LocalHttp.get(managementPort, path).statusCode()).isIn(401, 404);
    }

    @Test
    void needsAKeyForReadsAndTheResourceRoleForWrites() throws Exception {
        HttpResponse<String> anonymousRead = send("GET", "/api/rules", null, null);
        HttpResponse<String> ruleWrite = send("PUT", "/api/rules/r-1", TestApiKey.KEY, "{}");
        HttpResponse<String> preview = send("POST", "/api/rules/preview", TestApiKey.KEY, "{}");

        assertThat(anonymousRead.statusCode()).isEqualTo(401);
        assertThat(anonymousRead.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(ruleWrite.statusCode()).isEqualTo(403);
        assertThat(json(ruleWrite.body()).get("title").asString()).isEqualTo("Role missing");
        // a preview changes nothing: any known caller may run one
        assertThat(preview.statusCode()).isNotIn(401, 403);
    }

    @Test
    void carriesTheTraceContextOfAnEventOnToItsMatch() {
        await().atMost(Duration.ofSeconds(60)).until(() -> accountIndex.size() >= 3);
        String traceparent = "00-" + UUID.randomUUID().toString().replace("-", "") + "-00f067aa0ba902b7-01";
        TriggerEvent event = funding(new Company("Crate", "crate.io"));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(Topics.TRIGGER_EVENTS.name(),
                    event.company().key(), Json.write(event));
            record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.US_ASCII));
            producer.send(record);
        }

        ConsumerRecord<String, TriggerMatch> match = TopicRecords.await(Topics.TRIGGER_MATCHES.name(),
                Json.serde(Topics.TRIGGER_MATCHES).deserializer(),
                record -> record.value().event().eventId().equals(event.eventId()), 1)
            .getFirst();

        Header carried = match.headers().lastHeader("traceparent");
        assertThat(carried).as("traceparent on trigger.matches").isNotNull();
        assertThat(new String(carried.value(), StandardCharsets.US_ASCII)).isEqualTo(traceparent);
    }

    /** First, so that it sees what start-up registered, not what the other tests' traffic added. */
    @Test
    @Order(1)
    void registersExactlyTheMetricsOfTheCatalogue() {
        MetricsCatalogue.assertMatches("trigger-matcher", meters);
    }

    private HttpResponse<String> send(String method, String path, String key, String body) throws Exception {
        return LocalHttp.send(port, method, path, key, body);
    }

    private static JsonNode json(String body) {
        return Json.mapper().readTree(body);
    }

    private static TriggerEvent funding(Company company) {
        Instant now = Instant.now();
        return new TriggerEvent(1, TriggerEvent.idFor(UUID.randomUUID().toString(), TriggerType.FUNDING_ROUND), 1,
                company,
                new TriggerDetails.Funding("SEED", new BigDecimal("4000000"), Currency.getInstance("USD"), List.of()),
                now.minus(Duration.ofDays(1)), now, 0.9,
                new Evidence("it", "https://news.example/" + company.name(), company.name() + " raises $4M", null));
    }

    private static String crmFile() {
        try {
            return Path.of(MatcherOperationsIT.class.getResource("/crm/accounts.csv").toURI()).toString();
        }
        catch (URISyntaxException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
