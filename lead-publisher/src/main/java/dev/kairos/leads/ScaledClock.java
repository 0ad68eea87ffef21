package dev.kairos.leads;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that starts at the real time and runs {@code speed} times faster, so that a demo shows leads ageing from
 * segment to segment in minutes instead of days ({@code trigger.publisher.clock-speed}).
 */
final class ScaledClock extends Clock {

    private final Clock real;

    private final Instant start;

    private final double speed;

    ScaledClock(Clock real, double speed) {
        this.real = real;
        this.start = real.instant();
        this.speed = speed;
    }

    @Override
    public Instant instant() {
        long realNanos = Duration.between(start, real.instant()).toNanos();
        return start.plusNanos((long) (realNanos * speed));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the publisher's clock is always UTC");
    }
}
