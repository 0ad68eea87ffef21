package dev.kairos.leads.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import dev.kairos.events.Segment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SegmentsTest {

    static final Instant OCCURRED = Instant.parse("2026-10-01T10:00:00Z");

    @ParameterizedTest(name = "{0} old → {1}")
    @CsvSource(textBlock = """
            PT0S,         hot
            PT23H59M,     hot
            P7DT23H,      hot
            P8D,          warm
            P30DT23H59M,  warm
            P31D,         nurture
            P90DT1H,      nurture
            P91D,
            -P2D,         hot
            """)
    void placesAnEventByItsAgeInWholeDays(String age, String expected) {
        Instant now = OCCURRED.plus(Duration.parse(age));

        assertThat(Segments.place(OCCURRED, now, Segment.DEFAULTS).map(p -> p.segment().name()).orElse(null))
            .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            P3D,  2026-10-01T10:00:00Z, 2026-10-09T10:00:00Z
            P20D, 2026-10-09T10:00:00Z, 2026-11-01T10:00:00Z
            """)
    void givesTheWindowOfTheSegment(String age, Instant validFrom, Instant validUntil) {
        Segments.Placement placement = Segments.place(OCCURRED, OCCURRED.plus(Duration.parse(age)), Segment.DEFAULTS)
            .orElseThrow();

        assertThat(placement.validFrom()).isEqualTo(validFrom);
        assertThat(placement.validUntil()).isEqualTo(validUntil);
    }
}
