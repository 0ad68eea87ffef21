package dev.kairos.events;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * What a demand-gen manager wants to hear about. Value of the compacted {@code trigger.rules}, keyed by
 * {@code ruleId}; a tombstone deletes.
 *
 * @param schemaVersion the contract version this value was written with
 * @param ruleId the rule's id
 * @param name a human name
 * @param triggerTypes the trigger types it fires on; empty means all
 * @param accountStatuses the account statuses it fires on; empty means all
 * @param minConfidence triggers detected with less confidence are ignored
 * @param segments the time segments of its leads, in order of age
 * @param cooldown within this time, the same account and rule make one lead with more evidence
 * @param enabled a disabled rule matches nothing
 */
public record TriggerRule(int schemaVersion, String ruleId, String name, Set<TriggerType> triggerTypes,
        Set<AccountStatus> accountStatuses, double minConfidence, List<Segment> segments, Duration cooldown,
        boolean enabled) {

    public static final int SCHEMA_VERSION = 1;

    public TriggerRule {
        requireNonNull(ruleId, "ruleId");
        requireNonNull(name, "name");
        requireNonNull(cooldown, "cooldown");
        triggerTypes = triggerTypes == null ? Set.of() : Set.copyOf(triggerTypes);
        accountStatuses = accountStatuses == null ? Set.of() : Set.copyOf(accountStatuses);
        segments = segments == null || segments.isEmpty() ? Segment.DEFAULTS : List.copyOf(segments);
        if (minConfidence < 0 || minConfidence > 1) {
            throw new IllegalArgumentException("minConfidence must be in [0, 1]: " + minConfidence);
        }
    }

    public boolean appliesTo(TriggerType type, AccountStatus status, double confidence) {
        return enabled && (triggerTypes.isEmpty() || triggerTypes.contains(type))
                && (accountStatuses.isEmpty() || accountStatuses.contains(status)) && confidence >= minConfidence;
    }
}
