package dev.kairos.matcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kairos.events.Account;
import dev.kairos.events.AccountStatus;
import dev.kairos.events.Company;
import dev.kairos.events.Evidence;
import dev.kairos.events.Json;
import dev.kairos.events.MatchMethod;
import dev.kairos.events.Topics;
import dev.kairos.events.TriggerDetails;
import dev.kairos.events.TriggerEvent;
import dev.kairos.events.TriggerMatch;
import dev.kairos.events.TriggerType;
import dev.kairos.matcher.account.AccountIndex;
import dev.kairos.test.KafkaBroker;
import dev.kairos.test.KafkaIntegrationTest;
import dev.kairos.test.TopicRecords;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.JsonNode;
import org.springframework.test.context.DynamicPropertySource;

@KafkaIntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "spring.config.name=" + MatcherApplication.CONFIG_NAME, "server.port=0",
                "management.server.port=0" })
class MatcherIT {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        String stateDir = Files.createTempDirectory("matcher-it").toAbsolutePath().toString();
        registry.add("trigger.matcher.crm-import.file", MatcherIT::crmFile);
        registry.add("spring.kafka.streams.state-dir", () -> stateDir);
    }

    @Autowired
    MeterRegistry meters;

    @Autowired
    AccountIndex accountIndex;

    @LocalServerPort
    int port;

    @Test
    void matchesEventsToImportedAccountsAndDeadLettersUnreadableRecords() {
        String poisonKey = "poison-" + UUID.randomUUID();
        TriggerEvent crate = funding(new Company("Crate", "crate.io"));
        TriggerEvent helio = funding(Company.named("Helio Health"));
        // events that arrive before their account is indexed find no match: let the import land first
        await().atMost(Duration.ofSeconds(60))
            .until(() -> accountIndex.contains("IT-1") && accountIndex.contains("IT-4"));
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            send(producer, Topics.TRIGGER_EVENTS.name(), poisonKey, "{\"eventId\": \"no closing brace\"".getBytes(
                    StandardCharsets.UTF_8));
            send(producer, Topics.TRIGGER_EVENTS.name(), crate.company().key(), Json.write(crate).getBytes(
                    StandardCharsets.UTF_8));
            send(producer, Topics.TRIGGER_EVENTS.name(), helio.company().key(), Json.write(helio).getBytes(
                    StandardCharsets.UTF_8));
        }

        List<ConsumerRecord<String, TriggerMatch>> matches = TopicRecords.await(Topics.TRIGGER_MATCHES.name(),
                Json.serde(Topics.TRIGGER_MATCHES).deserializer(),
                record -> record.value().event().eventId().equals(crate.eventId())
                        || record.value().event().eventId().equals(helio.eventId()),
                2);
        assertThat(matches).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("IT-1", "IT-4");
        assertThat(matches).extracting(record -> record.value().method())
            .containsExactlyInAnyOrder(MatchMethod.DOMAIN, MatchMethod.NAME);

        List<ConsumerRecord<String, byte[]>> deadLetters = TopicRecords.await(Topics.TRIGGER_EVENTS.deadLetter(),
                new ByteArrayDeserializer(), record -> poisonKey.equals(record.key()), 1);
        assertThat(new String(deadLetters.getFirst().headers().lastHeader("kafka_dlt-exception-message").value(),
                StandardCharsets.UTF_8)).contains("record on trigger.events is not a valid TriggerEvent");
        assertThat(meters.counter("kairos.matcher.dead.letters", "topic", "trigger.events").count()).isPositive();
        assertThat(meters.counter("kairos.matcher.crm.import.rows", "outcome", "rejected").count()).isPositive();
    }

    @Test
    void importsASalesforceExportOverRestAndMatchesItsAccountsEndToEnd() throws Exception {
        String csv = """
                Account ID,Account Name,Website,Billing Country,Industry,Employees,Account Owner,Type,Rating
                SF-1,Quillon Aerospace Holdings Inc.,https://www.quillon-aero.example/,DE,Aerospace,1200,ana,Customer - Direct,Hot
                SF-2,Bad Employees Ltd,bad.example,FR,Retail,many,ben,Prospect,
                SF-3,Marrowick Biotherapeutics,marrowick.example,US,Biotech,80,cy,Prospect,Warm
                """;
        HttpResponse<String> imported = http("POST", "/api/accounts/import", "text/csv", csv);

        assertThat(imported.statusCode()).isEqualTo(200);
        JsonNode summary = Json.mapper().readTree(imported.body());
        assertThat(summary.get("accepted").asLong()).isEqualTo(2);
        assertThat(summary.get("rejected").asLong()).isEqualTo(1);
        assertThat(summary.get("errors").get(0).get("line").asLong()).isEqualTo(3);
        assertThat(summary.get("errors").get(0).get("column").asString()).isEqualTo("Employees");
        await().atMost(Duration.ofSeconds(60)).until(() -> accountIndex.contains("SF-3"));
        HttpResponse<String> read = http("GET", "/api/accounts/SF-1", null, null);
        assertThat(Json.read(read.body(), Account.class)).satisfies(account -> {
            assertThat(account.status()).isEqualTo(AccountStatus.CUSTOMER);
            assertThat(account.employees()).isEqualTo(1200);
            assertThat(account.attributes()).containsEntry("Rating", "Hot");
        });
        assertThat(meters.get("kairos.matcher.account.index.accounts").gauge().value()).isGreaterThanOrEqualTo(5);

        TriggerEvent fuzzy = funding(Company.named("MARROWICK BIOTHERAP"));
        TriggerEvent unknown = funding(Company.named("Zentrovale Shipping"));
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            for (TriggerEvent event : List.of(fuzzy, unknown)) {
                send(producer, Topics.TRIGGER_EVENTS.name(), event.company().key(),
                        Json.write(event).getBytes(StandardCharsets.UTF_8));
            }
        }
        ConsumerRecord<String, TriggerMatch> match = TopicRecords.await(Topics.TRIGGER_MATCHES.name(),
                Json.serde(Topics.TRIGGER_MATCHES).deserializer(),
                record -> record.value().event().eventId().equals(fuzzy.eventId()), 1).getFirst();
        assertThat(match.key()).isEqualTo("SF-3");
        assertThat(match.value().method()).isEqualTo(MatchMethod.FUZZY);
        assertThat(match.value().matchedText()).isEqualTo("Marrowick Biotherapeutics");
        ConsumerRecord<String, TriggerEvent> unmatched = TopicRecords.await(Topics.TRIGGER_UNMATCHED.name(),
                Json.serde(Topics.TRIGGER_UNMATCHED).deserializer(),
                record -> record.value().eventId().equals(unknown.eventId()), 1).getFirst();
        assertThat(new String(unmatched.headers().lastHeader("kairos-unmatched-reason").value(),
                StandardCharsets.UTF_8)).isEqualTo("no_account");

        assertThat(http("DELETE", "/api/accounts/SF-3", null, null).statusCode()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(60)).until(() -> !accountIndex.contains("SF-3"));
        HttpResponse<String> gone = http("GET", "/api/accounts/SF-3", null, null);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void putsAnAccountAndRefusesABodyWhoseIdDiffers() throws Exception {
        HttpResponse<String> created = http("PUT", "/api/accounts/PUT-1", "application/json",
                "{\"name\": \"Veltrane Logistics\", \"domains\": [\"veltrane.example\"], \"status\": \"PROSPECT\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(60)).until(() -> accountIndex.contains("PUT-1"));

        HttpResponse<String> differing = http("PUT", "/api/accounts/PUT-1", "application/json",
                "{\"accountId\": \"OTHER\", \"name\": \"Veltrane\", \"status\": \"PROSPECT\"}");
        assertThat(differing.statusCode()).isEqualTo(400);
        assertThat(Json.mapper().readTree(differing.body()).get("title").asString()).isEqualTo("The ids differ");
        HttpResponse<String> invalid = http("PUT", "/api/accounts/PUT-2", "application/json", "{\"name\": \"\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> http(String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            // the demo key of the matcher's own configuration, with every role
            .header("X-API-Key", "kairos-demo-key");
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    private static TriggerEvent funding(Company company) {
        Instant now = Instant.now();
        return new TriggerEvent(1, TriggerEvent.idFor(UUID.randomUUID().toString(), TriggerType.FUNDING_ROUND), 1,
                company,
                new TriggerDetails.Funding("SEED", new BigDecimal("4000000"), Currency.getInstance("USD"), List.of()),
                now.minus(Duration.ofDays(1)), now, 0.9,
                new Evidence("it", "https://news.example/" + company.name(), company.name() + " raises $4M", null));
    }

    private static KafkaProducer<byte[], byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers()),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static void send(KafkaProducer<byte[], byte[]> producer, String topic, String key, byte[] value) {
        producer.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), value));
    }

    private static String crmFile() {
        try {
            return Path.of(MatcherIT.class.getResource("/crm/accounts.csv").toURI()).toString();
        }
        catch (URISyntaxException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
