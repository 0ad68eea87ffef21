package dev.kairos.leads.publish;

import java.time.Clock;

import dev.kairos.events.Json;
import dev.kairos.events.Lead;
import dev.kairos.events.Topics;
import dev.kairos.leads.score.LeadScorer;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

/** trigger.matches → leads, segmented by the event's age, scored and de-duplicated by lead id and segment. */
public final class LeadTopology {

    private LeadTopology() {
    }

    public static void define(StreamsBuilder builder, LeadScorer scorer, Clock clock, MeterRegistry meters) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(LeadMaker.STORE),
                Json.keySerde(), Json.serde(Lead.class)));
        builder
            .stream(Topics.TRIGGER_MATCHES.name(),
                    Consumed.with(Json.keySerde(), Json.serde(Topics.TRIGGER_MATCHES)).withName("read-matches"))
            .process(() -> new LeadMaker(scorer, clock, meters), Named.as("make-leads"), LeadMaker.STORE)
            .to(Topics.LEADS.name(), Produced.with(Json.keySerde(), Json.serde(Topics.LEADS)).withName("write-leads"));
    }
}
