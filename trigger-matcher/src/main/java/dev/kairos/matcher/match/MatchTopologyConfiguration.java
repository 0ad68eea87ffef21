package dev.kairos.matcher.match;

import java.time.Clock;

import dev.kairos.events.MatchMethod;
import dev.kairos.events.TriggerType;
import dev.kairos.matcher.account.AccountLookup;
import dev.kairos.matcher.rule.RuleCatalog;
import dev.kairos.matcher.rule.RuleEvaluator;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.streams.StreamsBuilder;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Configuration;

/** Defines the match topology on the Boot-managed {@link StreamsBuilder}. */
@Configuration(proxyBeanMethods = false)
class MatchTopologyConfiguration implements InitializingBean {

    private final StreamsBuilder builder;

    private final RuleCatalog rules;

    private final RuleEvaluator evaluator;

    private final AccountLookup accounts;

    private final Clock clock;

    private final MeterRegistry meters;

    MatchTopologyConfiguration(StreamsBuilder builder, RuleCatalog rules, RuleEvaluator evaluator,
            AccountLookup accounts, Clock clock, MeterRegistry meters) {
        this.builder = builder;
        this.rules = rules;
        this.evaluator = evaluator;
        this.accounts = accounts;
        this.clock = clock;
        this.meters = meters;
    }

    @Override
    public void afterPropertiesSet() {
        MatchTopology.define(builder, rules, evaluator, accounts, clock, meters);
        // alerts read these before the first event
        for (String outcome : new String[] { "matched", "no_account", "ambiguous", "no_rule" }) {
            meters.counter("kairos.matcher.events", "outcome", outcome);
        }
        for (String reason : new String[] { "no_account", "ambiguous" }) {
            meters.counter("kairos.matcher.unmatched", "reason", reason);
        }
        for (MatchMethod method : MatchMethod.values()) {
            for (TriggerType type : TriggerType.values()) {
                meters.counter("kairos.matcher.matches", "method", method.name(), "type", type.name());
            }
        }
    }
}
