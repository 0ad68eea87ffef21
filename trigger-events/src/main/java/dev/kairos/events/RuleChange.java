package dev.kairos.events;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An audit record of one change to a trigger rule. Value of {@code trigger.rules.audit}, keyed by {@code ruleId}.
 *
 * @param schemaVersion the contract version this value was written with
 * @param ruleId the rule changed
 * @param action what was done: {@code create}, {@code replace}, {@code patch}, {@code delete}, {@code enable},
 *     {@code disable}
 * @param before the rule before the change; null when it was created
 * @param after the rule after the change; null when it was deleted
 * @param changedBy who changed it (the authenticated principal)
 * @param changedAt when
 */
public record RuleChange(int schemaVersion, String ruleId, String action, @Nullable TriggerRule before,
        @Nullable TriggerRule after, String changedBy, Instant changedAt) {

    public static final int SCHEMA_VERSION = 1;

    public RuleChange {
        requireNonNull(ruleId, "ruleId");
        requireNonNull(action, "action");
        requireNonNull(changedBy, "changedBy");
        requireNonNull(changedAt, "changedAt");
    }
}
