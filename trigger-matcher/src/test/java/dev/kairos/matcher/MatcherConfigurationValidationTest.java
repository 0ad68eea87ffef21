package dev.kairos.matcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A bad setting stops the matcher at start-up, with a message that names the property and what is wrong. */
@ExtendWith(OutputCaptureExtension.class)
class MatcherConfigurationValidationTest {

    @Test
    void refusesToStartWithAMalformedApiKeyHash(CapturedOutput output) {
        assertThrows(RuntimeException.class, () -> MatcherApplication.builder()
            .run("--kairos.security.api-keys[0].name=ops", "--kairos.security.api-keys[0].hash=sha256:0f3a",
                    "--server.port=0", "--management.server.port=0",
                    "--spring.kafka.bootstrap-servers=127.0.0.1:9"));

        assertThat(output.getAll()).contains("Property: kairos.security.api-keys[0].hash")
            .contains("must be {sha256} followed by 64 hex digits")
            // it may well be the key itself, pasted in the wrong place
            .doesNotContain("sha256:0f3a");
    }
}
