package dev.kairos.leads.publish;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kairos.events.Account;
import dev.kairos.events.Lead;
import dev.kairos.events.Segment;
import dev.kairos.events.TriggerDetails;
import dev.kairos.leads.score.LeadScorer;
import org.jspecify.annotations.Nullable;

/**
 * An active lead as the publisher keeps it: the revision last written, and what it needs to merge, age and re-score
 * it without any other input.
 *
 * <p>
 * The lead's triggers are kept as the JSON the lead carries them in, with what scoring needs of each: merging a
 * trigger, re-scoring and writing the lead again neither read nor write the earlier triggers' records, which are most
 * of a lead's bytes.
 *
 * @param head the revision last written, without its triggers and their evidence (see {@link #triggers})
 * @param triggers every trigger merged into the lead, oldest first
 * @param segments the rule's segments, from its newest match
 * @param cooldown the rule's cooldown, from its newest match
 * @param anchor when the trigger that started the lead happened: triggers within the cooldown of it merge
 * @param matchIds every match merged into the lead, so that a match seen again changes nothing
 * @param employees the account's employees as its newest match knew them, for the score's account fit (the rest of
 *     what the match knew of the account is in the head's summary)
 * @param nextTransition when the lead is due for its next segment (or to expire)
 */
record LeadState(Lead head, List<Trigger> triggers, List<Segment> segments, Duration cooldown, Instant anchor,
        Set<String> matchIds, @Nullable Integer employees, Instant nextTransition) {

    /** Oldest first; triggers that happened at the same time in the order of their event ids. */
    static final Comparator<Trigger> CHRONOLOGICAL = Comparator.comparing((Trigger trigger) -> trigger.scoring()
        .occurredAt()).thenComparing(Trigger::eventId);

    LeadState {
        if (triggers.isEmpty()) {
            throw new IllegalArgumentException("an open lead has at least one trigger: " + head.leadId());
        }
        triggers = List.copyOf(triggers);
        segments = List.copyOf(segments);
        matchIds = Set.copyOf(matchIds);
    }

    /**
     * Reads the state as this version writes it, and as versions before it did: they kept the whole revision
     * ({@code lead}) with its triggers, and the whole {@code account}, so that open leads carry on after an upgrade.
     */
    @JsonCreator
    static LeadState read(@JsonProperty("head") @Nullable Lead head,
            @JsonProperty("triggers") @Nullable List<Trigger> triggers, @JsonProperty("lead") @Nullable Lead lead,
            @JsonProperty("segments") List<Segment> segments, @JsonProperty("cooldown") Duration cooldown,
            @JsonProperty("anchor") Instant anchor, @JsonProperty("matchIds") Set<String> matchIds,
            @JsonProperty("employees") @Nullable Integer employees,
            @JsonProperty("account") @Nullable Account account,
            @JsonProperty("nextTransition") Instant nextTransition) {
        if (head == null || triggers == null) {
            if (lead == null) {
                throw new IllegalArgumentException("an open lead's state has neither head and triggers nor lead");
            }
            head = headOf(lead);
            triggers = lead.triggers().stream().map(Trigger::of).toList();
            employees = account == null ? null : account.employees();
        }
        return new LeadState(head, triggers, segments, cooldown, anchor, matchIds, employees, nextTransition);
    }

    /**
     * The lead as the state keeps its head: without its triggers and their evidence (kept as {@link #triggers}) and
     * without its score breakdown, which every write works out again, so that the state read and written for every
     * match stays small.
     */
    static Lead headOf(Lead lead) {
        return new Lead(lead.schemaVersion(), lead.leadId(), lead.accountId(), lead.accountName(),
                lead.accountStatus(), lead.ruleId(), lead.triggerType(), lead.eventId(), lead.segment(), lead.score(),
                lead.occurredAt(), lead.validFrom(), lead.validUntil(), List.of(), lead.emittedAt(), lead.revision(),
                lead.status(), lead.campaign(), lead.account(), List.of(), lead.matchMethod(), lead.matchScore(),
                List.of(), lead.person(), lead.ruleVersion(), lead.intent());
    }

    /** The newest trigger: it decides the lead's segment. */
    Trigger newest() {
        return triggers.getLast();
    }

    /** The same lead, due for its next transition at {@code next}. */
    LeadState dueAt(Instant next) {
        return new LeadState(head, triggers, segments, cooldown, anchor, matchIds, employees, next);
    }

    /**
     * One trigger of a lead.
     *
     * @param eventId its event
     * @param scoring what the score takes of it
     * @param person for an executive move that names one: the person and role
     * @param json the trigger as the lead's {@code triggers} carry it
     * @param evidence its evidence as the lead's {@code evidence} carries it
     */
    record Trigger(String eventId, LeadScorer.TriggerInput scoring, Lead.@Nullable Person person, byte[] json,
            byte[] evidence) {

        static Trigger of(Lead.Trigger trigger) {
            return of(trigger.eventId(), trigger.details(), trigger.confidence(), trigger.occurredAt(),
                    LeadJson.write(trigger), LeadJson.write(trigger.evidence()));
        }

        /** A trigger whose JSON and evidence's JSON are already written. */
        static Trigger of(String eventId, TriggerDetails details, double confidence, Instant occurredAt, byte[] json,
                byte[] evidence) {
            return new Trigger(eventId, LeadScorer.TriggerInput.of(details, confidence, occurredAt), person(details),
                    json, evidence);
        }

        private static Lead.@Nullable Person person(TriggerDetails details) {
            return switch (details) {
                case TriggerDetails.ExecutiveHire hire when hire.person() != null ->
                    new Lead.Person(hire.person(), hire.role(), hire.roleCategory(), true);
                case TriggerDetails.LeadershipDeparture departure when departure.person() != null ->
                    new Lead.Person(departure.person(), departure.role(), departure.roleCategory(), false);
                default -> null;
            };
        }
    }
}
