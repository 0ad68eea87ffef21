package dev.kairos.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A bad setting stops ingest at start-up, with a message that names the property and what is wrong. */
@ExtendWith(OutputCaptureExtension.class)
class IngestConfigurationValidationTest {

    @Test
    void refusesToStartWithANegativePollInterval(CapturedOutput output) {
        assertThrows(RuntimeException.class, () -> IngestApplication.builder()
            .run("--trigger.ingest.poll-interval=-PT5M", "--server.port=0", "--management.server.port=0",
                    "--trigger.ingest.bundled-sources=false", "--spring.kafka.bootstrap-servers=127.0.0.1:9"));

        assertThat(output.getAll()).contains("Property: trigger.ingest.poll-interval")
            .contains("must be longer than or equal to 1 second");
    }
}
