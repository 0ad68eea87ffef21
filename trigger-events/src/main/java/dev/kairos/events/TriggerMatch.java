package dev.kairos.events;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A trigger event tied to a CRM account and accepted by a rule. Value of {@code trigger.matches}, keyed by
 * {@code accountId}. It carries the rule's segments and cooldown so that the publisher needs no other input.
 *
 * @param schemaVersion the contract version this value was written with
 * @param matchId deterministic from event, account and rule
 * @param event the trigger event
 * @param accountId the matched account
 * @param accountName its name in the CRM
 * @param accountStatus prospect or customer
 * @param ruleId the rule that accepted it
 * @param segments the rule's time segments
 * @param cooldown the rule's cooldown
 * @param method how the company was matched to the account
 * @param matchScore how sure the match is, in [0, 1]
 * @param matchedAt when the matcher made it
 */
public record TriggerMatch(int schemaVersion, String matchId, TriggerEvent event, String accountId,
        String accountName, AccountStatus accountStatus, String ruleId, List<Segment> segments, Duration cooldown,
        MatchMethod method, double matchScore, Instant matchedAt) {

    public static final int SCHEMA_VERSION = 1;

    public TriggerMatch {
        requireNonNull(matchId, "matchId");
        requireNonNull(event, "event");
        requireNonNull(accountId, "accountId");
        requireNonNull(ruleId, "ruleId");
        segments = List.copyOf(segments);
        if (matchScore < 0 || matchScore > 1) {
            throw new IllegalArgumentException("matchScore must be in [0, 1]: " + matchScore);
        }
    }

    public static String idFor(String eventId, String accountId, String ruleId) {
        return TriggerEvent.Ids.hash(eventId + "\n" + accountId + "\n" + ruleId);
    }
}
