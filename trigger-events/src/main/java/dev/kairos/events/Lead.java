package dev.kairos.events;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * A timely lead for marketing automation. Value of {@code leads}, keyed by {@code accountId}. A lead is re-emitted
 * with the same {@code leadId} as it ages into the next segment, so {@code leadId} + {@code segment} is an
 * idempotency key.
 *
 * @param schemaVersion the contract version this value was written with
 * @param leadId stable for one account and rule within the rule's cooldown
 * @param accountId the account
 * @param accountName its name in the CRM
 * @param accountStatus prospect or customer
 * @param ruleId the rule that produced it
 * @param triggerType the trigger type
 * @param eventId the trigger event
 * @param segment the time segment the event's age puts it in, or {@code expired}
 * @param score how promising the lead is, in [0, 1]
 * @param occurredAt when the trigger happened
 * @param validFrom start of the segment's window
 * @param validUntil end of the segment's window: the lead moves on after it
 * @param evidence where the trigger was read
 * @param emittedAt when this version of the lead was written
 */
public record Lead(int schemaVersion, String leadId, String accountId, String accountName,
        AccountStatus accountStatus, String ruleId, TriggerType triggerType, String eventId, String segment,
        double score, Instant occurredAt, Instant validFrom, Instant validUntil, List<Evidence> evidence,
        Instant emittedAt) {

    public static final int SCHEMA_VERSION = 1;

    public Lead {
        requireNonNull(leadId, "leadId");
        requireNonNull(accountId, "accountId");
        requireNonNull(segment, "segment");
        evidence = List.copyOf(evidence);
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("score must be in [0, 1]: " + score);
        }
    }

    public static String idFor(String accountId, String ruleId, String firstEventId) {
        return TriggerEvent.Ids.hash(accountId + "\n" + ruleId + "\n" + firstEventId);
    }
}
