package dev.kairos.ingest.detect.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.kairos.events.Json;
import dev.kairos.events.TriggerType;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One hand-labelled news item of a labelled set in JSON lines: {@code id}, {@code title}, {@code text},
 * {@code triggers} (each with its {@code type} and the fields TRIGGERS.md names; the project's own sets call them
 * {@code expected}), {@code dataset}, {@code licence} and, for items set aside, {@code ambiguous}.
 *
 * @param triggers the labels as given, one JSON object per trigger
 */
public record LabelledItem(String id, String title, @Nullable String text, List<JsonNode> triggers, String dataset,
        String licence, boolean ambiguous) {

    /** Dataset and licence of the items the project wrote itself (its test sets): its own, free to use. */
    public static final String HAND_WRITTEN = "hand-written";

    /** The trigger types the item carries. */
    public Set<TriggerType> types() {
        Set<TriggerType> types = EnumSet.noneOf(TriggerType.class);
        for (JsonNode trigger : triggers) {
            types.add(TriggerType.valueOf(trigger.get("type").asString()));
        }
        return types;
    }

    /** The family of the item's dataset: "newsramp-archive" for "newsramp-archive/ibn". */
    public String family() {
        String family = dataset.contains("/") ? dataset.substring(0, dataset.indexOf('/')) : dataset;
        return family.startsWith("crunchbase") ? "crunchbase" : family;
    }

    /** Whether the item's licence lets a model trained on it be redistributed without restriction (CC0). */
    public boolean redistributable() {
        return licence.startsWith("CC0") || licence.equals(HAND_WRITTEN);
    }

    /** Every item of a labelled set. */
    public static List<LabelledItem> read(Path file) throws IOException {
        List<LabelledItem> items = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = Json.mapper().readTree(line);
            List<JsonNode> triggers = new ArrayList<>();
            // the project's own hand-written sets call the labels "expected"
            node.path(node.has("triggers") ? "triggers" : "expected").forEach(triggers::add);
            JsonNode text = node.path("text");
            items.add(new LabelledItem(node.get("id").asString(), node.get("title").asString(),
                    text.isString() && !text.asString().isBlank() ? text.asString() : null, List.copyOf(triggers),
                    node.path("dataset").asString(HAND_WRITTEN), node.path("licence").asString(HAND_WRITTEN),
                    node.path("ambiguous").asBoolean(false)));
        }
        return items;
    }
}
