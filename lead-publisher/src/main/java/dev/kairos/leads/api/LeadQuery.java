package dev.kairos.leads.api;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;

import dev.kairos.events.Lead;
import org.jspecify.annotations.Nullable;

/**
 * Which leads a reader asks for: each filter is optional; a lead is judged by its latest revision. Results come newest
 * first (by when that revision was written, then by lead id, so that the order is total), a page at a time.
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

    /** How many leads, from the first, it takes to fill this page: what each instance contributes. */
    int window() {
        return (int) Math.min(Integer.MAX_VALUE, ((long) page + 1) * size);
    }

    /**
     * The leads that pass, from the first to the end of this page, and how many pass in all. Only those leads are
     * kept in memory, whatever the store holds.
     *
     * @param latest each lead's latest revision, each lead once
     */
    LeadWindow collect(Iterator<Lead> latest) {
        int keep = window();
        PriorityQueue<Lead> best = new PriorityQueue<>(NEWEST_FIRST.reversed());
        long total = 0;
        while (latest.hasNext()) {
            Lead lead = latest.next();
            if (accepts(lead)) {
                total++;
                best.add(lead);
                if (best.size() > keep) {
                    best.poll();
                }
            }
        }
        return new LeadWindow(best.stream().sorted(NEWEST_FIRST).toList(), total);
    }

    /** The windows of disjoint sets of leads (partitions, instances) as one. */
    LeadWindow merge(Collection<LeadWindow> windows) {
        long total = windows.stream().mapToLong(LeadWindow::total).sum();
        List<Lead> leads = windows.stream()
            .flatMap(window -> window.leads().stream())
            .sorted(NEWEST_FIRST)
            .limit(window())
            .toList();
        return new LeadWindow(leads, total);
    }

    /** This page of the window. */
    LeadPage page(LeadWindow window) {
        List<Lead> leads = window.leads();
        long from = (long) page * size;
        List<Lead> items = leads.size() <= from ? List.of()
                : leads.subList((int) from, Math.min(leads.size(), window()));
        return new LeadPage(items, page, size, window.total());
    }

    /**
     * The leads that pass a query from the first up to the end of its page, newest first, and how many pass in all.
     *
     * @param leads newest first, at most {@link #window()} of them
     * @param total how many leads pass the filters in all
     */
    record LeadWindow(List<Lead> leads, long total) {

        LeadWindow {
            leads = List.copyOf(leads);
        }
    }
}
