package dev.kairos.matcher.match;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

import dev.kairos.events.Account;
import dev.kairos.events.MatchMethod;
import dev.kairos.events.TriggerEvent;
import dev.kairos.events.TriggerMatch;
import dev.kairos.events.TriggerRule;
import dev.kairos.matcher.account.AccountLookup;
import dev.kairos.matcher.account.AccountMatch;
import dev.kairos.matcher.rule.RuleBook;
import dev.kairos.matcher.rule.RuleEvaluator;
import dev.kairos.matcher.rule.RuleMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Ties each event's company to at most one account ({@link AccountLookup}: domain, name or alias, fuzzy name) and
 * emits one match, keyed by account id, per rule that accepts it. An event tied to no account, or to several it
 * cannot choose between, is forwarded as it is, with the reason in its headers, for {@code trigger.unmatched}.
 */
final class EventMatcher implements Processor<String, TriggerEvent, String, Object> {

    /** Why an event went to {@code trigger.unmatched}: {@code no_account} or {@code ambiguous}. */
    static final String REASON_HEADER = "kairos-unmatched-reason";

    /** The ids of the accounts an ambiguous event could belong to, comma-separated. */
    static final String CANDIDATES_HEADER = "kairos-unmatched-candidates";

    private final Supplier<RuleBook> rules;

    private final RuleEvaluator evaluator;

    private final RuleMetrics ruleMetrics;

    private final Timer latency;

    private final AccountLookup accounts;

    private final Clock clock;

    private final MeterRegistry meters;

    private ProcessorContext<String, Object> context;

    EventMatcher(Supplier<RuleBook> rules, RuleEvaluator evaluator, RuleMetrics ruleMetrics, Timer latency,
            AccountLookup accounts, Clock clock, MeterRegistry meters) {
        this.rules = rules;
        this.evaluator = evaluator;
        this.ruleMetrics = ruleMetrics;
        this.latency = latency;
        this.accounts = accounts;
        this.clock = clock;
        this.meters = meters;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, TriggerEvent> record) {
        TriggerEvent event = record.value();
        if (event == null) {
            return;
        }
        AccountMatch found = accounts.find(event.company(), event.evidence().url());
        if (!found.isMatched()) {
            unmatched(record, found);
            return;
        }
        Account account = found.account();
        MatchMethod method = found.method();
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
            TriggerMatch match = TriggerMatch.of(event, account, rule, method, found.score(), found.matchedText(),
                    clock.instant());
            context.forward(record.withKey(account.accountId()).withValue(match));
            meters.counter("kairos.matcher.matches", "method", method.name(), "type", event.type().name())
                .increment();
            latency.record(Duration.between(event.detectedAt(), clock.instant()).abs());
        }
        meters.counter("kairos.matcher.events", "outcome", matched ? "matched" : "no_rule").increment();
    }

    private void unmatched(Record<String, TriggerEvent> record, AccountMatch found) {
        String reason = found.outcome() == AccountMatch.Outcome.AMBIGUOUS ? "ambiguous" : "no_account";
        meters.counter("kairos.matcher.events", "outcome", reason).increment();
        meters.counter("kairos.matcher.unmatched", "reason", reason).increment();
        Headers headers = new RecordHeaders(record.headers().toArray());
        headers.remove(REASON_HEADER).remove(CANDIDATES_HEADER);
        headers.add(REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8));
        if (!found.candidates().isEmpty()) {
            headers.add(CANDIDATES_HEADER, String.join(",", found.candidates()).getBytes(StandardCharsets.UTF_8));
        }
        context.forward(new Record<String, Object>(record.key(), record.value(), record.timestamp(), headers));
    }
}
