package dev.kairos.events;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

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
 * @param conditions what the trigger itself must say (round, amount, role, keywords); null means nothing more
 * @param accountFilter which accounts it fires on; null means every account
 * @param priority higher first, when a campaign system has to choose; null means 0
 * @param campaign the campaign its leads feed, e.g. {@code series-b-outreach}; also names {@code leads.<campaign>}
 * @param intent what its leads are for; null means {@link LeadIntent#NEW_BUSINESS}
 * @param version raised on every change; a match and its lead name the version that made them
 * @param updatedAt when it last changed
 * @param updatedBy who last changed it
 */
public record TriggerRule(int schemaVersion, String ruleId, String name, Set<TriggerType> triggerTypes,
        Set<AccountStatus> accountStatuses, double minConfidence, List<Segment> segments, Duration cooldown,
        boolean enabled, @Nullable Conditions conditions, @Nullable AccountFilter accountFilter,
        @Nullable Integer priority, @Nullable String campaign, @Nullable LeadIntent intent, @Nullable Long version,
        @Nullable Instant updatedAt, @Nullable String updatedBy) {

    public static final int SCHEMA_VERSION = 2;

    public TriggerRule {
        requireNonNull(ruleId, "ruleId");
        requireNonNull(name, "name");
        requireNonNull(cooldown, "cooldown");
        triggerTypes = triggerTypes == null ? Set.of() : Set.copyOf(triggerTypes);
        accountStatuses = accountStatuses == null ? Set.of() : Set.copyOf(accountStatuses);
        segments = segments == null || segments.isEmpty() ? Segment.DEFAULTS : List.copyOf(segments);
        Ranges.requireFraction(minConfidence, "minConfidence");
    }

    /** A rule with only the fields of schema version 1. */
    public TriggerRule(int schemaVersion, String ruleId, String name, Set<TriggerType> triggerTypes,
            Set<AccountStatus> accountStatuses, double minConfidence, List<Segment> segments, Duration cooldown,
            boolean enabled) {
        this(schemaVersion, ruleId, name, triggerTypes, accountStatuses, minConfidence, segments, cooldown, enabled,
                null, null, null, null, null, null, null, null);
    }

    /** Whether the rule is on and names this trigger type and account status, and the confidence is enough. */
    public boolean appliesTo(TriggerType type, AccountStatus status, double confidence) {
        return enabled && (triggerTypes.isEmpty() || triggerTypes.contains(type))
                && (accountStatuses.isEmpty() || accountStatuses.contains(status)) && confidence >= minConfidence;
    }

    /**
     * What the trigger must say, beyond its type. Each condition applies to the trigger types that carry its field and
     * is ignored for the others (a rule on funding and hires may name both rounds and role categories).
     *
     * @param rounds funding rounds accepted (e.g. {@code SERIES_B}); empty means any
     * @param minAmount the least amount (funding, acquisition, IPO); a trigger without an amount does not satisfy it
     * @param maxAmount the greatest amount
     * @param roleCategories role categories accepted for executive hires and departures; empty means any
     * @param keywords words the item's title or snippet must or must not contain
     */
    public record Conditions(Set<String> rounds, @Nullable Money minAmount, @Nullable Money maxAmount,
            Set<RoleCategory> roleCategories, @Nullable Keywords keywords) {

        public Conditions {
            rounds = rounds == null ? Set.of() : Set.copyOf(rounds);
            roleCategories = roleCategories == null ? Set.of() : Set.copyOf(roleCategories);
        }
    }

    /** An amount of money, e.g. {@code {"value": 10000000, "currency": "USD"}}. */
    public record Money(BigDecimal value, Currency currency) {

        public Money {
            requireNonNull(value, "value");
            requireNonNull(currency, "currency");
            if (value.signum() < 0) {
                throw new IllegalArgumentException("amount must not be negative: " + value);
            }
        }
    }

    /**
     * Keyword conditions on an item's title and snippet, matched as whole words without regard to case.
     *
     * @param any at least one of these must appear; empty means no such condition
     * @param all every one of these must appear
     * @param none none of these may appear
     */
    public record Keywords(List<String> any, List<String> all, List<String> none) {

        public Keywords {
            any = any == null ? List.of() : List.copyOf(any);
            all = all == null ? List.of() : List.copyOf(all);
            none = none == null ? List.of() : List.copyOf(none);
        }
    }

    /**
     * Which accounts a rule fires on. An empty list accepts every value; an account without the field fails a
     * non-empty list.
     *
     * @param industries accepted industries, compared without regard to case
     * @param countries accepted countries (ISO 3166-1 alpha-2)
     * @param regions accepted regions
     * @param employees the accepted range of employees
     * @param tiers accepted tiers
     * @param owners accepted account owners
     * @param tags the account must carry at least one of these
     */
    public record AccountFilter(List<String> industries, List<String> countries, List<String> regions,
            @Nullable Range employees, List<String> tiers, List<String> owners, List<String> tags) {

        public AccountFilter {
            industries = industries == null ? List.of() : List.copyOf(industries);
            countries = countries == null ? List.of() : List.copyOf(countries);
            regions = regions == null ? List.of() : List.copyOf(regions);
            tiers = tiers == null ? List.of() : List.copyOf(tiers);
            owners = owners == null ? List.of() : List.copyOf(owners);
            tags = tags == null ? List.of() : List.copyOf(tags);
        }
    }

    /** A closed range of whole numbers; either end may be open (null). */
    public record Range(@Nullable Long min, @Nullable Long max) {

        public Range {
            if (min != null && max != null && min > max) {
                throw new IllegalArgumentException("range min " + min + " is above its max " + max);
            }
        }

        public boolean contains(long value) {
            return (min == null || value >= min) && (max == null || value <= max);
        }
    }
}
