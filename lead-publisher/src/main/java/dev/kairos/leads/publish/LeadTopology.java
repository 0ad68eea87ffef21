package dev.kairos.leads.publish;

import java.time.Clock;
import java.time.Duration;

import dev.kairos.events.Json;
import dev.kairos.events.Topics;
import dev.kairos.leads.score.LeadScorer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
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

    /**
     * The store the read API queries: lead id, a line break and the zero-padded revision → that revision's JSON, as
     * written to {@code leads}.
     */
    public static final String HISTORY_STORE = LeadTracker.HISTORY;

    /** The store of open (active) leads: account and rule → its open leads. */
    public static final String OPEN_STORE = LeadTracker.OPEN;

    private LeadTopology() {
    }

    /**
     * How the topology behaves.
     *
     * @param ageingInterval how often due leads are re-emitted (wall-clock punctuation)
     * @param historyRetention how long an expired lead's history is kept
     * @param campaignTopics where per-campaign copies go; null writes none
     * @param leadWriter how leads are written (their JSON as it is, or as CloudEvents)
     */
    public record Options(Duration ageingInterval, Duration historyRetention, @Nullable CampaignTopics campaignTopics,
            Serializer<LeadRevision> leadWriter) {

        public static Options defaults() {
            return new Options(Duration.ofMinutes(1), Duration.ofDays(30), null, LeadRevision.asJson());
        }
    }

    public static void define(StreamsBuilder builder, LeadScorer scorer, Clock clock, LeadMeters meters,
            Options options) {
        // read and written for every match: cached, so that an account's matches close together cost no RocksDB read
        builder.addStateStore(Stores
            .keyValueStoreBuilder(Stores.persistentKeyValueStore(LeadTracker.OPEN), Serdes.String(),
                    StateFormat.serde(OpenLeads.class))
            .withCachingEnabled());
        // the due index and the history are written under keys that are rarely written again before a commit: a
        // cache would only hold them (and crowd out open leads) until the commit writes them anyway
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(LeadTracker.TRANSITIONS),
                Serdes.String(), Serdes.String()));
        // the history keeps each revision as the JSON written to leads: the same bytes, written once
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(LeadTracker.HISTORY),
                Serdes.String(), Serdes.ByteArray()));
        KStream<String, LeadRevision> leads = builder
            .stream(Topics.TRIGGER_MATCHES.name(),
                    Consumed.with(Json.keySerde(), MatchReader.serde()).withName("read-matches"))
            .process(() -> new LeadTracker(scorer, clock, meters, options.ageingInterval(),
                    options.historyRetention()), Named.as("track-leads"), LeadTracker.OPEN,
                    LeadTracker.TRANSITIONS, LeadTracker.HISTORY);
        Serde<LeadRevision> writer = Serdes.serdeFrom(options.leadWriter(), (topic, data) -> {
            throw new UnsupportedOperationException("the lead topology only writes lead revisions");
        });
        leads.to(Topics.LEADS.name(), Produced.with(Json.keySerde(), writer).withName("write-leads"));
        CampaignTopics campaigns = options.campaignTopics();
        if (campaigns != null) {
            leads.filter((account, lead) -> campaigns.routes(lead), Named.as("campaign-leads"))
                .to(campaigns, Produced.with(Json.keySerde(), writer).withName("write-campaign-leads"));
        }
    }
}
