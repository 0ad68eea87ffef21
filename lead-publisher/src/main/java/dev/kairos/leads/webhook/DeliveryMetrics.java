package dev.kairos.leads.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

/**
 * The delivery's meters, registered at start-up so that alerts see them before the first lead. The gauges add up what
 * each stream task last saw in its pending store.
 */
final class DeliveryMetrics {

    private final Counter delivered;

    private final Counter retried;

    private final Counter failed;

    private final Counter deadLetters;

    private final Counter unrouted;

    private final Clock clock;

    private final Map<String, Snapshot> tasks = new ConcurrentHashMap<>();

    DeliveryMetrics(MeterRegistry meters, Clock clock) {
        this.clock = clock;
        this.delivered = deliveries(meters, "delivered");
        this.retried = deliveries(meters, "retried");
        this.failed = deliveries(meters, "failed");
        this.deadLetters = Counter.builder("kairos.publisher.dead.letters")
            .description("Records written to a dead-letter topic, by the topic they came from")
            .tag("topic", "leads")
            .register(meters);
        this.unrouted = Counter.builder("kairos.publisher.webhook.unrouted")
            .description("Leads not delivered because no endpoint is set for their campaign")
            .register(meters);
        Gauge.builder("kairos.publisher.webhook.retry.queue", this, DeliveryMetrics::retryQueue)
            .description("Leads waiting for a retry: those of accounts whose first lead failed at least once")
            .register(meters);
        Gauge.builder("kairos.publisher.webhook.oldest.undelivered.age", this, DeliveryMetrics::oldestAgeSeconds)
            .description("Age of the oldest lead read but not yet delivered or dead-lettered")
            .baseUnit("seconds")
            .register(meters);
    }

    private static Counter deliveries(MeterRegistry meters, String outcome) {
        return Counter.builder("kairos.publisher.webhook.deliveries")
            .description("Webhook delivery attempts by outcome: delivered, retried (failed, tried again later), "
                    + "failed (given up, dead-lettered)")
            .tag("outcome", outcome)
            .register(meters);
    }

    void delivered() {
        delivered.increment();
    }

    void retried() {
        retried.increment();
    }

    void failed() {
        failed.increment();
        deadLetters.increment();
    }

    void unrouted() {
        unrouted.increment();
    }

    void snapshot(String task, long retryWaiting, @Nullable Instant oldestUndelivered) {
        tasks.put(task, new Snapshot(retryWaiting, oldestUndelivered));
    }

    void forget(String task) {
        tasks.remove(task);
    }

    double retryQueue() {
        return tasks.values().stream().mapToLong(Snapshot::retryWaiting).sum();
    }

    double oldestAgeSeconds() {
        Instant now = clock.instant();
        return tasks.values()
            .stream()
            .map(Snapshot::oldestUndelivered)
            .filter(oldest -> oldest != null)
            .map(oldest -> Duration.between(oldest, now).toMillis() / 1000.0)
            .max(Double::compare)
            .orElse(0.0);
    }

    private record Snapshot(long retryWaiting, @Nullable Instant oldestUndelivered) {
    }
}
