package dev.kairos.leads.api;

import java.time.Instant;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;

import dev.kairos.events.Lead;
import dev.kairos.leads.publish.LeadHistory;
import org.jspecify.annotations.Nullable;

/**
 * Which leads a reader asks for: each filter is optional; a lead is judged by its latest revision. Results come newest
 * first (by when that revision was written), a page at a time.
 *
 * @param campaign the rule's campaign
 * @param segment the current segment, e.g. {@code hot} or {@code expired}
 * @param accountId the account
 * @param status {@code ACTIVE} or {@code EXPIRED}
 * @param since only leads whose latest revision was written at or after this instant
 * @param page the page, from 0
 * @param size leads per page
 */
record LeadQuery(@Nullable String campaign, @Nullable String segment, @Nullable String accountId,
        Lead.@Nullable Status status, @Nullable Instant since, int page, int size) {

    static final Comparator<Lead> NEWEST_FIRST = Comparator.comparing(Lead::emittedAt)
        .reversed()
        .thenComparing(Lead::leadId);

    LeadQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more: " + page);
        }
        if (size < 1 || size > 500) {
            throw new IllegalArgumentException("size must be 1 to 500: " + size);
        }
    }

    boolean accepts(Lead lead) {
        return (campaign == null || campaign.equals(lead.campaign()))
                && (segment == null || segment.equals(lead.segment()))
                && (accountId == null || accountId.equals(lead.accountId()))
                && (status == null || status == lead.status())
                && (since == null || !lead.emittedAt().isBefore(since));
    }

    /**
     * One page of the leads that pass, and how many pass in all. Only the leads up to the end of the page are kept in
     * memory, whatever the store holds.
     */
    LeadPage select(Iterator<LeadHistory> histories) {
        int keep = (page + 1) * size;
        PriorityQueue<Lead> best = new PriorityQueue<>(NEWEST_FIRST.reversed());
        long total = 0;
        while (histories.hasNext()) {
            Lead lead = histories.next().latest();
            if (accepts(lead)) {
                total++;
                best.add(lead);
                if (best.size() > keep) {
                    best.poll();
                }
            }
        }
        List<Lead> sorted = best.stream().sorted(NEWEST_FIRST).toList();
        List<Lead> items = sorted.size() <= page * size ? List.of() : sorted.subList(page * size, sorted.size());
        return new LeadPage(items, page, size, total);
    }
}
