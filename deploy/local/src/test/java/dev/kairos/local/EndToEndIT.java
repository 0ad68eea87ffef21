package dev.kairos.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kairos.events.AccountStatus;
import dev.kairos.events.Json;
import dev.kairos.events.Lead;
import dev.kairos.events.Topics;
import dev.kairos.events.TriggerType;
import dev.kairos.test.FixtureServer;
import dev.kairos.test.KafkaBroker;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A feed served over HTTP becomes leads on Kafka, through all three services on one real broker. */
class EndToEndIT {

    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    @TempDir
    Path stateDir;

    @Test
    void turnsAFundingHeadlineIntoALeadInTheSegmentOfItsAge() throws Exception {
        try (FixtureServer news = FixtureServer.start();
                KairosServices services = KairosServices.start(new KairosServices.Settings(
                        KafkaBroker.bootstrapServers(), resource("/crm/e2e-accounts.csv"),
                        Map.of("venture-wire", news.feed("e2e-news.rss").toString()), stateDir,
                        Map.of("server.port", 0, "management.server.port", 0, "spring.main.banner-mode", "off"),
                        Clock.fixed(NOW, ZoneOffset.UTC)))) {

            List<Lead> leads = awaitLeads(2);

            assertThat(leads).extracting(Lead::accountId, Lead::accountName, Lead::accountStatus, Lead::triggerType,
                    Lead::segment, lead -> lead.evidence().getFirst().url())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("E2E-1", "Quanta Freight Ltd", AccountStatus.PROSPECT,
                                TriggerType.FUNDING_ROUND, "hot",
                                "https://venture.wire.example/2026/11/quanta-freight-series-a"),
                        org.assertj.core.groups.Tuple.tuple("E2E-2", "Orbital Mining Corp.", AccountStatus.CUSTOMER,
                                TriggerType.FUNDING_ROUND, "warm",
                                "https://venture.wire.example/2026/10/orbital-mining-series-b"));
            Lead quanta = leads.stream().filter(lead -> lead.accountId().equals("E2E-1")).findFirst().orElseThrow();
            assertThat(quanta.occurredAt()).isEqualTo(Instant.parse("2026-11-18T08:00:00Z"));
            assertThat(quanta.validUntil()).isEqualTo(Instant.parse("2026-11-26T08:00:00Z"));
            assertThat(quanta.emittedAt()).isEqualTo(NOW);
            assertThat(news.hits("/feeds/e2e-news.rss")).isPositive();
        }
    }

    /** Reads {@code leads} until {@code count} leads of the E2E accounts arrived, then a little longer for extras. */
    private static List<Lead> awaitLeads(int count) {
        List<Lead> leads = new ArrayList<>();
        try (KafkaConsumer<String, Lead> consumer = new KafkaConsumer<>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                Json.keySerde().deserializer(), Json.serde(Topics.LEADS).deserializer())) {
            consumer.subscribe(List.of(Topics.LEADS.name()));
            await().atMost(Duration.ofSeconds(90)).until(() -> {
                consumer.poll(Duration.ofMillis(250))
                    .forEach(record -> {
                        if (record.key().startsWith("E2E-")) {
                            leads.add(record.value());
                        }
                    });
                return leads.size() >= count;
            });
            consumer.poll(Duration.ofSeconds(1)).forEach(record -> {
                if (record.key().startsWith("E2E-")) {
                    leads.add(record.value());
                }
            });
        }
        return leads;
    }

    private static Path resource(String name) throws URISyntaxException {
        Path path = Path.of(EndToEndIT.class.getResource(name).toURI());
        assertThat(Files.isRegularFile(path)).isTrue();
        return path;
    }
}
