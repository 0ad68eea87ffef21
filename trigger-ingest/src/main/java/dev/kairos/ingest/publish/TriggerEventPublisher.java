package dev.kairos.ingest.publish;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.kairos.events.Company;
import dev.kairos.events.Evidence;
import dev.kairos.events.TriggerEvent;
import dev.kairos.events.Topics;
import dev.kairos.ingest.detect.Detection;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/** Publishes detections as {@link TriggerEvent}s on {@code trigger.events}, keyed by company. */
@Component
public class TriggerEventPublisher {

    private static final Logger log = LoggerFactory.getLogger(TriggerEventPublisher.class);

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private static final int MAX_SNIPPET_CHARS = 280;

    private final KafkaTemplate<String, TriggerEvent> kafka;

    private final Clock clock;

    private final MeterRegistry meters;

    TriggerEventPublisher(KafkaTemplate<String, TriggerEvent> kafka, Clock clock, MeterRegistry meters) {
        this.kafka = kafka;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * Publishes one detection found in an item and waits for the broker's acknowledgement.
     *
     * @param itemKey identifies the item within all sources, e.g. {@code <sourceId>|<guid>}
     * @param occurredAt when the source dates the item; now when it does not
     * @return whether the broker acknowledged the event
     */
    public boolean publish(String itemKey, Detection detection, @Nullable Instant occurredAt, Evidence evidence) {
        String companyName = detection.company();
        if (companyName == null || companyName.isBlank()) {
            meters.counter("kairos.ingest.triggers.unattributed", "type", detection.type().name()).increment();
            return false;
        }
        Instant now = clock.instant();
        TriggerEvent event = new TriggerEvent(TriggerEvent.SCHEMA_VERSION,
                TriggerEvent.idFor(itemKey, detection.type()), 1, Company.named(companyName), detection.details(),
                occurredAt == null || occurredAt.isAfter(now) ? now : occurredAt, now, detection.confidence(),
                shortened(evidence));
        return publish(event);
    }

    /** Publishes a complete event and waits for the broker's acknowledgement. */
    public boolean publish(TriggerEvent event) {
        try {
            kafka.send(Topics.TRIGGER_EVENTS.name(), event.company().key(), event)
                .get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            meters.counter("kairos.ingest.triggers", "type", event.type().name()).increment();
            return true;
        }
        catch (ExecutionException | TimeoutException ex) {
            meters.counter("kairos.ingest.publish.failures").increment();
            log.error("Could not publish {} event {} for {}: {}", event.type(), event.eventId(),
                    event.company().name(), ex.getMessage());
            return false;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Evidence shortened(Evidence evidence) {
        String snippet = evidence.snippet();
        if (snippet == null || snippet.length() <= MAX_SNIPPET_CHARS) {
            return evidence;
        }
        return new Evidence(evidence.source(), evidence.url(), evidence.title(),
                snippet.substring(0, MAX_SNIPPET_CHARS - 1) + "…");
    }
}
