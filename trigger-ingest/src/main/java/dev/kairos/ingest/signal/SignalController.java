package dev.kairos.ingest.signal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.kairos.events.Json;
import dev.kairos.events.TriggerEvent;
import dev.kairos.events.TriggerType;
import dev.kairos.ingest.InvalidRequestException;
import dev.kairos.ingest.publish.TriggerEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /api/signals}: one trigger, or an array of up to {@value #MAX_BATCH}, in the {@code TriggerEvent}
 * shape. {@code type}, {@code company}, {@code details} and {@code occurredAt} are required; {@code eventId} (derived
 * from the content when absent), {@code confidence} (1), {@code evidence} (source {@code api}),
 * {@code schemaVersion}, {@code revision} and {@code detectedAt} may be left out. A batch is all or nothing: one
 * invalid signal rejects it, with every problem listed.
 */
@RestController
@RequestMapping("/api/signals")
class SignalController {

    static final int MAX_BATCH = 1000;

    private static final Duration CLOCK_SKEW = Duration.ofDays(1);

    private final TriggerEventPublisher publisher;

    private final Clock clock;

    SignalController(TriggerEventPublisher publisher, Clock clock) {
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * What was accepted.
     *
     * @param accepted how many events were published
     * @param eventIds their ids, in the order sent
     */
    record Accepted(int accepted, List<String> eventIds) {
    }

    @PostMapping
    ResponseEntity<Accepted> accept(@RequestBody JsonNode body) {
        List<JsonNode> signals = new ArrayList<>();
        if (body.isArray()) {
            body.forEach(signals::add);
        }
        else {
            signals.add(body);
        }
        if (signals.isEmpty() || signals.size() > MAX_BATCH) {
            throw new InvalidRequestException("Invalid signals", List.of(new InvalidRequestException.FieldError("$",
                    "must be one signal or an array of 1 to " + MAX_BATCH + ", got " + signals.size())));
        }
        List<TriggerEvent> events = new ArrayList<>();
        List<InvalidRequestException.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < signals.size(); i++) {
            String at = body.isArray() ? "[" + i + "]" : "$";
            try {
                events.add(toEvent(signals.get(i)));
            }
            catch (IllegalArgumentException ex) {
                errors.add(new InvalidRequestException.FieldError(at, ex.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Invalid signals", errors);
        }
        for (TriggerEvent event : events) {
            if (!publisher.publish(event)) {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                        "Kafka did not accept event " + event.eventId() + "; nothing after it was published. Retry"
                                + " the request: event ids are stable, so repeats are harmless.");
                problem.setTitle("Signals not stored");
                throw new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, null);
            }
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED)
            .body(new Accepted(events.size(), events.stream().map(TriggerEvent::eventId).toList()));
    }

    private TriggerEvent toEvent(JsonNode signal) {
        if (!signal.isObject()) {
            throw new IllegalArgumentException("must be a JSON object");
        }
        ObjectNode event = ((ObjectNode) signal).deepCopy();
        Instant now = clock.instant();
        event.putIfAbsent("schemaVersion", event.numberNode(TriggerEvent.SCHEMA_VERSION));
        event.putIfAbsent("revision", event.numberNode(1));
        event.putIfAbsent("confidence", event.numberNode(1.0));
        event.putIfAbsent("detectedAt", event.stringNode(now.toString()));
        if (!event.hasNonNull("evidence")) {
            event.set("evidence", Json.mapper().valueToTree(Map.of("source", "api", "title",
                    event.path("type").asString("signal") + " signal for " + event.path("company").path("name").asString("?"))));
        }
        if (!event.hasNonNull("eventId")) {
            // the same signal sent twice gets the same id, so retries never duplicate
            event.put("eventId", TriggerEvent.idFor("api|" + Json.write(signal), typeOf(event)));
        }
        TriggerEvent parsed = Json.read(Json.write(event), TriggerEvent.class);
        if (parsed.occurredAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw new IllegalArgumentException("occurredAt lies in the future: " + parsed.occurredAt());
        }
        return parsed;
    }

    private static TriggerType typeOf(ObjectNode event) {
        String type = event.path("type").asString("");
        try {
            return TriggerType.valueOf(type);
        }
        catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("type must be one of "
                    + Arrays.toString(TriggerType.values()) + ", got '" + type + "'");
        }
    }
}
