package dev.kairos.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Rfc822Test {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "Wed, 18 Nov 2026 09:30:00 GMT | 2026-11-18T09:30:00Z",
            "18 Nov 2026 09:30 +0100 | 2026-11-18T08:30:00Z", "Tue, 3 Mar 2026 23:05:09 -0530 | 2026-03-04T04:35:09Z",
            "Mon, 02 Feb 2026 10:00:00 EST | 2026-02-02T15:00:00Z", "Sun, 1 March 2026 00:00:00 UT | 2026-03-01T00:00:00Z" })
    void readsTheCommonShapesOfRssDates(String text, String instant) {
        assertThat(Rfc822.parse(text)).isEqualTo(Instant.parse(instant));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2026-11-18T09:30:00Z", "yesterday", "Wed, 31 Feb 2026 09:30:00 GMT",
            "Wed, 18 Nov 26 09:30:00 GMT", "Wed, 18 Nov 2026 09:30:00 Europe/Paris", "" })
    void leavesOtherShapesToTheLenientParsers(String text) {
        assertThat(Rfc822.parse(text)).isNull();
    }
}
