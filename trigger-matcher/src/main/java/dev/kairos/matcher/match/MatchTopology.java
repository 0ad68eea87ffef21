package dev.kairos.matcher.match;

import java.time.Clock;
import java.util.function.Supplier;

import dev.kairos.events.Account;
import dev.kairos.events.Json;
import dev.kairos.events.Topics;
import dev.kairos.matcher.account.AccountIndexer;
import dev.kairos.matcher.rule.RuleBook;
import dev.kairos.matcher.rule.RuleEvaluator;
import dev.kairos.matcher.rule.RuleMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * trigger.events × crm.accounts → trigger.matches. Accounts are re-keyed by domain and name onto a compacted index
 * topic that every instance reads in full as a global table, so an event can be looked up under several keys
 * whatever partition it arrives on.
 */
public final class MatchTopology {

    /** The compacted index topic: {@code domain:<host>} or {@code name:<normalised name>} → account. */
    public static final String ACCOUNT_INDEX_TOPIC = "trigger-matcher.account-index";

    public static final String ACCOUNT_INDEX_STORE = "account-index";

    private MatchTopology() {
    }

    /**
     * @param rules the rules in force, asked once per event, so that a rule change applies from the next event on
     * @param evaluator decides whether a rule accepts an event for an account
     */
    public static void define(StreamsBuilder builder, Supplier<RuleBook> rules, RuleEvaluator evaluator, Clock clock,
            MeterRegistry meters) {
        RuleMetrics ruleMetrics = new RuleMetrics(meters);
        Timer latency = Timer.builder("kairos.matcher.processing.latency")
            .description("From an event's detection to its match being forwarded to trigger.matches")
            .publishPercentileHistogram()
            .register(meters);
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(AccountIndexer.STORE),
                Json.keySerde(), Json.serde(Account.class)));
        builder
            .stream(Topics.CRM_ACCOUNTS.name(),
                    Consumed.with(Json.keySerde(), Json.serde(Topics.CRM_ACCOUNTS)).withName("read-accounts"))
            .process(AccountIndexer::new, Named.as("index-accounts"), AccountIndexer.STORE)
            .to(ACCOUNT_INDEX_TOPIC,
                    Produced.with(Json.keySerde(), Json.serde(Account.class)).withName("write-account-index"));

        // no record cache: a global store flushes it only every 10,000 records, and until then RocksDB, whose
        // estimate the kairos.matcher.account.index.keys gauge reports, holds nothing
        builder.globalTable(ACCOUNT_INDEX_TOPIC,
                Consumed.with(Json.keySerde(), Json.serde(Account.class)).withName("read-account-index"),
                Materialized.<String, Account, KeyValueStore<Bytes, byte[]>>as(ACCOUNT_INDEX_STORE)
                    .withCachingDisabled());

        builder
            .stream(Topics.TRIGGER_EVENTS.name(),
                    Consumed.with(Json.keySerde(), Json.serde(Topics.TRIGGER_EVENTS)).withName("read-events"))
            .process(() -> new EventMatcher(rules, evaluator, ruleMetrics, latency, clock, meters),
                    Named.as("match-events"))
            .to(Topics.TRIGGER_MATCHES.name(),
                    Produced.with(Json.keySerde(), Json.serde(Topics.TRIGGER_MATCHES)).withName("write-matches"));
    }
}
