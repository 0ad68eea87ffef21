package dev.kairos.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LocalKairosTest {

    @AfterEach
    void clear() {
        System.clearProperty("trigger.publisher.clock-speed");
    }

    @Test
    void runsThePublishersClockADayAMinuteSoThatLeadsVisiblyAge() {
        assertThat(Double.parseDouble(LocalKairos.demoClockSpeed())).isEqualTo(24 * 60);
    }

    @Test
    void keepsRealTimeWhenAskedTo() {
        System.setProperty("trigger.publisher.clock-speed", "1");

        assertThat(LocalKairos.demoClockSpeed()).isEqualTo("1");
    }
}
