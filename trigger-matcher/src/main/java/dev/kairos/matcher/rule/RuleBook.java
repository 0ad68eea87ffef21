package dev.kairos.matcher.rule;

import java.util.List;
import java.util.Set;

import dev.kairos.events.Account;
import dev.kairos.events.Segment;
import dev.kairos.events.TriggerEvent;
import dev.kairos.events.TriggerRule;

/** The rules in force, and which of them accept an event for an account. */
public final class RuleBook {

    public static final String DEFAULT_RULE_ID = "default";

    private final List<TriggerRule> rules;

    public RuleBook(List<TriggerRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** A book holding only the built-in rule: every trigger type, every account, the default segments. */
    public static RuleBook withDefaultRule(double minConfidence, java.time.Duration cooldown) {
        return new RuleBook(List.of(new TriggerRule(TriggerRule.SCHEMA_VERSION, DEFAULT_RULE_ID, "Every trigger",
                Set.of(), Set.of(), minConfidence, Segment.DEFAULTS, cooldown, true)));
    }

    public List<TriggerRule> accepting(TriggerEvent event, Account account) {
        return rules.stream()
            .filter(rule -> rule.appliesTo(event.type(), account.status(), event.confidence()))
            .toList();
    }
}
