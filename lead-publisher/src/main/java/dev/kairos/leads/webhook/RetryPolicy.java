package dev.kairos.leads.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

import org.jspecify.annotations.Nullable;

/**
 * When a failed delivery is tried again: after a random wait between zero and an exponentially growing cap ("full
 * jitter", so that many leads failing together do not retry together), or later when the endpoint asked for it with
 * {@code Retry-After}, and never after the give-up time.
 */
record RetryPolicy(Duration initialInterval, double multiplier, Duration maxInterval, Duration giveUpAfter) {

    static RetryPolicy of(WebhookProperties.Retry retry) {
        return new RetryPolicy(retry.initialInterval(), retry.multiplier(), retry.maxInterval(), retry.giveUpAfter());
    }

    /** The cap of the wait after the {@code attempts}-th failed attempt (1 for the first). */
    Duration cap(int attempts) {
        double millis = initialInterval.toMillis() * Math.pow(multiplier, Math.max(0, attempts - 1));
        return millis >= maxInterval.toMillis() ? maxInterval : Duration.ofMillis((long) millis);
    }

    /**
     * When to try again after the {@code attempts}-th failure at {@code now}, or null when the lead is to be given
     * up: its first attempt was {@code giveUpAfter} ago or more.
     */
    @Nullable Instant next(int attempts, Instant firstAttempt, Instant now, @Nullable Duration retryAfter,
            RandomGenerator random) {
        Instant giveUp = firstAttempt.plus(giveUpAfter);
        if (!now.isBefore(giveUp)) {
            return null;
        }
        long capMillis = cap(attempts).toMillis();
        long waitMillis = capMillis <= 0 ? 0 : random.nextLong(capMillis + 1);
        if (retryAfter != null && retryAfter.toMillis() > waitMillis) {
            waitMillis = retryAfter.toMillis();
        }
        // at least a millisecond, so that a retry is never due in the same round that failed
        Instant next = now.plusMillis(Math.max(1, waitMillis));
        // one last attempt at the give-up time rather than none
        return next.isAfter(giveUp) ? giveUp : next;
    }
}
