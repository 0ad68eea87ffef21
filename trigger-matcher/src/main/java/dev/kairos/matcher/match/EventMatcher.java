package dev.kairos.matcher.match;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

import dev.kairos.events.Account;
import dev.kairos.events.MatchMethod;
import dev.kairos.events.TriggerEvent;
import dev.kairos.events.TriggerMatch;
import dev.kairos.events.TriggerRule;
import dev.kairos.matcher.account.IndexKeys;
import dev.kairos.matcher.rule.RuleBook;
import dev.kairos.matcher.rule.RuleEvaluator;
import dev.kairos.matcher.rule.RuleMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Looks each event's company up in the global account index (domain first, then name and aliases) and emits one
 * match, keyed by account id, per rule that accepts it.
 */
final class EventMatcher implements Processor<String, TriggerEvent, String, TriggerMatch> {

    private final Supplier<RuleBook> rules;

    private final RuleEvaluator evaluator;

    private final RuleMetrics ruleMetrics;

    private final Timer latency;

    private final Clock clock;

    private final MeterRegistry meters;

    private ProcessorContext<String, TriggerMatch> context;

    private KeyValueStore<String, ValueAndTimestamp<Account>> index;

    EventMatcher(Supplier<RuleBook> rules, RuleEvaluator evaluator, RuleMetrics ruleMetrics, Timer latency,
            Clock clock, MeterRegistry meters) {
        this.rules = rules;
        this.evaluator = evaluator;
        this.ruleMetrics = ruleMetrics;
        this.latency = latency;
        this.clock = clock;
        this.meters = meters;
    }

    @Override
    public void init(ProcessorContext<String, TriggerMatch> context) {
        this.context = context;
        this.index = context.getStateStore(MatchTopology.ACCOUNT_INDEX_STORE);
    }

    @Override
    public void process(Record<String, TriggerEvent> record) {
        TriggerEvent event = record.value();
        if (event == null) {
            return;
        }
        Set<String> matchedAccounts = new HashSet<>();
        for (String key : IndexKeys.of(event.company())) {
            ValueAndTimestamp<Account> entry = index.get(key);
            if (entry == null || !matchedAccounts.add(entry.value().accountId())) {
                continue;
            }
            emit(event, entry.value(), IndexKeys.methodOf(key, entry.value()), record);
        }
        if (matchedAccounts.isEmpty()) {
            meters.counter("kairos.matcher.events", "outcome", "no_account").increment();
        }
    }

    private void emit(TriggerEvent event, Account account, MatchMethod method, Record<String, TriggerEvent> record) {
        // one snapshot per event: a rule change made meanwhile applies from the next event on
        RuleBook book = rules.get();
        boolean matched = false;
        for (TriggerRule rule : book.rules()) {
            if (!rule.enabled()) {
                continue;
            }
            boolean hit = evaluator.accepts(rule, event, account);
            ruleMetrics.evaluated(rule.ruleId(), hit);
            if (!hit) {
                continue;
            }
            matched = true;
            TriggerMatch match = TriggerMatch.of(event, account, rule, method, scoreOf(method),
                    event.company().name(), clock.instant());
            context.forward(record.withKey(account.accountId()).withValue(match));
            meters.counter("kairos.matcher.matches", "method", method.name(), "type", event.type().name())
                .increment();
            latency.record(Duration.between(event.detectedAt(), clock.instant()).abs());
        }
        meters.counter("kairos.matcher.events", "outcome", matched ? "matched" : "no_rule").increment();
    }

    private static double scoreOf(MatchMethod method) {
        return switch (method) {
            case DOMAIN -> 1.0;
            case NAME -> 0.9;
            case ALIAS -> 0.8;
            case FUZZY -> 0.7;
        };
    }
}
