package dev.kairos.leads.publish;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import dev.kairos.events.Lead;
import dev.kairos.events.LeadIntent;
import dev.kairos.events.Segment;
import dev.kairos.leads.score.LeadScorer;
import dev.kairos.leads.segment.Segments;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jspecify.annotations.Nullable;

/**
 * Keeps one lead per account, rule and cooldown, and writes a revision of it whenever it changes: a new trigger merged
 * in, its newest trigger aged into the rule's next segment, or out of the last one ({@code EXPIRED}).
 *
 * <p>
 * The {@value #OPEN} store keeps an account's open leads of one rule under one key, so that the merge look-up for a
 * match is a single read (usually of one lead), not a range scan.
 *
 * <p>
 * Ageing runs on wall-clock punctuation. So that a punctuation reads only the leads that are due, not every lead, a
 * {@link DueIndex} in memory orders each active lead by the instant of its next transition; it is rebuilt from the
 * {@value #OPEN} store (which holds each lead's next transition) when the processor starts. The {@value #TRANSITIONS}
 * store holds what must outlive the lead: when to forget an expired lead's history. Its keys are the zero-padded
 * epoch millis, then the entry, so a range read up to now finds exactly the due ones.
 */
final class LeadTracker implements Processor<String, MatchInput, String, LeadRevision> {

    /** Account and rule → the open (active) leads of that account and rule. */
    static final String OPEN = "open-leads";

    /**
     * Due instant (zero-padded epoch millis), kind and lead id → kind and lead id; see {@link #forgetLater}. Only
     * {@value #FORGET} entries are written; {@value #AGE} entries of versions that indexed ageing here are dropped
     * when due (the {@link DueIndex} has them).
     */
    static final String TRANSITIONS = "lead-transitions";

    /**
     * Lead id and revision → that revision's JSON, for the read API. One entry per revision, so that writing a
     * revision never rewrites the ones before it.
     */
    static final String HISTORY = "lead-history";

    /**
     * At most this many due leads, and as many expired histories, per punctuation, so that one transaction stays
     * small; the rest come next.
     */
    static final int MAX_DUE_PER_PUNCTUATION = 10_000;

    private static final String AGE = "age";

    private static final String FORGET = "forget";

    private static final char SEPARATOR = '\n';

    private final LeadScorer scorer;

    private final Clock clock;

    private final LeadMeters meters;

    private final Duration ageingInterval;

    private final Duration historyRetention;

    private ProcessorContext<String, LeadRevision> context;

    private KeyValueStore<String, OpenLeads> open;

    private KeyValueStore<String, String> transitions;

    private KeyValueStore<String, byte[]> history;

    private AtomicLong activeCount;

    /** This task's active leads by their next transition; rebuilt in {@link #init}. */
    private final DueIndex due = new DueIndex();

    private String task;

    LeadTracker(LeadScorer scorer, Clock clock, LeadMeters meters, Duration ageingInterval,
            Duration historyRetention) {
        this.scorer = scorer;
        this.clock = clock;
        this.meters = meters;
        this.ageingInterval = ageingInterval;
        this.historyRetention = historyRetention;
    }

    @Override
    public void init(ProcessorContext<String, LeadRevision> context) {
        this.context = context;
        this.open = context.getStateStore(OPEN);
        this.transitions = context.getStateStore(TRANSITIONS);
        this.history = context.getStateStore(HISTORY);
        this.task = context.taskId().toString();
        this.activeCount = meters.activeOf(task);
        // counted once when the task starts (its store may have been restored); kept up to date from then on
        // init runs again whenever the task is (re)initialised, after a restore too: the index starts from the store
        due.clear();
        long count = 0;
        try (KeyValueIterator<String, OpenLeads> all = open.all()) {
            while (all.hasNext()) {
                KeyValue<String, OpenLeads> entry = all.next();
                for (LeadState lead : entry.value.leads()) {
                    due.add(lead.nextTransition(), entry.key, lead.head().leadId());
                    count++;
                }
            }
        }
        activeCount.set(count);
        context.schedule(ageingInterval, PunctuationType.WALL_CLOCK_TIME, ignored -> age());
    }

