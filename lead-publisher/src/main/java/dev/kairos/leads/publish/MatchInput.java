package dev.kairos.leads.publish;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.kairos.events.AccountStatus;
import dev.kairos.events.Lead;
import dev.kairos.events.LeadIntent;
import dev.kairos.events.MatchMethod;
import dev.kairos.events.Segment;
import dev.kairos.events.TriggerMatch;
import org.jspecify.annotations.Nullable;

/**
 * What a lead takes of a match on {@code trigger.matches}: the match's fields the lead and its rule need, and the
 * event as the trigger the lead will carry, its JSON already written. {@link MatchReader} reads it from the match's
 * JSON without building the event's records.
 *
 * @param matchId the match, so that a match seen again changes nothing
 * @param accountId the matched account
 * @param accountName its name in the CRM
 * @param accountStatus prospect or customer
 * @param ruleId the rule that accepted it
 * @param segments the rule's time segments
 * @param cooldown the rule's cooldown
 * @param method how the company was matched to the account
 * @param matchScore how sure the match is
 * @param matchedAt when the matcher made it
 * @param account what the lead shows of the account, when the match carried it
 * @param employees the account's employees, for the score's account fit
 * @param ruleVersion the version of the rule that accepted it
 * @param campaign the rule's campaign
 * @param intent the rule's lead intent ({@code NEW_BUSINESS} when the match has none)
 * @param eventId the trigger event
 * @param detectedAt when the event was found, for the end-to-end latency
 * @param trigger the event as the lead's trigger
 */
record MatchInput(String matchId, String accountId, @Nullable String accountName,
        @Nullable AccountStatus accountStatus, String ruleId, List<Segment> segments, Duration cooldown,
        @Nullable MatchMethod method, double matchScore, @Nullable Instant matchedAt,
        Lead.@Nullable AccountSummary account, @Nullable Integer employees, @Nullable Long ruleVersion,
        @Nullable String campaign, LeadIntent intent, String eventId, Instant detectedAt, LeadState.Trigger trigger) {

    MatchInput {
        requireNonNull(matchId, "matchId");
        requireNonNull(accountId, "accountId");
        requireNonNull(ruleId, "ruleId");
        requireNonNull(cooldown, "cooldown");
        requireNonNull(eventId, "eventId");
        requireNonNull(detectedAt, "detectedAt");
        requireNonNull(trigger, "trigger");
        segments = List.copyOf(segments);
    }

    /** The input of a match's records, as the shared mapping reads them (how tests and tools drive the tracker). */
    static MatchInput of(TriggerMatch match) {
        return new MatchInput(match.matchId(), match.accountId(), match.accountName(), match.accountStatus(),
                match.ruleId(), match.segments(), match.cooldown(), match.method(), match.matchScore(),
                match.matchedAt(), match.account() == null ? null : Lead.AccountSummary.of(match.account()),
                match.account() == null ? null : match.account().employees(), match.ruleVersion(), match.campaign(),
                match.intent() == null ? LeadIntent.NEW_BUSINESS : match.intent(), match.event().eventId(),
                match.event().detectedAt(), LeadState.Trigger.of(Lead.Trigger.of(match.event())));
    }

    /** When the event happened: the lead's segment follows it. */
    Instant occurredAt() {
        return trigger.scoring().occurredAt();
    }
}
