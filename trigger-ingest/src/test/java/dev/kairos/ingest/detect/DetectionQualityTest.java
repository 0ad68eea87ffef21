package dev.kairos.ingest.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import dev.kairos.events.Json;
import dev.kairos.events.TriggerDetails;
import dev.kairos.events.TriggerType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Precision and recall of detection per trigger type over the labelled development set in
 * {@code src/test/resources/detection/}: hand-written items of every type, hard negatives and other languages. A
 * detection counts only when its type and its company (for an acquisition: its target) match the label. The report,
 * with every miss and false trigger, is written to {@code target/detection-report.txt}.
 */
class DetectionQualityTest {

    private static final List<String> SETS = List.of("funding-ipo.jsonl", "acquisition-partnership.jsonl",
            "executive-moves.jsonl", "operations-and-negatives.jsonl");

    private static final TriggerDetector detector = new TriggerDetector();

    private static final Map<TriggerType, int[]> counts = new EnumMap<>(TriggerType.class);

    private static int items;

    private static int negatives;

    private static int falseOnNegatives;

    private static int fieldsRight;

    private static int fieldsChecked;

    private static final StringBuilder misses = new StringBuilder();

    @BeforeAll
    static void evaluate() throws IOException {
        for (TriggerType type : TriggerType.values()) {
            counts.put(type, new int[3]);
        }
        for (String set : SETS) {
            try (InputStream in = DetectionQualityTest.class.getResourceAsStream("/detection/" + set)) {
                Objects.requireNonNull(in, set);
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank()) {
                        score(Json.mapper().readTree(line));
                    }
                }
            }
        }
        Path report = Path.of("target", "detection-report.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, table() + "\n" + misses);
        System.out.println(table());
    }

    private static void score(JsonNode item) {
        items++;
        String text = item.path("text").asString("");
        List<Detection> found = new ArrayList<>(detector.detect(item.get("title").asString(), text));
        List<JsonNode> expected = new ArrayList<>();
        item.get("expected").forEach(expected::add);
        if (expected.isEmpty()) {
            negatives++;
            if (!found.isEmpty()) {
                falseOnNegatives++;
            }
        }
        for (JsonNode label : expected) {
            TriggerType type = TriggerType.valueOf(label.get("type").asString());
            Detection match = found.stream()
                .filter(detection -> detection.type() == type && sameEntity(label, detection))
                .findFirst()
                .orElse(null);
            if (match == null) {
                counts.get(type)[2]++;
                misses.append("MISS ").append(item.get("id").asString()).append(' ').append(label).append("\n     ")
                    .append(item.get("title").asString()).append(" | ").append(text).append("\n     found: ")
                    .append(found).append('\n');
            }
            else {
                counts.get(type)[0]++;
                found.remove(match);
                checkFields(item, label, match);
            }
        }
        for (Detection extra : found) {
            counts.get(extra.type())[1]++;
            misses.append("FALSE ").append(item.get("id").asString()).append(' ').append(extra).append("\n     ")
                .append(item.get("title").asString()).append(" | ").append(text).append('\n');
        }
    }

    private static boolean sameEntity(JsonNode label, Detection detection) {
        if (detection.details() instanceof TriggerDetails.Acquisition acquisition) {
            return same(label.path("target").asString(null), acquisition.target());
        }
        return same(label.path("company").asString(null), detection.company());
    }

    /** Field by field, for the report: amounts, rounds, people, roles, places, products, partners. */
    private static void checkFields(JsonNode item, JsonNode label, Detection detection) {
        JsonNode actual = Json.mapper().valueToTree(detection.details());
        for (String field : List.of("round", "amount", "currency", "acquirer", "person", "roleCategory", "exchange",
                "headcount", "percent", "location", "partner")) {
            if (!label.has(field)) {
                continue;
            }
            fieldsChecked++;
            JsonNode want = label.get(field);
            JsonNode got = actual.path(field);
            boolean right = want.isNull() ? got.isNull() || got.isMissingNode()
                    : want.isNumber() ? got.isNumber() && want.decimalValue().compareTo(got.decimalValue()) == 0
                            : field.equals("acquirer") || field.equals("person") || field.equals("partner")
                                    || field.equals("location") ? same(want.asString(), got.asString(null))
                                            : want.asString().equals(got.asString(null));
            if (right) {
                fieldsRight++;
            }
            else {
                misses.append("FIELD ").append(item.get("id").asString()).append(' ').append(field).append(": want ")
                    .append(want).append(" got ").append(got).append("\n     ").append(item.get("title").asString())
                    .append('\n');
            }
        }
    }

    static boolean same(String want, String got) {
        if (want == null || got == null) {
            return want == got;
        }
        return normalise(want).equals(normalise(got));
    }

    private static String normalise(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", "").strip();
        return lower.replaceAll("\\b(?:inc|corp|corporation|ltd|llc|plc|co|sa|ag|nv|the)\\b", "")
            .replaceAll("\\s+", " ")
            .strip();
    }

    private static double precision(TriggerType type) {
        int[] c = counts.get(type);
        return c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
    }

    private static double recall(TriggerType type) {
        int[] c = counts.get(type);
        return c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
    }

    private static double f1(TriggerType type) {
        double p = precision(type);
        double r = recall(type);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double falseTriggerRate() {
        return (double) falseOnNegatives / negatives;
    }

    private static String table() {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "Detection on %d labelled items (%d without a trigger)%n%-22s %5s %5s %5s %9s %6s %6s%n", items,
                negatives, "type", "tp", "fp", "fn", "precision", "recall", "f1"));
        for (TriggerType type : TriggerType.values()) {
            int[] c = counts.get(type);
            table.append(String.format(Locale.ROOT, "%-22s %5d %5d %5d %9.3f %6.3f %6.3f%n", type, c[0], c[1], c[2],
                    precision(type), recall(type), f1(type)));
        }
        table.append(String.format(Locale.ROOT, "false triggers on items without one: %d of %d (%.1f%%)%n",
                falseOnNegatives, negatives, 100 * falseTriggerRate()));
        table.append(String.format(Locale.ROOT, "fields right on matched triggers: %d of %d (%.1f%%)%n", fieldsRight,
                fieldsChecked, 100.0 * fieldsRight / Math.max(1, fieldsChecked)));
        return table.toString();
    }

    @Test
    void findsFundingAcquisitionsAndHiresWithHighF1() {
        assertThat(f1(TriggerType.FUNDING_ROUND)).as("FUNDING_ROUND f1").isGreaterThanOrEqualTo(0.9);
        assertThat(f1(TriggerType.ACQUISITION)).as("ACQUISITION f1").isGreaterThanOrEqualTo(0.9);
        assertThat(f1(TriggerType.EXECUTIVE_HIRE)).as("EXECUTIVE_HIRE f1").isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void findsTheOtherTypesWell() {
        for (TriggerType type : List.of(TriggerType.LEADERSHIP_DEPARTURE, TriggerType.IPO, TriggerType.LAYOFFS,
                TriggerType.EXPANSION, TriggerType.PRODUCT_LAUNCH, TriggerType.PARTNERSHIP)) {
            assertThat(f1(type)).as(type + " f1").isGreaterThanOrEqualTo(0.8);
        }
    }

    @Test
    void raisesFewFalseTriggersOnOtherNews() {
        assertThat(falseTriggerRate()).isLessThanOrEqualTo(0.02);
    }

    @Test
    void getsMostFieldsRight() {
        assertThat((double) fieldsRight / fieldsChecked).isGreaterThanOrEqualTo(0.85);
    }
}
