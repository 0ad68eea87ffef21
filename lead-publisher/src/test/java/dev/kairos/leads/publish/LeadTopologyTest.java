package dev.kairos.leads.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Properties;

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
import dev.kairos.leads.score.LeadScorer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeadTopologyTest {

    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;

    private TestInputTopic<String, TriggerMatch> matches;

    private TestOutputTopic<String, Lead> leads;

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @BeforeEach
    void startTopology() {
        StreamsBuilder builder = new StreamsBuilder();
        LeadTopology.define(builder, new LeadScorer(), Clock.fixed(NOW, ZoneOffset.UTC), meters);
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "lead-topology-test");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        config.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        driver = new TopologyTestDriver(builder.build(config), config);
        matches = driver.createInputTopic(Topics.TRIGGER_MATCHES.name(), Json.keySerde().serializer(),
                Json.serde(Topics.TRIGGER_MATCHES).serializer());
        leads = driver.createOutputTopic(Topics.LEADS.name(), Json.keySerde().deserializer(),
                Json.serde(Topics.LEADS).deserializer());
    }

    @AfterEach
    void close() {
        driver.close();
    }

    @Test
    void putsATwentyDayOldEventStraightIntoWarm() {
        TriggerMatch match = match(Duration.ofDays(20));

        matches.pipeInput("A-1", match);

        var lead = leads.readKeyValue();
        Instant occurred = NOW.minus(Duration.ofDays(20));
        assertThat(lead.key).isEqualTo("A-1");
        assertThat(lead.value).isEqualTo(new Lead(Lead.SCHEMA_VERSION, Lead.idFor("A-1", "default", match.event().eventId()), "A-1",
                "Crate.io GmbH", AccountStatus.CUSTOMER, "default", TriggerType.FUNDING_ROUND,
                match.event().eventId(), "warm", 0.81, occurred, occurred.plus(Duration.ofDays(8)),
                occurred.plus(Duration.ofDays(31)), List.of(match.event().evidence()), NOW));
    }

    @Test
    void writesTheSameMatchOnlyOnce() {
        TriggerMatch match = match(Duration.ofDays(2));

        matches.pipeInput("A-1", match);
        matches.pipeInput("A-1", match);

        assertThat(leads.readValuesToList()).extracting(Lead::segment).containsExactly("hot");
        assertThat(meters.counter("kairos.publisher.matches", "outcome", "duplicate").count()).isEqualTo(1);
    }

    @Test
    void dropsMatchesOlderThanEverySegment() {
        matches.pipeInput("A-1", match(Duration.ofDays(120)));

        assertThat(leads.isEmpty()).isTrue();
        assertThat(meters.counter("kairos.publisher.matches", "outcome", "too_old").count()).isEqualTo(1);
    }

    private static TriggerMatch match(Duration age) {
        TriggerEvent event = new TriggerEvent(1, TriggerEvent.idFor("feed|" + age, TriggerType.FUNDING_ROUND), 1,
                new Company("Crate", "crate.io"),
                new TriggerDetails.Funding("SEED", new BigDecimal("4000000"), Currency.getInstance("USD"), List.of()),
                NOW.minus(age), NOW, 0.9, new Evidence("feed", "https://news.example/crate", "Crate raises $4M", null));
        return new TriggerMatch(1, TriggerMatch.idFor(event.eventId(), "A-1", "default"), event, "A-1",
                "Crate.io GmbH", AccountStatus.CUSTOMER, "default", Segment.DEFAULTS, Duration.ofDays(14),
                MatchMethod.NAME, 0.9, NOW);
    }
}
