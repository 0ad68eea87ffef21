package dev.kairos.matcher.match;

import java.time.Clock;
import java.util.function.Supplier;

import dev.kairos.events.Json;
import dev.kairos.events.Topics;
import dev.kairos.events.TriggerEvent;
import dev.kairos.events.TriggerMatch;
import dev.kairos.matcher.account.AccountLookup;
import dev.kairos.matcher.rule.RuleBook;
import dev.kairos.matcher.rule.RuleEvaluator;
import dev.kairos.matcher.rule.RuleMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * trigger.events → trigger.matches, and the events no account could be chosen for → trigger.unmatched. The accounts
 * are looked up in {@link AccountLookup}, an in-memory index that every instance builds from the whole of
 * {@code crm.accounts} (see {@code AccountIndexLoader}), so an event finds its account whatever partition it arrives
 * on. {@code crm.accounts} is also read here, partitioned, only so that a record that is no valid {@code Account}
 * is dead-lettered once rather than by every instance.
 */
public final class MatchTopology {

    private MatchTopology() {
    }

    /**
     * @param rules the rules in force, asked once per event, so that a rule change applies from the next event on
     * @param evaluator decides whether a rule accepts an event for an account
     * @param accounts ties an event's company to an account
     */
    public static void define(StreamsBuilder builder, Supplier<RuleBook> rules, RuleEvaluator evaluator,
            AccountLookup accounts, Clock clock, MeterRegistry meters) {
        RuleMetrics ruleMetrics = new RuleMetrics(meters);
        Timer latency = Timer.builder("kairos.matcher.processing.latency")
            .description("From an event's detection to its match being forwarded to trigger.matches")
            .publishPercentileHistogram()
            .register(meters);
        builder
            .stream(Topics.CRM_ACCOUNTS.name(),
                    Consumed.with(Json.keySerde(), Json.serde(Topics.CRM_ACCOUNTS)).withName("read-accounts"))
            .foreach((id, account) -> {
            }, Named.as("check-accounts"));

        KStream<String, Object> routed = builder
            .stream(Topics.TRIGGER_EVENTS.name(),
                    Consumed.with(Json.keySerde(), Json.serde(Topics.TRIGGER_EVENTS)).withName("read-events"))
            .process(() -> new EventMatcher(rules, evaluator, ruleMetrics, latency, accounts, clock, meters),
                    Named.as("match-events"));
        routed.filter((key, value) -> value instanceof TriggerMatch, Named.as("only-matches"))
            .mapValues(value -> (TriggerMatch) value, Named.as("as-matches"))
            .to(Topics.TRIGGER_MATCHES.name(),
                    Produced.with(Json.keySerde(), Json.serde(Topics.TRIGGER_MATCHES)).withName("write-matches"));
        routed.filter((key, value) -> value instanceof TriggerEvent, Named.as("only-unmatched"))
            .mapValues(value -> (TriggerEvent) value, Named.as("as-unmatched"))
            .to(Topics.TRIGGER_UNMATCHED.name(),
                    Produced.with(Json.keySerde(), Json.serde(Topics.TRIGGER_UNMATCHED)).withName("write-unmatched"));
    }
}
