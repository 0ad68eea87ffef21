package dev.kairos.leads.publish;

import java.time.Clock;
import java.time.Duration;

import dev.kairos.events.Json;
import dev.kairos.events.Lead;
import dev.kairos.events.Topics;
import dev.kairos.leads.score.LeadScorer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;
import org.jspecify.annotations.Nullable;

/**
 * trigger.matches → leads (and leads.&lt;campaign&gt;): one lead per account, rule and cooldown, placed in the
 * segment of its newest trigger's age, scored, and re-emitted as it merges triggers, ages and expires.
 */
public final class LeadTopology {

    /** The store the read API queries: lead id, a line break and the zero-padded revision → that revision. */
    public static final String HISTORY_STORE = LeadTracker.HISTORY;

    /** The store of active leads. */
    public static final String ACTIVE_STORE = LeadTracker.ACTIVE;

    private LeadTopology() {
    }

    /**
     * How the topology behaves.
     *
     * @param ageingInterval how often due leads are re-emitted (wall-clock punctuation)
     * @param historyRetention how long an expired lead's history is kept
     * @param campaignTopics where per-campaign copies go; null writes none
     * @param leadSerde how leads are written and read (plain JSON, or CloudEvents)
     */
    public record Options(Duration ageingInterval, Duration historyRetention, @Nullable CampaignTopics campaignTopics,
            Serde<Lead> leadSerde) {

        public static Options defaults() {
            return new Options(Duration.ofMinutes(1), Duration.ofDays(30), null, Json.serde(Topics.LEADS));
        }
    }

    public static void define(StreamsBuilder builder, LeadScorer scorer, Clock clock, LeadMeters meters,
            Options options) {
        builder.addStateStore(Stores
            .keyValueStoreBuilder(Stores.persistentKeyValueStore(LeadTracker.ACTIVE), Serdes.String(),
                    Json.serde(LeadState.class))
            .withCachingEnabled());
        builder.addStateStore(Stores
            .keyValueStoreBuilder(Stores.persistentKeyValueStore(LeadTracker.TRANSITIONS), Serdes.String(),
                    Serdes.String())
            .withCachingEnabled());
        builder.addStateStore(Stores
            .keyValueStoreBuilder(Stores.persistentKeyValueStore(LeadTracker.HISTORY), Serdes.String(),
                    Json.serde(Topics.LEADS))
            .withCachingEnabled());
        KStream<String, Lead> leads = builder
            .stream(Topics.TRIGGER_MATCHES.name(),
                    Consumed.with(Json.keySerde(), Json.serde(Topics.TRIGGER_MATCHES)).withName("read-matches"))
            .process(() -> new LeadTracker(scorer, clock, meters, options.ageingInterval(),
                    options.historyRetention()), Named.as("track-leads"), LeadTracker.ACTIVE,
                    LeadTracker.TRANSITIONS, LeadTracker.HISTORY);
        leads.to(Topics.LEADS.name(), Produced.with(Json.keySerde(), options.leadSerde()).withName("write-leads"));
        CampaignTopics campaigns = options.campaignTopics();
        if (campaigns != null) {
            leads.filter((account, lead) -> campaigns.routes(lead), Named.as("campaign-leads"))
                .to(campaigns, Produced.with(Json.keySerde(), options.leadSerde()).withName("write-campaign-leads"));
        }
    }
}
