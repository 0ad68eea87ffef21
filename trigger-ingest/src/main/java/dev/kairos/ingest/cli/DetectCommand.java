package dev.kairos.ingest.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import dev.kairos.events.Json;
import dev.kairos.events.TriggerDetails;
import dev.kairos.ingest.detect.Detection;
import dev.kairos.ingest.detect.TriggerDetector;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code detect}: JSON lines in ({@code id}, {@code title}, optional {@code text}), one JSON line out per line in,
 * in order, with the triggers found or the reason the line could not be read.
 */
final class DetectCommand {

    private final TriggerDetector detector = new TriggerDetector();

    int run(InputStream in, PrintStream out, PrintStream err) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try {
            String line;
            while ((line = reader.readLine()) != null) {
                writer.write(Json.mapper().writeValueAsString(answer(line)));
                writer.write('\n');
                if (!reader.ready()) {
                    // interactive use: answer each line as it comes
                    writer.flush();
                }
            }
            writer.flush();
            return 0;
        }
        catch (IOException ex) {
            err.println("detect: cannot read standard input: " + ex.getMessage());
            return 1;
        }
    }

    ObjectNode answer(String line) {
        ObjectNode answer = Json.mapper().createObjectNode();
        JsonNode item;
        try {
            item = Json.mapper().readTree(line);
        }
        catch (JacksonException ex) {
            return error(answer, null, "not valid JSON: " + ex.getOriginalMessage());
        }
        JsonNode id = item.get("id");
        if (!item.isObject() || id == null || id.isNull()) {
            return error(answer, null, "no id");
        }
        // only unreadable lines and lines without an id are errors (TRIGGERS.md); an item without a headline is read
        // by its text alone, and one with neither has no trigger
        String title = textOf(item, "title");
        String text = textOf(item, "text");
        answer.set("id", id);
        ArrayNode triggers = answer.putArray("triggers");
        if (title == null && text == null) {
            return answer;
        }
        for (Detection detection : detector.detect(title != null ? title : text, title != null ? text : null)) {
            triggers.add(toJson(detection));
        }
        return answer;
    }

    private static @Nullable String textOf(JsonNode item, String field) {
        JsonNode value = item.get(field);
        return value != null && value.isString() && !value.asString().isBlank() ? value.asString() : null;
    }

    /**
     * A detection as the command line shows it: type, the fields TRIGGERS.md gives that type, confidence. An
     * acquisition names its companies as acquirer and target, every other type as company.
     */
    static ObjectNode toJson(Detection detection) {
        ObjectNode trigger = Json.mapper().createObjectNode();
        trigger.put("type", detection.type().name());
        if (!(detection.details() instanceof TriggerDetails.Acquisition)) {
            trigger.put("company", detection.company());
        }
        trigger.setAll((ObjectNode) Json.mapper().valueToTree(detection.details()));
        trigger.put("confidence", Math.round(detection.confidence() * 100) / 100.0);
        return trigger;
    }

    private static ObjectNode error(ObjectNode answer, JsonNode id, String reason) {
        if (id == null) {
            answer.putNull("id");
        }
        else {
            answer.set("id", id);
        }
        answer.put("error", reason);
        return answer;
    }
}
