package dev.kairos.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.kairos.events.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every trigger.publisher.* key the configuration metadata knows is in docs/lead-publisher.md's table. */
class ConfigurationDocsTest {

    @Test
    void documentsEveryPublisherSetting() throws Exception {
        List<String> keys = new ArrayList<>();
        // this module's own metadata, written by the configuration processor (the class path has Boot's too)
        Path file = Path.of("target/classes/META-INF/spring-configuration-metadata.json");
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode metadata = Json.mapper().readTree(in);
            for (JsonNode property : metadata.get("properties")) {
                String name = property.get("name").asString();
                if (name.startsWith("trigger.publisher.")) {
                    keys.add(name);
                }
            }
        }
        String docs = Files.readString(Path.of("../docs/lead-publisher.md"));

        assertThat(keys).contains("trigger.publisher.score.recency-half-life", "trigger.publisher.clock-speed")
            .allSatisfy(key -> assertThat(docs).contains("| `" + key + "` |"));
    }
}
