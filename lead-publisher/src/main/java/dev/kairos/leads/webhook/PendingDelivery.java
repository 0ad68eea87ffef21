package dev.kairos.leads.webhook;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import dev.kairos.events.Lead;
import org.jspecify.annotations.Nullable;

/**
 * One lead waiting to be delivered to its campaign's endpoint.
 *
 * @param lead the lead, sent as it was read
 * @param campaign the campaign whose endpoint receives it
 * @param enqueuedAt when it was read from {@code leads}
 * @param attempts how many attempts failed so far
 * @param firstAttemptAt when it was first tried, null before
 * @param lastError why the last attempt failed, null before
 */
record PendingDelivery(Lead lead, String campaign, Instant enqueuedAt, int attempts, @Nullable Instant firstAttemptAt,
        @Nullable String lastError) {

    PendingDelivery {
        requireNonNull(lead, "lead");
        requireNonNull(campaign, "campaign");
        requireNonNull(enqueuedAt, "enqueuedAt");
    }

    static PendingDelivery of(Lead lead, String campaign, Instant now) {
        return new PendingDelivery(lead, campaign, now, 0, null, null);
    }

    /**
     * The {@code webhook-id}, the lead's idempotency key: {@code <leadId>.<revision>}, or {@code <leadId>.<segment>}
     * for a lead of schema version 1, which has no revision.
     */
    String webhookId() {
        return webhookId(lead);
    }

    static String webhookId(Lead lead) {
        return lead.leadId() + "." + (lead.revision() != null ? lead.revision().toString() : lead.segment());
    }

    PendingDelivery failed(Instant now, String error) {
        return new PendingDelivery(lead, campaign, enqueuedAt, attempts + 1, firstAttemptAt == null ? now
                : firstAttemptAt, error);
    }
}
