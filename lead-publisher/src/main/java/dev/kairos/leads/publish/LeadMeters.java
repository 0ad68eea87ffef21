package dev.kairos.leads.publish;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import dev.kairos.events.Lead;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The publisher's lead meters, registered once (the ones alerts use at start-up, zero-valued) and cached, so that the
 * stream threads do not look them up per record.
 */
public final class LeadMeters {

    /** Why a lead revision was written. */
    enum Cause {
        NEW, MERGED, AGED;

        String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final MeterRegistry registry;

    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    /** Active leads per stream task, so that a task moving to another instance takes its count along. */
    private final Map<String, AtomicLong> active = new ConcurrentHashMap<>();

    private final DistributionSummary score;

    private final Timer latency;

    public LeadMeters(MeterRegistry registry) {
        this.registry = registry;
        this.score = DistributionSummary.builder("kairos.publisher.lead.score")
            .description("score of every lead revision written")
            .publishPercentileHistogram()
            .minimumExpectedValue(0.01)
            .maximumExpectedValue(1.0)
            .register(registry);
        this.latency = Timer.builder("kairos.publisher.end.to.end.latency")
            .description("from the event's detection to its lead written")
            .publishPercentileHistogram()
            .register(registry);
        Gauge.builder("kairos.publisher.leads.active", active,
                tasks -> tasks.values().stream().mapToLong(AtomicLong::get).sum())
            .description("leads still moving through their rule's segments")
            .register(registry);
        for (String outcome : new String[] { "new", "merged", "duplicate", "too_old" }) {
            counter("kairos.publisher.matches", "outcome", outcome);
        }
        for (Cause cause : Cause.values()) {
            counter("kairos.publisher.leads", "segment", "hot", "status", "ACTIVE", "cause", cause.tag());
        }
        counter("kairos.publisher.leads", "segment", "expired", "status", "EXPIRED", "cause", Cause.AGED.tag());
    }

    void written(Lead lead, Cause cause) {
        counter("kairos.publisher.leads", "segment", lead.segment(), "status", String.valueOf(lead.status()), "cause",
                cause.tag()).increment();
        score.record(lead.score());
    }

    void match(String outcome) {
        counter("kairos.publisher.matches", "outcome", outcome).increment();
    }

    void latency(Duration sinceDetection) {
        latency.record(sinceDetection.isNegative() ? Duration.ZERO : sinceDetection);
    }

    AtomicLong activeOf(String task) {
        return active.computeIfAbsent(task, ignored -> new AtomicLong());
    }

    void forget(String task) {
        active.remove(task);
    }

    private Counter counter(String name, String... tags) {
        return counters.computeIfAbsent(name + String.join("\n", tags), ignored -> Counter.builder(name)
            .tags(tags)
            .register(registry));
    }
}
