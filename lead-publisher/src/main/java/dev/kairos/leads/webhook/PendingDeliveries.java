package dev.kairos.leads.webhook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One account's leads waiting for delivery, oldest first: only the first is ever in flight, so an account's leads
 * arrive in the order they were written, and a lead being retried holds back the later ones of its account.
 *
 * @param queue the waiting leads, the one in flight or being retried first
 * @param nextAttemptAt when the first is due
 */
record PendingDeliveries(List<PendingDelivery> queue, Instant nextAttemptAt) {

    PendingDeliveries {
        queue = List.copyOf(queue);
        if (queue.isEmpty()) {
            throw new IllegalArgumentException("an account without pending deliveries has no entry");
        }
    }

    PendingDelivery head() {
        return queue.getFirst();
    }

    PendingDeliveries append(PendingDelivery delivery) {
        List<PendingDelivery> longer = new ArrayList<>(queue);
        longer.add(delivery);
        return new PendingDeliveries(longer, nextAttemptAt);
    }

    boolean holds(String webhookId) {
        return queue.stream().anyMatch(delivery -> delivery.webhookId().equals(webhookId));
    }
}
