package dev.kairos.leads.segment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.kairos.events.Segment;

/** Which segment an event's age puts a lead in, and the window that segment covers. */
public final class Segments {

    private Segments() {
    }

    /** A segment with the instants its window starts and ends (exclusive) for one event. */
    public record Placement(Segment segment, Instant validFrom, Instant validUntil) {
    }

    /**
     * The segment of an event that happened at {@code occurredAt}, seen at {@code now}; empty when the event is older
     * than every segment. Day 0 is the first 24 hours after the event; an event dated in the future counts as day 0.
     */
    public static Optional<Placement> place(Instant occurredAt, Instant now, List<Segment> segments) {
        long ageInDays = Math.max(0, Duration.between(occurredAt, now).toDays());
        return segments.stream()
            .filter(segment -> segment.contains(ageInDays))
            .findFirst()
            .map(segment -> new Placement(segment, occurredAt.plus(Duration.ofDays(segment.fromDay())),
                    occurredAt.plus(Duration.ofDays(segment.toDay() + 1L))));
    }

    /**
     * When an event seen at {@code now} enters a later segment of a rule whose segments leave gaps; empty when no
     * segment starts after its age, i.e. the lead has left the last one.
     */
    public static Optional<Instant> nextStart(Instant occurredAt, Instant now, List<Segment> segments) {
        long ageInDays = Math.max(0, Duration.between(occurredAt, now).toDays());
        return segments.stream()
            .filter(segment -> segment.fromDay() > ageInDays)
            .map(segment -> occurredAt.plus(Duration.ofDays(segment.fromDay())))
            .min(Instant::compareTo);
    }

    /** When an event leaves the last of its rule's segments. */
    public static Instant end(Instant occurredAt, List<Segment> segments) {
        int lastDay = segments.stream().mapToInt(Segment::toDay).max().orElse(-1);
        return occurredAt.plus(Duration.ofDays(lastDay + 1L));
    }
}
