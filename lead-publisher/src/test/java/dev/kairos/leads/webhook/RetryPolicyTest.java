package dev.kairos.leads.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    static final Instant FIRST = Instant.parse("2026-11-20T12:00:00Z");

    final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(10), 2.0, Duration.ofHours(1), Duration.ofHours(24));

    @Test
    void capGrowsExponentiallyUpToTheMaximum() {
        assertThat(IntStream.of(1, 2, 3, 4, 9, 10, 40).mapToObj(policy::cap)).containsExactly(Duration.ofSeconds(10),
                Duration.ofSeconds(20), Duration.ofSeconds(40), Duration.ofSeconds(80), Duration.ofSeconds(2560),
                Duration.ofHours(1), Duration.ofHours(1));
    }

    @Test
    void waitsARandomTimeBetweenZeroAndTheCap() {
        SplittableRandom random = new SplittableRandom(7);
        Instant now = FIRST.plusSeconds(60);
        var waits = IntStream.range(0, 2000)
            .mapToObj(i -> Duration.between(now, policy.next(3, FIRST, now, null, random)))
            .toList();

        assertThat(waits).allSatisfy(wait -> assertThat(wait).isBetween(Duration.ofMillis(1), Duration.ofSeconds(40)));
        // full jitter spreads the retries over the whole window rather than bunching them at the cap
        assertThat(waits).anySatisfy(wait -> assertThat(wait).isLessThan(Duration.ofSeconds(4)));
        assertThat(waits).anySatisfy(wait -> assertThat(wait).isGreaterThan(Duration.ofSeconds(36)));
    }

    @Test
    void waitsAtLeastWhatRetryAfterAsks() {
        Instant now = FIRST.plusSeconds(5);
        assertThat(policy.next(1, FIRST, now, Duration.ofMinutes(5), new SplittableRandom(1)))
            .isEqualTo(now.plus(Duration.ofMinutes(5)));
    }

    @Test
    void triesOnceMoreAtTheGiveUpTimeAndThenGivesUp() {
        Instant late = FIRST.plus(Duration.ofHours(24)).minusSeconds(1);
        assertThat(policy.next(30, FIRST, late, Duration.ofHours(2), new SplittableRandom(1)))
            .isEqualTo(FIRST.plus(Duration.ofHours(24)));
        assertThat(policy.next(31, FIRST, FIRST.plus(Duration.ofHours(24)), null, new SplittableRandom(1))).isNull();
    }
}
