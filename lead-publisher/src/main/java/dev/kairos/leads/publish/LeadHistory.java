package dev.kairos.leads.publish;

import java.util.List;

import dev.kairos.events.Lead;

/**
 * Every revision a lead went through, oldest first: what the read API answers for one lead.
 *
 * @param leadId the lead
 * @param revisions its revisions as written to {@code leads}, oldest first
 */
public record LeadHistory(String leadId, List<Lead> revisions) {

    public LeadHistory {
        revisions = List.copyOf(revisions);
        if (revisions.isEmpty()) {
            throw new IllegalArgumentException("a lead history has at least one revision: " + leadId);
        }
    }

    /** The revision last written. */
    public Lead latest() {
        return revisions.getLast();
    }

}