    @Override
    public void process(Record<String, MatchInput> record) {
        MatchInput match = record.value();
        if (match == null) {
            return;
        }
        Instant now = clock.instant();
        String key = match.accountId() + SEPARATOR + match.ruleId();
        OpenLeads stored = open.get(key);
        List<LeadState> leads = stored == null ? List.of() : stored.leads();
        int merging = -1;
        for (int i = 0; i < leads.size(); i++) {
            LeadState lead = leads.get(i);
            if (lead.matchIds().contains(match.matchId())) {
                meters.match("duplicate");
                return;
            }
            Duration apart = Duration.between(lead.anchor(), match.occurredAt()).abs();
            if (merging < 0 && apart.compareTo(lead.cooldown()) <= 0) {
                merging = i;
            }
        }
        if (merging >= 0) {
            LeadState state = leads.get(merging);
            meters.match("merged");
            write(new Open(key, leads, merging, state.nextTransition()), merge(state, match, now), now,
                    LeadMeters.Cause.MERGED, record.timestamp(), record.headers());
            meters.latency(Duration.between(match.detectedAt(), now));
            return;
        }
        if (Segments.place(match.occurredAt(), now, match.segments()).isEmpty()) {
            meters.match("too_old");
            return;
        }
        String leadId = Lead.idFor(match.accountId(), match.ruleId(), match.eventId());
        LeadState started = start(leadId, match);
        activeCount.incrementAndGet();
        meters.match("new");
        write(new Open(key, leads, -1, null), started, now, LeadMeters.Cause.NEW, record.timestamp(),
                record.headers());
        meters.latency(Duration.between(match.detectedAt(), now));
    }

    private static LeadState start(String leadId, MatchInput match) {
        LeadState.Trigger trigger = match.trigger();
        Instant occurredAt = trigger.scoring().occurredAt();
        Lead first = new Lead(Lead.SCHEMA_VERSION, leadId, match.accountId(), match.accountName(),
                match.accountStatus(), match.ruleId(), trigger.scoring().type(), trigger.eventId(), "new", 0,
                occurredAt, occurredAt, occurredAt, List.of(), match.matchedAt(), null, Lead.Status.ACTIVE,
                match.campaign(), match.account(), List.of(), match.method(), match.matchScore(), List.of(),
                trigger.person(), match.ruleVersion(), match.intent());
        return new LeadState(first, List.of(trigger), match.segments(), match.cooldown(), occurredAt,
                Set.of(match.matchId()), match.employees(), occurredAt);
    }

    /** The lead with the match's trigger added; the newest trigger decides the segment, the newest match the rule. */
    private static LeadState merge(LeadState state, MatchInput match, Instant now) {
        Lead lead = state.head();
        LeadState.Trigger trigger = match.trigger();
        List<LeadState.Trigger> triggers = new ArrayList<>(state.triggers());
        triggers.removeIf(existing -> existing.eventId().equals(trigger.eventId()));
        triggers.add(trigger);
        triggers.sort(LeadState.CHRONOLOGICAL);
        boolean newest = triggers.getLast() == trigger;
        Set<String> matchIds = new HashSet<>(state.matchIds());
        matchIds.add(match.matchId());
        Lead merged = new Lead(lead.schemaVersion(), lead.leadId(), lead.accountId(),
                newest ? match.accountName() : lead.accountName(),
                newest ? match.accountStatus() : lead.accountStatus(), lead.ruleId(), lead.triggerType(),
                lead.eventId(), lead.segment(), lead.score(), lead.occurredAt(), lead.validFrom(), lead.validUntil(),
                List.of(), now, lead.revision(), lead.status(),
                match.campaign() != null ? match.campaign() : lead.campaign(),
                newest && match.account() != null ? match.account() : lead.account(), List.of(),
                newest ? match.method() : lead.matchMethod(), newest ? match.matchScore() : lead.matchScore(),
                List.of(), person(triggers), match.ruleVersion(), match.intent());
        return new LeadState(merged, triggers, match.segments(), match.cooldown(), state.anchor(), matchIds,
                newest && match.account() != null ? match.employees() : state.employees(), state.nextTransition());
    }

    /** Active leads in the due index. */
    int indexed() {
        return due.size();
    }

