package dev.kairos.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import dev.kairos.events.Json;
import dev.kairos.events.Topics;
import dev.kairos.events.TriggerEvent;
import dev.kairos.service.audit.ApiAuditTrail;
import dev.kairos.test.KafkaIntegrationTest;
import dev.kairos.test.LocalHttp;
import dev.kairos.test.MetricsCatalogue;
import dev.kairos.test.TopicRecords;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

/** How ingest is secured, audited, probed and measured, against the real broker. */
@KafkaIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "spring.config.name=" + IngestApplication.CONFIG_NAME, "management.server.port=0",
                "trigger.ingest.bundled-sources=false", "kairos.security.api-keys[0].name=ops",
                "kairos.security.api-keys[0].hash=" + IngestOperationsIT.OPS_KEY_HASH,
                "kairos.security.api-keys[0].roles=sources:write,signals:write",
                "kairos.security.api-keys[1].name=signals-only",
                "kairos.security.api-keys[1].hash=" + IngestOperationsIT.SIGNALS_KEY_HASH,
                "kairos.security.api-keys[1].roles=signals:write",
                // so that the secrets test sees what authentication logs at its most talkative
                "logging.level.org.springframework.security=DEBUG" })
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestOperationsIT {

    static final String OPS_KEY = "ops-key-5b1d9e70";

    static final String OPS_KEY_HASH = "{sha256}95c486ec82723531b7021451cf5b0706976446b8d1fe4cacbe2a945d67e56c3f";

    static final String SIGNALS_KEY = "signals-only-key-3c8a";

    static final String SIGNALS_KEY_HASH = "{sha256}5e06e07779b1c7573326da031b908a32579b78d2849a3344814f4df0ab78b454";

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    MeterRegistry meters;

    @Test
    void probesLivenessAndReadinessWithKafkaInReadinessOnly() throws Exception {
        HttpResponse<String> readiness = LocalHttp.get(managementPort, "/actuator/health/readiness");
        HttpResponse<String> liveness = LocalHttp.get(managementPort, "/actuator/health/liveness");

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(json(readiness).at("/components/kafka/status").asString()).isEqualTo("UP");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(json(liveness).get("status").asString()).isEqualTo("UP");
        assertThat(liveness.body()).doesNotContain("kafka");
    }

    @Test
    void tellsItsBuildAndServesPrometheus() throws Exception {
        JsonNode info = json(LocalHttp.get(managementPort, "/actuator/info"));
        HttpResponse<String> prometheus = LocalHttp.get(managementPort, "/actuator/prometheus");

        assertThat(info.at("/build/artifact").asString()).isEqualTo("trigger-ingest");
        assertThat(prometheus.statusCode()).isEqualTo(200);
        assertThat(prometheus.body()).contains("kairos_ingest_").contains("service=\"trigger-ingest\"");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/actuator/env", "/actuator/heapdump", "/actuator/configprops", "/actuator/loggers",
            "/actuator/beans", "/actuator/threaddump", "/actuator/mappings" })
    void exposesNothingElseOnTheManagementPort(String path) throws Exception {
        assertThat(LocalHttp.get(managementPort, path).statusCode()).isIn(401, 404);
    }

    @Test
    void refusesUnknownCallersAndMissingRolesWithProblemsAndAuditsEveryWrite() throws Exception {
        String id = "ops-" + UUID.randomUUID().toString().substring(0, 8);
        String source = "{\"url\": \"https://news.example/" + id + ".xml\", \"pollInterval\": \"PT15M\"}";

        HttpResponse<String> anonymous = put("/api/sources/" + id, null, source);
        HttpResponse<String> wrongKey = put("/api/sources/" + id, "not-a-key", source);
        HttpResponse<String> lacksRole = put("/api/sources/" + id, SIGNALS_KEY, source);
        HttpResponse<String> allowed = put("/api/sources/" + id, OPS_KEY, source);

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(anonymous).get("detail").asString()).contains("X-API-Key");
        assertThat(wrongKey.statusCode()).isEqualTo(401);
        assertThat(json(wrongKey).get("detail").asString()).contains("not hold a valid API key");
        assertThat(lacksRole.statusCode()).isEqualTo(403);
        assertThat(lacksRole.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(lacksRole).get("status").asInt()).isEqualTo(403);
        assertThat(allowed.statusCode()).isBetween(200, 299);
        assertThat(LocalHttp.get(port, "/api/sources/" + id).statusCode()).as("reads are open").isEqualTo(200);

        List<ConsumerRecord<String, String>> audit = TopicRecords.await(ApiAuditTrail.TOPIC, new StringDeserializer(),
                record -> record.value().contains("/api/sources/" + id), 4);
        assertThat(audit).extracting(record -> json(record.value()).get("principal").asString() + " "
                + json(record.value()).get("status").asInt())
            .containsExactlyInAnyOrder("anonymous 401", "anonymous 401", "signals-only 403",
                    "ops " + allowed.statusCode());
        assertThat(audit).filteredOn(record -> record.key().equals("ops"))
            .singleElement()
            .satisfies(record -> {
                JsonNode value = json(record.value());
                assertThat(value.get("method").asString()).isEqualTo("PUT");
                assertThat(value.get("path").asString()).isEqualTo("/api/sources/" + id);
                assertThat(value.get("service").asString()).isEqualTo("trigger-ingest");
                assertThat(value.get("at").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
            });
        assertThat(meters.get("kairos.ingest.api.access.denied").tag("reason", "forbidden").counter().count()).isPositive();
    }

    @Test
    void neverShowsAnApiKeyInLogsOrActuator(CapturedOutput output) throws Exception {
        put("/api/sources/secret-check", OPS_KEY, "{\"url\": \"https://news.example/s.xml\"}");
        put("/api/sources/secret-check", "wrong-" + OPS_KEY, "{}");

        String endpoints = LocalHttp.get(managementPort, "/actuator/info").body()
                + LocalHttp.get(managementPort, "/actuator/health").body()
                + LocalHttp.get(managementPort, "/actuator/prometheus").body();
        String hashDigits = OPS_KEY_HASH.substring("{sha256}".length());
        assertThat(output.getAll()).as("the log").contains("ops").doesNotContain(OPS_KEY).doesNotContain(hashDigits);
        assertThat(endpoints).doesNotContain(OPS_KEY).doesNotContain(hashDigits);
    }

    @Test
    void putsTheTraceContextOnEveryEventItPublishes() throws Exception {
        String company = "Traced Co " + UUID.randomUUID();
        HttpResponse<String> accepted = post("/api/signals", OPS_KEY, """
                {"type": "EXPANSION", "company": {"name": "%s"}, "details": {"location": "Lisbon"},
                 "occurredAt": "2026-11-10T09:00:00Z"}
                """.formatted(company));
        String eventId = json(accepted).get("eventIds").get(0).asString();

        ConsumerRecord<String, TriggerEvent> event = TopicRecords.await(Topics.TRIGGER_EVENTS.name(),
                Json.serde(Topics.TRIGGER_EVENTS).deserializer(), record -> record.value().eventId().equals(eventId), 1)
            .getFirst();

        Header traceparent = event.headers().lastHeader("traceparent");
        assertThat(traceparent).as("traceparent header").isNotNull();
        assertThat(new String(traceparent.value(), StandardCharsets.US_ASCII))
            .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
    }

    /** First, so that it sees what start-up registered, not what the other tests' traffic added. */
    @Test
    @Order(1)
    void registersExactlyTheMetricsOfTheCatalogue() {
        MetricsCatalogue.assertMatches("trigger-ingest", meters);
    }

    private HttpResponse<String> put(String path, String key, String body) throws Exception {
        return send("PUT", path, key, body);
    }

    private HttpResponse<String> post(String path, String key, String body) throws Exception {
        return send("POST", path, key, body);
    }

    private HttpResponse<String> send(String method, String path, String key, String body) throws Exception {
        return LocalHttp.send(port, method, path, key, body);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return json(response.body());
    }

    private static JsonNode json(String body) {
        return Json.mapper().readTree(body);
    }
}
