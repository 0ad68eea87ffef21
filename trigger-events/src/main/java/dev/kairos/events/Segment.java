package dev.kairos.events;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A time segment of a rule: leads whose event is {@code fromDay} to {@code toDay} days old (both inclusive).
 *
 * @param name e.g. {@code hot}
 * @param fromDay first day of age in the segment; day 0 is the day of the event
 * @param toDay last day of age in the segment
 */
public record Segment(String name, int fromDay, int toDay) {

    /** hot 0-7 days, warm 8-30, nurture 31-90. */
    public static final List<Segment> DEFAULTS = List.of(new Segment("hot", 0, 7), new Segment("warm", 8, 30),
            new Segment("nurture", 31, 90));

    /** The segment name of a lead whose event is older than every segment of its rule. */
    public static final String EXPIRED = "expired";

    public Segment {
        requireNonNull(name, "name");
        if (fromDay < 0 || toDay < fromDay) {
            throw new IllegalArgumentException(
                    "segment '" + name + "' needs 0 <= fromDay <= toDay, got " + fromDay + ".." + toDay);
        }
        if (name.equals(EXPIRED)) {
            throw new IllegalArgumentException("'" + EXPIRED + "' is reserved for leads past every segment");
        }
    }

    public boolean contains(long ageInDays) {
        return ageInDays >= fromDay && ageInDays <= toDay;
    }
}
