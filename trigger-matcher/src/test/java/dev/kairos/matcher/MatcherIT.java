package dev.kairos.matcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

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
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@KafkaIntegrationTest(properties = { "spring.config.name=" + MatcherApplication.CONFIG_NAME, "server.port=0",
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

    @Test
    void matchesEventsToImportedAccountsAndDeadLettersUnreadableRecords() {
        String poisonKey = "poison-" + UUID.randomUUID();
        TriggerEvent crate = funding(new Company("Crate", "crate.io"));
        TriggerEvent helio = funding(Company.named("Helio Health"));
        // events that arrive before their account is indexed find no match: let the import land first
        await().atMost(Duration.ofSeconds(60)).until(() -> accountIndex.size() >= 3);
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            send(producer, Topics.TRIGGER_EVENTS.name(), poisonKey, "{\"eventId\": \"no closing brace\"".getBytes(
                    StandardCharsets.UTF_8));
            send(producer, Topics.TRIGGER_EVENTS.name(), crate.company().key(), Json.write(crate).getBytes(
                    StandardCharsets.UTF_8));
            send(producer, Topics.TRIGGER_EVENTS.name(), helio.company().key(), Json.write(helio).getBytes(
                    StandardCharsets.UTF_8));
        }

        List<ConsumerRecord<String, TriggerMatch>> matches = awaitRecords(Topics.TRIGGER_MATCHES.name(),
                Json.serde(Topics.TRIGGER_MATCHES).deserializer(),
                record -> record.value().event().eventId().equals(crate.eventId())
                        || record.value().event().eventId().equals(helio.eventId()),
                2);
        assertThat(matches).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("IT-1", "IT-4");
        assertThat(matches).extracting(record -> record.value().method())
            .containsExactlyInAnyOrder(MatchMethod.DOMAIN, MatchMethod.NAME);

        List<ConsumerRecord<String, byte[]>> deadLetters = awaitRecords(Topics.TRIGGER_EVENTS.deadLetter(),
                new ByteArrayDeserializer(), record -> poisonKey.equals(record.key()), 1);
        assertThat(new String(deadLetters.getFirst().headers().lastHeader("kafka_dlt-exception-message").value(),
                StandardCharsets.UTF_8)).contains("record on trigger.events is not a valid TriggerEvent");
        assertThat(meters.counter("kairos.matcher.dead.letters", "topic", "trigger.events").count()).isPositive();
        assertThat(meters.counter("kairos.matcher.crm.import.rows", "outcome", "skipped").count()).isEqualTo(1);
    }

    @Test
    void gaugesTheKeysOfTheAccountIndex() {
        await().atMost(Duration.ofSeconds(60)).until(() -> accountIndex.size() >= 7);

        // an estimate; it stayed 0 while the index sat in Streams' record cache, which a global store flushes
        // only every 10,000 records
        assertThat(meters.get("kairos.matcher.account.index.keys").gauge().value()).isPositive();
    }

    private static <V> List<ConsumerRecord<String, V>> awaitRecords(String topic, Deserializer<V> values,
            Predicate<ConsumerRecord<String, V>> wanted, int count) {
        List<ConsumerRecord<String, V>> found = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                Json.keySerde().deserializer(), values)) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (wanted.test(record)) {
                        found.add(record);
                    }
                });
                return found.size() >= count;
            });
        }
        return found;
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
