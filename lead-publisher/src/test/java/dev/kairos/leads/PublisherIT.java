package dev.kairos.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kairos.events.Account;
import dev.kairos.events.AccountStatus;
import dev.kairos.events.Company;
import dev.kairos.events.Evidence;
import dev.kairos.events.Json;
import dev.kairos.events.Lead;
import dev.kairos.events.LeadIntent;
import dev.kairos.events.MatchMethod;
import dev.kairos.events.Segment;
import dev.kairos.events.Topics;
import dev.kairos.events.TriggerDetails;
import dev.kairos.events.TriggerEvent;
import dev.kairos.events.TriggerMatch;
import dev.kairos.events.TriggerRule;
import dev.kairos.events.TriggerType;
import dev.kairos.test.KafkaBroker;
import dev.kairos.test.KafkaIntegrationTest;
import dev.kairos.test.LocalHttp;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Matches on a real broker become leads on leads and leads.<campaign>, readable through the read API. The context is
 * closed afterwards: its publisher would otherwise go on turning other tests' matches into leads of its own.
 */
@DirtiesContext
@KafkaIntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "spring.config.name=" + PublisherApplication.CONFIG_NAME, "server.port=0",
                "management.server.port=0", "trigger.publisher.campaign-topics.campaigns=it-campaign" })
class PublisherIT {

    static final String ACCOUNT = "IT-" + UUID.randomUUID();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        String stateDir = Files.createTempDirectory("publisher-it").toAbsolutePath().toString();
        registry.add("spring.kafka.streams.state-dir", () -> stateDir);
        registry.add("spring.kafka.streams.application-id", () -> "publisher-it-" + UUID.randomUUID());
    }

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Test
    void turnsMatchesIntoLeadsOnBothTopicsAndAnswersTheReadApi() throws Exception {
        Instant now = Instant.now();
        TriggerMatch first = match("first", now.minus(Duration.ofDays(3)));
        TriggerMatch second = match("second", now.minus(Duration.ofDays(1)));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.TRIGGER_MATCHES.name(), ACCOUNT, "{not json"));
            producer.send(new ProducerRecord<>(Topics.TRIGGER_MATCHES.name(), ACCOUNT, Json.write(first)));
            producer.send(new ProducerRecord<>(Topics.TRIGGER_MATCHES.name(), ACCOUNT, Json.write(second)));
        }

        List<Lead> leads = awaitLeads(Topics.LEADS.name(), 2);
        String leadId = Lead.idFor(ACCOUNT, "it-rule", first.event().eventId());
        assertThat(leads).extracting(Lead::leadId, Lead::revision, Lead::segment)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(leadId, 1, "hot"),
                    org.assertj.core.groups.Tuple.tuple(leadId, 2, "hot"));
        assertThat(awaitLeads(Topics.leadsOf("it-campaign").name(), 2)).isEqualTo(leads);

        HttpResponse<String> list = get("/api/leads?accountId=" + ACCOUNT + "&campaign=it-campaign&status=ACTIVE");
        assertThat(list.statusCode()).isEqualTo(200);
        var page = Json.mapper().readTree(list.body());
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("revision").asInt()).isEqualTo(2);

        HttpResponse<String> one = get("/api/leads/" + leadId);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(Json.mapper().readTree(one.body()).get("revisions")).hasSize(2);

        HttpResponse<String> missing = get("/api/leads/no-such-lead");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Json.mapper().readTree(missing.body()).get("title").asString()).isEqualTo("Lead not found");

        HttpResponse<String> invalid = get("/api/leads?status=SLEEPING");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));

        assertThat(get("/v3/api-docs").body()).contains("/api/leads/{leadId}");
        await().atMost(Duration.ofSeconds(30))
            .until(() -> meters.counter("kairos.publisher.dead.letters", "topic", "trigger.matches").count() >= 1);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        // the demo key of the publisher's own configuration, with every role (reading leads needs leads:read)
        return LocalHttp.send(port, "GET", path, "kairos-demo-key", null);
    }

    private static List<Lead> awaitLeads(String topic, int count) {
        List<Lead> found = new ArrayList<>();
        try (KafkaConsumer<String, Lead> consumer = new KafkaConsumer<>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                Json.keySerde().deserializer(), Json.serde(Topics.LEADS).deserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (record.key().equals(ACCOUNT)) {
                        found.add(record.value());
                    }
                });
                return found.size() >= count;
            });
        }
        return found;
    }

    private static TriggerMatch match(String item, Instant occurredAt) {
        TriggerEvent event = new TriggerEvent(1, TriggerEvent.idFor(ACCOUNT + item, TriggerType.FUNDING_ROUND), 1,
                new Company("Crate", "crate.io"), new TriggerDetails.Funding("SEED", null, null, List.of()),
                occurredAt, Instant.now(), 0.9, new Evidence("it", null, "Crate raises a seed round", null));
        Account account = new Account(Account.SCHEMA_VERSION, ACCOUNT, "Crate.io GmbH", List.of(), List.of(),
                AccountStatus.PROSPECT, null);
        TriggerRule rule = new TriggerRule(TriggerRule.SCHEMA_VERSION, "it-rule", "IT", java.util.Set.of(),
                java.util.Set.of(), 0, Segment.DEFAULTS, Duration.ofDays(14), true, null, null, null, "it-campaign",
                LeadIntent.NEW_BUSINESS, 1L, null, null);
        return TriggerMatch.of(event, account, rule, MatchMethod.DOMAIN, 1.0, "crate.io", Instant.now());
    }
}
