package dev.kairos.events;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * A timely lead for marketing automation. Value of {@code leads} (and of {@code leads.<campaign>}), keyed by
 * {@code accountId}. One account hitting one rule within the rule's cooldown is one lead: it keeps its {@code leadId}
 * and is re-emitted with a higher {@code revision} when a new trigger merges into it, when it ages into its rule's next
 * segment, and once more, {@code EXPIRED}, when it leaves the last. {@code leadId} + {@code revision} is an idempotency
 * key (and so, for readers of schema version 1, is {@code leadId} + {@code segment}).
 *
 * @param schemaVersion the contract version this value was written with
 * @param leadId stable for one account and rule within the rule's cooldown
 * @param accountId the account
 * @param accountName its name in the CRM
 * @param accountStatus prospect or customer
 * @param ruleId the rule that produced it
 * @param triggerType the type of its newest trigger
 * @param eventId its newest trigger event
 * @param segment the time segment its newest trigger's age puts it in, or {@code expired}
 * @param score how promising the lead is now, in [0, 1]
 * @param occurredAt when its newest trigger happened
 * @param validFrom start of the segment's window
 * @param validUntil end of the segment's window: the lead moves on after it
 * @param evidence where its triggers were read, newest first
 * @param emittedAt when this revision of the lead was written
 * @param revision 1 when the lead starts, raised on every change
 * @param status {@code ACTIVE}, or {@code EXPIRED} once it has left its rule's last segment
 * @param campaign the rule's campaign
 * @param account the account as far as the match knew it
 * @param triggers every trigger merged into the lead, oldest first
 * @param matchMethod how its newest trigger's company was tied to the account
 * @param matchScore how sure that match is, in [0, 1]
 * @param scoreBreakdown each part of {@code score} with its weight
 * @param person for executive moves: the person and role to reach
 * @param ruleVersion the version of the rule that produced this revision
 * @param intent what the lead is for (new business, renewal risk, expansion), from the rule
 */
public record Lead(int schemaVersion, String leadId, String accountId, String accountName,
        AccountStatus accountStatus, String ruleId, TriggerType triggerType, String eventId, String segment,
        double score, Instant occurredAt, Instant validFrom, Instant validUntil, List<Evidence> evidence,
        Instant emittedAt, @Nullable Integer revision, @Nullable Status status, @Nullable String campaign,
        @Nullable AccountSummary account, List<Trigger> triggers, @Nullable MatchMethod matchMethod,
        @Nullable Double matchScore, List<ScorePart> scoreBreakdown, @Nullable Person person,
        @Nullable Long ruleVersion, @Nullable LeadIntent intent) {

    public static final int SCHEMA_VERSION = 2;

    public Lead {
        requireNonNull(leadId, "leadId");
        requireNonNull(accountId, "accountId");
        requireNonNull(segment, "segment");
        evidence = List.copyOf(evidence);
        triggers = triggers == null ? List.of() : List.copyOf(triggers);
        scoreBreakdown = scoreBreakdown == null ? List.of() : List.copyOf(scoreBreakdown);
        Ranges.requireFraction(score, "score");
        if (revision != null) {
            Ranges.requireRevision(revision, "revision");
        }
    }

    /** A lead with only the fields of schema version 1. */
    public Lead(int schemaVersion, String leadId, String accountId, String accountName, AccountStatus accountStatus,
            String ruleId, TriggerType triggerType, String eventId, String segment, double score, Instant occurredAt,
            Instant validFrom, Instant validUntil, List<Evidence> evidence, Instant emittedAt) {
        this(schemaVersion, leadId, accountId, accountName, accountStatus, ruleId, triggerType, eventId, segment,
                score, occurredAt, validFrom, validUntil, evidence, emittedAt, null, null, null, null, List.of(), null,
                null, List.of(), null, null, null);
    }

    public static String idFor(String accountId, String ruleId, String firstEventId) {
        return TriggerEvent.Ids.hash(accountId + "\n" + ruleId + "\n" + firstEventId);
    }

    /** Whether a lead is still moving through its rule's segments. */
    public enum Status {
        ACTIVE, EXPIRED
    }

    /**
     * The account as far as the match knew it.
     *
     * @param name the account's name
     * @param domains its web domains
     * @param owner its owner in the CRM
     * @param status prospect or customer
     * @param tier its tier
     * @param industry its industry
     */
    public record AccountSummary(String name, List<String> domains, @Nullable String owner,
            @Nullable AccountStatus status, @Nullable String tier, @Nullable String industry) {

        public AccountSummary {
            requireNonNull(name, "name");
            domains = domains == null ? List.of() : List.copyOf(domains);
        }

        public static AccountSummary of(Account account) {
            return new AccountSummary(account.name(), account.domains(), account.owner(), account.status(),
                    account.tier(), account.industry());
        }
    }

    /**
     * One trigger merged into a lead, with its evidence.
     *
     * @param eventId the trigger event
     * @param type its type; its details' type
     * @param company the company as the source named it
     * @param details the type's attributes
     * @param occurredAt when it happened, as the source dates it (the item's published time)
     * @param detectedAt when Kairos found it
     * @param confidence how sure detection was
     * @param evidence where it was read: source, URL, title, snippet
     */
    public record Trigger(String eventId, Company company,
            @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXTERNAL_PROPERTY,
                    property = "type") TriggerDetails details,
            Instant occurredAt, Instant detectedAt, double confidence, Evidence evidence) {

        public Trigger {
            requireNonNull(eventId, "eventId");
            requireNonNull(details, "details");
            requireNonNull(occurredAt, "occurredAt");
            requireNonNull(evidence, "evidence");
        }

        public TriggerType type() {
            return details.type();
        }

        public static Trigger of(TriggerEvent event) {
            return new Trigger(event.eventId(), event.company(), event.details(), event.occurredAt(),
                    event.detectedAt(), event.confidence(), event.evidence());
        }
    }

    /**
     * One part of a lead's score: {@code score} is the sum of every part's {@code weight × value}.
     *
     * @param name e.g. {@code trigger}, {@code recency}, {@code fit}, {@code match}, {@code triggers}
     * @param weight its weight; the weights of a lead's parts add up to 1
     * @param value the part's own value, in [0, 1]
     * @param explanation what the value was computed from, for people
     */
    public record ScorePart(String name, double weight, double value, @Nullable String explanation) {

        public ScorePart {
            requireNonNull(name, "name");
        }
    }

    /**
     * The person an executive move concerns.
     *
     * @param name the person's name
     * @param role the role as the source gives it
     * @param roleCategory its category
     * @param joined true for a hire, false for a departure
     */
    public record Person(String name, @Nullable String role, @Nullable RoleCategory roleCategory, boolean joined) {

        public Person {
            requireNonNull(name, "name");
        }
    }
}
