package dev.kairos.matcher.rule;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import dev.kairos.events.AccountStatus;
import dev.kairos.events.LeadIntent;
import dev.kairos.events.Segment;
import dev.kairos.events.TriggerRule;
import dev.kairos.events.TriggerType;
import org.jspecify.annotations.Nullable;

/**
 * A rule as clients write it: every field of {@link TriggerRule}, each optional here so that the validator can name
 * every missing or wrong one. {@code schemaVersion}, {@code version}, {@code updatedAt} and {@code updatedBy} are
 * accepted, so that a rule read with GET can be sent back, and ignored: the server sets them.
 *
 * @param ruleId required with POST; with PUT and PATCH the path names it and the body may only repeat it
 * @param name required
 * @param enabled true when absent
 * @param triggerTypes empty or absent means every type
 * @param accountStatuses empty or absent means every status
 * @param minConfidence the default rule's when absent
 * @param segments the default segments when absent
 * @param cooldown the default rule's when absent
 * @param conditions what the trigger must say
 * @param accountFilter which accounts
 * @param priority higher first; 0 when absent
 * @param campaign a lower-case slug
 * @param intent new-business, renewal-risk or expansion
 * @param schemaVersion ignored
 * @param version ignored (use If-Match)
 * @param updatedAt ignored
 * @param updatedBy ignored
 */
record RuleRequest(@Nullable String ruleId, @Nullable String name, @Nullable Boolean enabled,
        @Nullable Set<TriggerType> triggerTypes, @Nullable Set<AccountStatus> accountStatuses,
        @Nullable Double minConfidence, @Nullable List<Segment> segments, @Nullable Duration cooldown,
        TriggerRule.@Nullable Conditions conditions, TriggerRule.@Nullable AccountFilter accountFilter,
        @Nullable Integer priority, @Nullable String campaign, @Nullable LeadIntent intent,
        @Nullable Integer schemaVersion, @Nullable Long version, @Nullable Instant updatedAt,
        @Nullable String updatedBy) {
}
