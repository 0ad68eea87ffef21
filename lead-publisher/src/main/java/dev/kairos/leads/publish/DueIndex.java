package dev.kairos.leads.publish;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The active leads of one stream task ordered by the instant of their next transition, so that a punctuation reads
 * only the leads that are due. It lives in memory: the {@link LeadTracker#OPEN} store already holds each lead's next
 * transition, so the index is rebuilt from it in one scan when the task's processor starts (also after a restore or a
 * rebalance), and writing a match costs no store write and no changelog record for it.
 */
final class DueIndex {

    /**
     * One active lead's place in the index.
     *
     * @param due epoch millis of its next transition
     * @param key its account and rule (the {@link LeadTracker#OPEN} key)
     * @param leadId the lead
     */
    record Entry(long due, String key, String leadId) {
    }

    private static final Comparator<Entry> ORDER = Comparator.comparingLong(Entry::due)
        .thenComparing(Entry::key)
        .thenComparing(Entry::leadId);

    private final NavigableSet<Entry> entries = new TreeSet<>(ORDER);

    void clear() {
        entries.clear();
    }

    void add(Instant due, String key, String leadId) {
        entries.add(new Entry(due.toEpochMilli(), key, leadId));
    }

    void remove(Instant due, String key, String leadId) {
        entries.remove(new Entry(due.toEpochMilli(), key, leadId));
    }

    /** The first {@code limit} entries due at or before {@code now}, earliest first, taken out of the index. */
    List<Entry> takeDue(Instant now, int limit) {
        List<Entry> due = new ArrayList<>();
        long upTo = now.toEpochMilli();
        while (due.size() < limit && !entries.isEmpty() && entries.first().due() <= upTo) {
            due.add(entries.pollFirst());
        }
        return due;
    }

    int size() {
        return entries.size();
    }
}
