package dev.kairos.matcher.rule;

import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.kairos.events.Segment;
import dev.kairos.events.TriggerRule;

/** The rules in force at one moment: immutable, enabled or not, highest priority first. */
public final class RuleBook {

    public static final String DEFAULT_RULE_ID = "default";

    private static final Comparator<TriggerRule> ORDER = Comparator
        .comparing((TriggerRule rule) -> rule.priority() == null ? 0 : rule.priority())
        .reversed()
        .thenComparing(TriggerRule::ruleId);

    private final List<TriggerRule> rules;

    public RuleBook(Collection<TriggerRule> rules) {
        this.rules = rules.stream().sorted(ORDER).toList();
    }

    public static RuleBook empty() {
        return new RuleBook(List.of());
    }

    /** A book holding only the built-in rule. */
    public static RuleBook withDefaultRule(double minConfidence, Duration cooldown) {
        return new RuleBook(List.of(defaultRule(minConfidence, cooldown)));
    }

    /** The built-in rule: every trigger type, every account, the default segments. */
    public static TriggerRule defaultRule(double minConfidence, Duration cooldown) {
        return new TriggerRule(TriggerRule.SCHEMA_VERSION, DEFAULT_RULE_ID, "Every trigger", Set.of(), Set.of(),
                minConfidence, Segment.DEFAULTS, cooldown, true);
    }

    /** Every rule, highest priority first, then by id. */
    public List<TriggerRule> rules() {
        return rules;
    }

    public Optional<TriggerRule> get(String ruleId) {
        return rules.stream().filter(rule -> rule.ruleId().equals(ruleId)).findFirst();
    }

    public int size() {
        return rules.size();
    }
}
