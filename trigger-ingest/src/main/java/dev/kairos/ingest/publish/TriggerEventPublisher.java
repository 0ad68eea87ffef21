package dev.kairos.ingest.publish;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.kairos.events.Company;
import dev.kairos.events.Evidence;
import dev.kairos.events.Json;
import dev.kairos.events.TriggerEvent;
import dev.kairos.events.TriggerType;
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

    private final PublishedEvents published;

    TriggerEventPublisher(KafkaTemplate<String, TriggerEvent> kafka, Clock clock, MeterRegistry meters,
            PublishedEvents published) {
        this.kafka = kafka;
        this.clock = clock;
        this.meters = meters;
        this.published = published;
        // registered before the first event, so that dashboards and alerts see zeros rather than nothing
        for (String outcome : new String[] { "published", "revised", "duplicate" }) {
            meters.counter("kairos.ingest.events", "outcome", outcome);
        }
        for (TriggerType type : TriggerType.values()) {
            meters.counter("kairos.ingest.triggers", "type", type.name());
            meters.counter("kairos.ingest.triggers.unattributed", "type", type.name());
        }
        meters.counter("kairos.ingest.publish.failures");
    }


    /** What became of a detection. */
    public enum Outcome {
        PUBLISHED, REVISED, DUPLICATE, UNATTRIBUTED, FAILED
    }

    /**
     * A detection's fate and, unless it had no company, the event it is.
     *
     * @param outcome what became of it
     * @param event the event's id, revision and details hash
     */
    public record Result(Outcome outcome, PublishedEvents.@Nullable Published event) {
    }

    /**
     * Publishes one detection as an event whose id is its {@link EventIdentity}, and waits for the broker. A report of
     * an event already published with the same details is a duplicate; with other details, the next revision.
     *
     * @param occurredAt when the source dates the item; now when it does not (or dates it in the future)
     */
    public Result publish(Detection detection, @Nullable Instant occurredAt, Evidence evidence) {
        String companyName = detection.company();
        if (companyName == null || companyName.isBlank()) {
            meters.counter("kairos.ingest.triggers.unattributed", "type", detection.type().name()).increment();
            return new Result(Outcome.UNATTRIBUTED, null);
        }
        Instant now = clock.instant();
        Instant occurred = occurredAt == null || occurredAt.isAfter(now) ? now : occurredAt;
        Company company = Company.named(companyName);
        String eventId = EventIdentity.eventIdOf(company, detection.details(), occurred);
        PublishedEvents.Decision decision = published.decide(eventId,
                PublishedEvents.fingerprint(company.name() + "\n" + Json.write(detection.details())));
        if (decision.duplicate()) {
            meters.counter("kairos.ingest.events", "outcome", "duplicate").increment();
            return new Result(Outcome.DUPLICATE, decision.next());
        }
        TriggerEvent event = new TriggerEvent(TriggerEvent.SCHEMA_VERSION, eventId, decision.next().revision(),
                company, detection.details(), occurred, now, detection.confidence(), shortened(evidence));
        if (!publish(event)) {
            published.undo(decision);
            return new Result(Outcome.FAILED, null);
        }
        boolean revised = decision.previous() != null;
        meters.counter("kairos.ingest.events", "outcome", revised ? "revised" : "published").increment();
        return new Result(revised ? Outcome.REVISED : Outcome.PUBLISHED, decision.next());
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
