package dev.kairos.events;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A trigger event tied to a CRM account and accepted by a rule. Value of {@code trigger.matches}, keyed by
 * {@code accountId}. It carries the rule's segments and cooldown, and the account as the matcher knew it, so that the
 * publisher needs no other input.
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
 * @param matchedText the text that was matched: the domain, or the account name or alias the event's name matched
 * @param account the whole account as the matcher knew it when matching
 * @param ruleVersion the version of the rule that accepted it
 * @param campaign the rule's campaign
 * @param priority the rule's priority
 * @param intent the rule's lead intent
 */
public record TriggerMatch(int schemaVersion, String matchId, TriggerEvent event, String accountId,
        String accountName, AccountStatus accountStatus, String ruleId, List<Segment> segments, Duration cooldown,
        MatchMethod method, double matchScore, Instant matchedAt, @Nullable String matchedText,
        @Nullable Account account, @Nullable Long ruleVersion, @Nullable String campaign, @Nullable Integer priority,
        @Nullable LeadIntent intent) {

    public static final int SCHEMA_VERSION = 2;

    public TriggerMatch {
        requireNonNull(matchId, "matchId");
        requireNonNull(event, "event");
        requireNonNull(accountId, "accountId");
        requireNonNull(ruleId, "ruleId");
        segments = List.copyOf(segments);
        Ranges.requireFraction(matchScore, "matchScore");
    }

    /** A match with only the fields of schema version 1. */
    public TriggerMatch(int schemaVersion, String matchId, TriggerEvent event, String accountId, String accountName,
            AccountStatus accountStatus, String ruleId, List<Segment> segments, Duration cooldown, MatchMethod method,
            double matchScore, Instant matchedAt) {
        this(schemaVersion, matchId, event, accountId, accountName, accountStatus, ruleId, segments, cooldown, method,
                matchScore, matchedAt, null, null, null, null, null, null);
    }

    /** A match of {@code event} to {@code account} by {@code rule}, with everything the publisher needs. */
    public static TriggerMatch of(TriggerEvent event, Account account, TriggerRule rule, MatchMethod method,
            double matchScore, @Nullable String matchedText, Instant matchedAt) {
        return new TriggerMatch(SCHEMA_VERSION, idFor(event.eventId(), account.accountId(), rule.ruleId()), event,
                account.accountId(), account.name(), account.status(), rule.ruleId(), rule.segments(),
                rule.cooldown(), method, matchScore, matchedAt, matchedText, account, rule.version(),
                rule.campaign(), rule.priority(), rule.intent());
    }

    public static String idFor(String eventId, String accountId, String ruleId) {
        return TriggerEvent.Ids.hash(eventId + "\n" + accountId + "\n" + ruleId);
    }
}
