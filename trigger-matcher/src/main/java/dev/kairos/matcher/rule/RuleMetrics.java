package dev.kairos.matcher.rule;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code kairos.matcher.rule.evaluations} by rule and outcome. Rule ids are chosen by users, so only the first
 * {@value #MAX_RULE_TAGS} get a tag of their own; later ones count as {@code other}, which keeps the series bounded.
 */
public final class RuleMetrics {

    static final int MAX_RULE_TAGS = 50;

    static final String OTHER = "other";

    private final MeterRegistry meters;

    private final Set<String> tagged = ConcurrentHashMap.newKeySet();

    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public RuleMetrics(MeterRegistry meters) {
        this.meters = meters;
        counter(RuleBook.DEFAULT_RULE_ID, true);
        counter(RuleBook.DEFAULT_RULE_ID, false);
    }

    public void evaluated(String ruleId, boolean hit) {
        counter(ruleId, hit).increment();
    }

    private Counter counter(String ruleId, boolean hit) {
        String tag = tagFor(ruleId);
        return counters.computeIfAbsent(tag + (hit ? "\nhit" : "\nmiss"),
                key -> Counter.builder("kairos.matcher.rule.evaluations")
                    .description("Rule evaluations of a matched event, by rule and whether the rule accepted it")
                    .tag("rule", tag)
                    .tag("outcome", hit ? "hit" : "miss")
                    .register(meters));
    }

    private String tagFor(String ruleId) {
        if (tagged.contains(ruleId)) {
            return ruleId;
        }
        synchronized (tagged) {
            if (tagged.size() < MAX_RULE_TAGS) {
                tagged.add(ruleId);
                return ruleId;
            }
        }
        return OTHER;
    }
}
