package dev.kairos.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvalidSettingsFailureAnalyzerTest {

    @ParameterizedTest
    @CsvSource({ "pollInterval, poll-interval", "apiKeys[0].hash, api-keys[0].hash",
            "polling.maxBackOff, polling.max-back-off", "fetch.maxBytes, fetch.max-bytes", "topics, topics" })
    void namesAPropertyAsItIsWrittenInAConfigFile(String field, String property) {
        assertThat(InvalidSettingsFailureAnalyzer.kebab(field)).isEqualTo(property);
    }
}
