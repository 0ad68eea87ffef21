package dev.kairos.leads.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

import dev.kairos.events.Json;
import dev.kairos.events.Lead;
import dev.kairos.events.TriggerMatch;
import dev.kairos.leads.score.LeadScorer;
import dev.kairos.test.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

class LeadTrackerTest {

    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private final LeadMeters leadMeters = new LeadMeters(meters);

    private final MockProcessorContext<String, LeadRevision> context = context();

    @Test
    void aProcessorStartedOnExistingStoresAgesTheLeadsItFindsThere() {
        LeadTracker before = tracker();
        TriggerMatch fresh = Matches.match(Matches.funding("fresh", NOW.minus(Duration.ofDays(2)), NOW),
                Matches.crate(), Matches.rule("series-b", Duration.ofDays(14)), NOW);
        TriggerMatch old = Matches.match(Matches.funding("old", NOW.minus(Duration.ofDays(40)), NOW),
                Matches.crate(), Matches.rule("series-b", Duration.ofDays(14)), NOW);
        before.process(new Record<>("A-1", MatchInput.of(fresh), 0L));
        before.process(new Record<>("A-1", MatchInput.of(old), 0L));
        before.close();
        context.resetForwards();

        // as after a restore or a rebalance: a new processor on the stores as they are
        LeadTracker after = tracker();
        assertThat(after.indexed()).isEqualTo(2);
        clock.advance(Duration.ofDays(6).plusMinutes(1));
        after.age();
        clock.advance(Duration.ofDays(45));
        after.age();

        assertThat(context.forwarded()).extracting(forward -> Json.mapper().readValue(forward.record().value().json(),
                Lead.class))
            .extracting(Lead::leadId, Lead::segment, Lead::revision)
            .containsExactly(
                    org.assertj.core.groups.Tuple.tuple(Lead.idFor("A-1", "series-b", fresh.event().eventId()),
                            "warm", 2),
                    org.assertj.core.groups.Tuple.tuple(Lead.idFor("A-1", "series-b", fresh.event().eventId()),
                            "nurture", 3),
                    org.assertj.core.groups.Tuple.tuple(Lead.idFor("A-1", "series-b", old.event().eventId()),
                            "expired", 2));
        assertThat(meters.get("kairos.publisher.leads.active").gauge().value()).isEqualTo(1);
    }

    @Test
    void aProcessorInitialisedAgainForgetsWhatItIndexedBefore() {
        LeadTracker tracker = tracker();
        tracker.process(new Record<>("A-1", MatchInput.of(Matches.match(Matches.funding("a",
                NOW.minus(Duration.ofDays(2)), NOW), Matches.crate(), Matches.rule("series-b", Duration.ofDays(14)),
                NOW)), 0L));
        KeyValueStore<String, OpenLeads> open = context.getStateStore(LeadTracker.OPEN);
        // as after a failed transaction: the store is restored to what was committed, here nothing
        open.delete("A-1\nseries-b");
        context.resetForwards();

        tracker.init(context);
        assertThat(tracker.indexed()).isZero();
        clock.advance(Duration.ofDays(7));
        tracker.age();

        assertThat(context.forwarded()).isEmpty();
        assertThat(meters.get("kairos.publisher.leads.active").gauge().value()).isZero();
    }

    private LeadTracker tracker() {
        LeadTracker tracker = new LeadTracker(new LeadScorer(), clock, leadMeters, Duration.ofMinutes(1),
                Duration.ofDays(30));
        tracker.init(context);
        return tracker;
    }

    private static MockProcessorContext<String, LeadRevision> context() {
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "lead-tracker-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        MockProcessorContext<String, LeadRevision> context = new MockProcessorContext<>(config);
        context.setCurrentSystemTimeMs(NOW.toEpochMilli());
        add(context, LeadTracker.OPEN, StateFormat.serde(OpenLeads.class));
        add(context, LeadTracker.TRANSITIONS, Serdes.String());
        add(context, LeadTracker.HISTORY, Serdes.ByteArray());
        return context;
    }

    private static <V> void add(MockProcessorContext<String, LeadRevision> context, String name, Serde<V> values) {
        KeyValueStore<String, V> store = Stores
            .keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), values)
            .withLoggingDisabled()
            .build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
    }

}
