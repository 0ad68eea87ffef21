package dev.kairos.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.kairos.events.Json;
import dev.kairos.events.Topics;
import dev.kairos.events.TriggerDetails;
import dev.kairos.events.TriggerEvent;
import dev.kairos.events.TriggerType;
import dev.kairos.ingest.IngestApplication;
import dev.kairos.ingest.IngestProperties;
import dev.kairos.test.FixtureServer;
import dev.kairos.test.KafkaBroker;
import dev.kairos.test.KafkaIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@KafkaIntegrationTest(properties = { "spring.config.name=" + IngestApplication.CONFIG_NAME, "server.port=0",
        "management.server.port=0", "trigger.ingest.poll-interval=PT1H" })
class SourcePollerIT {

    static final FixtureServer sources = FixtureServer.start();

    @DynamicPropertySource
    static void feeds(DynamicPropertyRegistry registry) {
        registry.add("trigger.ingest.sources[0].id", () -> "funding");
        registry.add("trigger.ingest.sources[0].url", () -> sources.feed("funding-news.rss"));
        registry.add("trigger.ingest.sources[1].id", () -> "broken");
        registry.add("trigger.ingest.sources[1].url", sources::wrongContentType);
        registry.add("trigger.ingest.sources[2].id", () -> "missing");
        registry.add("trigger.ingest.sources[2].url", () -> sources.base().resolve("/no-such-feed"));
    }

    @AfterAll
    static void stopSources() {
        sources.close();
    }

    @Autowired
    SourcePoller poller;

    @Autowired
    IngestProperties properties;

    @Autowired
    MeterRegistry meters;

    @Test
    void publishesTheFundingRoundsOfAFeedOnceEvenWhenOtherSourcesFail() {
        String crateId = TriggerEvent.idFor("funding|fn-1001", TriggerType.FUNDING_ROUND);
        String latticeId = TriggerEvent.idFor("funding|fn-1003", TriggerType.FUNDING_ROUND);

        List<ConsumerRecord<String, TriggerEvent>> events = awaitEvents(Map.of(crateId, 1, latticeId, 1));

        ConsumerRecord<String, TriggerEvent> crate = events.stream()
            .filter(record -> record.value().eventId().equals(crateId))
            .findFirst()
            .orElseThrow();
        assertThat(crate.key()).isEqualTo("crate");
        assertThat(crate.value().company().name()).isEqualTo("Crate");
        assertThat(crate.value().occurredAt()).isEqualTo(Instant.parse("2026-11-18T09:30:00Z"));
        assertThat(crate.value().details()).isEqualTo(new TriggerDetails.Funding("SEED",
                new java.math.BigDecimal("4000000"), java.util.Currency.getInstance("USD"), List.of()));
        assertThat(crate.value().evidence().url()).isEqualTo("https://funding.news.example/2026/11/crate-seed");
        assertThat(crate.value().evidence().source()).isEqualTo("funding");

        await().atMost(Duration.ofSeconds(10))
            .untilAsserted(() -> assertThat(meters.timer("kairos.ingest.fetch", "outcome", "unreadable").count()
                    + meters.timer("kairos.ingest.fetch", "outcome", "error").count()).isGreaterThanOrEqualTo(2));
    }

    @Test
    void doesNotPublishItemsItHasAlreadySeen() {
        IngestProperties.FeedSource funding = properties.sources().getFirst();
        // the scheduled first poll may still be running: poll until it has seen the items, then once more
        await().atMost(Duration.ofSeconds(20)).until(() -> poller.poll(funding) == 0);

        assertThat(poller.poll(funding)).isZero();
        assertThat(meters.counter("kairos.ingest.items", "outcome", "duplicate").count()).isPositive();
    }

    private static List<ConsumerRecord<String, TriggerEvent>> awaitEvents(Map<String, Integer> expectedIds) {
        List<ConsumerRecord<String, TriggerEvent>> seen = new CopyOnWriteArrayList<>();
        try (KafkaConsumer<String, TriggerEvent> consumer = new KafkaConsumer<>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                Json.keySerde().deserializer(), Json.serde(Topics.TRIGGER_EVENTS).deserializer())) {
            consumer.subscribe(List.of(Topics.TRIGGER_EVENTS.name()));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200))
                    .forEach(record -> {
                        if (expectedIds.containsKey(record.value().eventId())) {
                            seen.add(record);
                        }
                    });
                return expectedIds.keySet()
                    .stream()
                    .allMatch(id -> seen.stream().anyMatch(record -> record.value().eventId().equals(id)));
            });
            // nothing is published twice: a few more polls find no second copy
            for (int i = 0; i < 5; i++) {
                consumer.poll(Duration.ofMillis(200))
                    .forEach(record -> {
                        if (expectedIds.containsKey(record.value().eventId())) {
                            seen.add(record);
                        }
                    });
            }
        }
        expectedIds.forEach((id, count) -> assertThat(seen.stream().filter(r -> r.value().eventId().equals(id)))
            .as("copies of event %s", id)
            .hasSize(count));
        return seen;
    }

}