    /** Wall-clock punctuation: re-emits the leads due for their next segment, forgets expired leads' history. */
    void age() {
        Instant now = clock.instant();
        List<KeyValue<String, String>> expired = new ArrayList<>();
        try (KeyValueIterator<String, String> range = transitions.range(instantKey(0),
                instantKey(now.toEpochMilli() + 1))) {
            while (range.hasNext() && expired.size() < MAX_DUE_PER_PUNCTUATION) {
                expired.add(range.next());
            }
        }
        for (KeyValue<String, String> entry : expired) {
            transitions.delete(entry.key);
            int split = entry.value.indexOf(SEPARATOR);
            if (entry.value.substring(0, split).equals(FORGET)) {
                List<String> revisions = new ArrayList<>();
                try (KeyValueIterator<String, byte[]> all = history.prefixScan(entry.value.substring(split + 1)
                        + SEPARATOR, new StringSerializer())) {
                    all.forEachRemaining(revision -> revisions.add(revision.key));
                }
                revisions.forEach(history::delete);
            }
        }
        for (DueIndex.Entry entry : due.takeDue(now, MAX_DUE_PER_PUNCTUATION)) {
            OpenLeads stored = open.get(entry.key());
            List<LeadState> leads = stored == null ? List.of() : stored.leads();
            for (int i = 0; i < leads.size(); i++) {
                if (leads.get(i).head().leadId().equals(entry.leadId())) {
                    // the record's time is the real wall clock: a demo clock may run ahead, and brokers refuse
                    // timestamps far in the future; the entry is already out of the index, so nothing is unindexed
                    write(new Open(entry.key(), leads, i, null), leads.get(i), now, LeadMeters.Cause.AGED,
                            context.currentSystemTimeMs(), new RecordHeaders());
                    break;
                }
            }
        }
    }

    /**
     * Where a lead sits in the {@value #OPEN} store.
     *
     * @param key account and rule
     * @param leads the open leads stored under the key
     * @param position the lead's place among them; -1 for a lead not stored yet
     * @param indexed the instant the lead is indexed under in the {@link DueIndex}; null when it is not (new, or its
     *     entry was just taken out as due)
     */
    private record Open(String key, List<LeadState> leads, int position, @Nullable Instant indexed) {
    }

