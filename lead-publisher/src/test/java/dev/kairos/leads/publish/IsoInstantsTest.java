package dev.kairos.leads.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import dev.kairos.events.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;

class IsoInstantsTest {

    @ParameterizedTest
    @ValueSource(strings = { "2026-11-20T12:00:00Z", "2026-11-20T12:00:00.1Z", "2026-11-20T12:00:00.123Z",
            "2026-11-20T12:00:00.123456Z", "2026-11-20T12:00:00.123456789Z", "1970-01-01T00:00:00Z",
            "1969-12-31T23:59:59.999999999Z", "2024-02-29T23:59:59.5Z", "0001-01-01T00:00:00Z",
            "9999-12-31T23:59:59.999999999Z" })
    void readsTheFormOfInstantToStringExactly(String text) {
        assertThat(IsoInstants.parse(text)).isEqualTo(Instant.parse(text));
        assertThat(read(text)).isEqualTo(Instant.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2026-11-20T12:00:00+02:00", "2026-11-20T12:00Z", "2026-11-20 12:00:00Z",
            "2026-11-20T12:00:00.Z", "2026-11-20T12:00:00.1234567890Z", "+12026-11-20T12:00:00Z",
            "2026-11-31T12:00:00Z", "2026-13-20T12:00:00Z", "2026-11-20T24:00:00Z", "2026-11-20T12:60:00Z",
            "2026-11-2xT12:00:00Z", "" })
    void leavesEveryOtherTextToJackson(String text) {
        assertThat(IsoInstants.parse(text)).isNull();
    }

    @Test
    void readsWhatJacksonReadsAndFailsWhereItFails() {
        assertThat(read("2026-11-20T14:00:00+02:00")).isEqualTo(Instant.parse("2026-11-20T12:00:00Z"));
        assertThat(PublisherJson.mapper().readValue("1763640000", Instant.class))
            .isEqualTo(Json.mapper().readValue("1763640000", Instant.class));

        JacksonException ours = assertThrows(JacksonException.class, () -> read("2026-11-31T12:00:00Z"));
        JacksonException shared = assertThrows(JacksonException.class,
                () -> Json.mapper().readValue(quoted("2026-11-31T12:00:00Z"), Instant.class));
        assertThat(ours.getOriginalMessage()).isEqualTo(shared.getOriginalMessage());
    }

    private static Instant read(String text) {
        return PublisherJson.mapper().readValue(quoted(text), Instant.class);
    }

    private static byte[] quoted(String text) {
        return ('"' + text + '"').getBytes(StandardCharsets.UTF_8);
    }
}