    /**
     * Writes the lead's revision for {@code now}: placed by its newest trigger's age, re-scored, indexed for its next
     * transition; or, past the rule's last segment, {@code EXPIRED} and no longer active.
     *
     * @param headers the match's headers when a match caused the revision, so that its trace context goes on with the
     *     lead; none for a revision that ageing caused
     */
    private void write(Open at, LeadState state, Instant now, LeadMeters.Cause cause, long timestamp,
            Headers headers) {
        Lead lead = state.head();
        String leadId = lead.leadId();
        LeadScorer.TriggerInput newest = state.newest().scoring();
        Optional<Segments.Placement> placement = Segments.place(newest.occurredAt(), now, state.segments());
        String segment;
        Instant validFrom;
        Instant validUntil;
        Lead.Status status = Lead.Status.ACTIVE;
        if (placement.isPresent()) {
            segment = placement.get().segment().name();
            validFrom = placement.get().validFrom();
            validUntil = placement.get().validUntil();
        }
        else {
            Optional<Instant> next = Segments.nextStart(newest.occurredAt(), now, state.segments());
            if (next.isPresent()) {
                // a gap between two of the rule's segments: the lead stays where it was until the next one starts
                if (cause == LeadMeters.Cause.AGED) {
                    reindex(at, next.get(), leadId);
                    keep(at, state.dueAt(next.get()));
                    return;
                }
                segment = lead.segment();
                validFrom = lead.validFrom();
                validUntil = next.get();
            }
            else {
                segment = Segment.EXPIRED;
                validFrom = Segments.end(newest.occurredAt(), state.segments());
                validUntil = validFrom;
                status = Lead.Status.EXPIRED;
            }
        }
        if (cause == LeadMeters.Cause.AGED && segment.equals(lead.segment()) && status == lead.status()) {
            // due early (the clock went back, or the index was behind): nothing changed, look again when due
            reindex(at, validUntil, leadId);
            keep(at, state.dueAt(validUntil));
            return;
        }
        List<LeadScorer.TriggerInput> scoring = new ArrayList<>(state.triggers().size());
        for (LeadState.Trigger trigger : state.triggers()) {
            scoring.add(trigger.scoring());
        }
        Lead.AccountSummary account = lead.account();
        LeadScorer.Score score = scorer.score(new LeadScorer.Input(scoring, account == null ? null : account.tier(),
                state.employees(), lead.accountStatus(),
                lead.intent() == null ? LeadIntent.NEW_BUSINESS : lead.intent(),
                lead.matchScore() == null ? 0 : lead.matchScore()), now);
        int number = lead.revision() == null ? 1 : lead.revision() + 1;
        Lead revision = new Lead(Lead.SCHEMA_VERSION, lead.leadId(), lead.accountId(), lead.accountName(),
                lead.accountStatus(), lead.ruleId(), newest.type(), state.newest().eventId(), segment, score.value(),
                newest.occurredAt(), validFrom, validUntil, List.of(), now, number, status, lead.campaign(),
                lead.account(), List.of(), lead.matchMethod(), lead.matchScore(), score.parts(), lead.person(),
                lead.ruleVersion(), lead.intent());
        byte[] json = LeadJson.write(revision, state.triggers());
        if (status == Lead.Status.EXPIRED) {
            if (at.indexed() != null) {
                due.remove(at.indexed(), at.key(), leadId);
            }
            keep(at, null);
            activeCount.decrementAndGet();
            forgetLater(now.plus(historyRetention), lead.leadId());
        }
        else {
            keep(at, new LeadState(LeadState.headOf(revision), state.triggers(), state.segments(), state.cooldown(),
                    state.anchor(), state.matchIds(), state.employees(), validUntil));
            reindex(at, validUntil, leadId);
        }
        history.put(historyKey(leadId, number), json);
        meters.written(revision, cause);
        context.forward(new Record<>(lead.accountId(),
                new LeadRevision(leadId, number, lead.accountId(), lead.campaign(), now, json), timestamp, headers));
    }

    /** Stores the lead in its place among the open leads of its account and rule, or removes it when null. */
    private void keep(Open at, @Nullable LeadState state) {
        List<LeadState> leads = new ArrayList<>(at.leads());
        if (state == null) {
            if (at.position() >= 0) {
                leads.remove(at.position());
            }
        }
        else if (at.position() < 0) {
            leads.add(state);
        }
        else {
            leads.set(at.position(), state);
        }
        if (leads.isEmpty()) {
            open.delete(at.key());
        }
        else {
            open.put(at.key(), new OpenLeads(leads));
        }
    }

    /** Indexes the lead under {@code next}, unless it is indexed there already (a merge that changed no segment). */
    private void reindex(Open at, Instant next, String leadId) {
        if (next.equals(at.indexed())) {
            return;
        }
        if (at.indexed() != null) {
            due.remove(at.indexed(), at.key(), leadId);
        }
        due.add(next, at.key(), leadId);
    }

    /** Keeps the expired lead's history until {@code when}, even across restarts. */
    private void forgetLater(Instant when, String leadId) {
        String value = FORGET + SEPARATOR + leadId;
        transitions.put(instantKey(when.toEpochMilli()) + SEPARATOR + value, value);
    }

    /** Lead id, then the revision zero-padded, so that a lead's revisions sort in order after one another. */
    static String historyKey(String leadId, int revision) {
        String digits = Integer.toString(revision);
        // as String.format("%010d") would, without parsing a format for every revision
        return leadId + SEPARATOR + "0".repeat(Math.max(0, 10 - digits.length())) + digits;
    }

    /** Sorts as the instant does: 15 digits reach the year 33658. */
    static String instantKey(long epochMillis) {
        return String.format("%015d", Math.max(0, epochMillis));
    }

    /** The person of the newest executive move among the triggers, if any. */
    private static Lead.@Nullable Person person(List<LeadState.Trigger> triggers) {
        for (LeadState.Trigger trigger : triggers.reversed()) {
            if (trigger.person() != null) {
                return trigger.person();
            }
        }
        return null;
    }

    @Override
    public void close() {
        meters.forget(task);
    }
}
