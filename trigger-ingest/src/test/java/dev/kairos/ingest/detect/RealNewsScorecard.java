package dev.kairos.ingest.detect;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.kairos.events.TriggerDetails;
import dev.kairos.events.TriggerType;
import dev.kairos.ingest.detect.model.LabelledItem;
import tools.jackson.databind.JsonNode;

/**
 * Counts of detection over labelled real news, per trigger type (an item carries a type or not) and per dataset
 * family, with the share of triggers found whose company and person are right; every miss, false trigger and wrong
 * field is noted.
 */
final class RealNewsScorecard {

    private final String name;

    private final TypeTally tally = new TypeTally();

    /** Per family: items, items without a trigger, those given one, true, false and missed types. */
    private final Map<String, int[]> families = new TreeMap<>();

    final StringBuilder misses = new StringBuilder();

    private int items;

    private int negatives;

    private int falseOnNegatives;

    private int entitiesRight;

    private int entitiesChecked;

    RealNewsScorecard(String name) {
        this.name = name;
    }

    void score(LabelledItem item, List<Detection> found) {
        items++;
        int[] family = families.computeIfAbsent(item.family(), key -> new int[6]);
        family[0]++;
        Set<TriggerType> expected = item.types();
        if (expected.isEmpty()) {
            negatives++;
            family[1]++;
            if (!found.isEmpty()) {
                falseOnNegatives++;
                family[2]++;
            }
        }
        for (TriggerType type : TriggerType.values()) {
            List<Detection> ofType = found.stream().filter(detection -> detection.type() == type).toList();
            boolean labelled = expected.contains(type);
            if (labelled && !ofType.isEmpty()) {
                tally.truePositive(type);
                family[3]++;
                checkEntities(item, type, ofType);
            }
            else if (!ofType.isEmpty()) {
                tally.falsePositive(type);
                family[4]++;
                misses.append("FALSE ").append(item.id()).append(' ').append(ofType).append("\n     ")
                    .append(item.title()).append(" | ").append(item.text()).append('\n');
            }
            else if (labelled) {
                tally.falseNegative(type);
                family[5]++;
                misses.append("MISS ").append(item.id()).append(' ').append(type).append("\n     ")
                    .append(item.title()).append(" | ").append(item.text()).append("\n     found: ").append(found)
                    .append('\n');
            }
        }
    }

    /** The company (an acquisition's target) and person of each labelled trigger, against the best detection. */
    private void checkEntities(LabelledItem item, TriggerType type, List<Detection> found) {
        for (JsonNode label : item.triggers()) {
            if (!label.get("type").asString().equals(type.name())) {
                continue;
            }
            boolean companyRight = false;
            boolean personRight = false;
            boolean person = label.has("person");
            String want = type == TriggerType.ACQUISITION ? label.path("target").asString(null)
                    : label.path("company").asString(null);
            for (Detection detection : found) {
                String got = detection.details() instanceof TriggerDetails.Acquisition acquisition
                        ? acquisition.target() : detection.company();
                boolean company = DetectionQualityTest.same(want, got);
                boolean who = !person || DetectionQualityTest.same(label.get("person").asString(null),
                        Details.personOf(detection));
                if (company && who) {
                    companyRight = true;
                    personRight = true;
                    break;
                }
                companyRight |= company;
                personRight |= who;
            }
            entitiesChecked += person ? 2 : 1;
            entitiesRight += (companyRight ? 1 : 0) + (person && personRight ? 1 : 0);
            if (!companyRight || !personRight) {
                misses.append("FIELD ").append(item.id()).append(' ').append(type).append(": want ")
                    .append(label).append("\n     got ").append(found).append("\n     ").append(item.title())
                    .append(" | ").append(item.text()).append('\n');
            }
        }
    }

    double precision(TriggerType type) {
        return tally.precision(type);
    }

    double recall(TriggerType type) {
        return tally.recall(type);
    }

    double f1(TriggerType type) {
        return tally.f1(type);
    }

    double falseTriggerRate() {
        return negatives == 0 ? 0 : (double) falseOnNegatives / negatives;
    }

    double entityAccuracy() {
        return entitiesChecked == 0 ? 1 : (double) entitiesRight / entitiesChecked;
    }

    String table() {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%s: %d items (%d without a trigger)%n", name, items, negatives));
        tally.appendTable(table);
        table.append(String.format(Locale.ROOT, "false triggers on items without one: %d of %d (%.1f%%)%n",
                falseOnNegatives, negatives, 100 * falseTriggerRate()));
        table.append(String.format(Locale.ROOT, "company and person right in triggers found: %d of %d (%.1f%%)%n",
                entitiesRight, entitiesChecked, 100 * entityAccuracy()));
        table.append(String.format(Locale.ROOT, "%-24s %6s %9s %7s %7s %6s%n", "family", "items", "negatives",
                "false %", "micro f1", "tp/fp/fn"));
        for (Map.Entry<String, int[]> entry : families.entrySet()) {
            int[] f = entry.getValue();
            double p = f[3] + f[4] == 0 ? 1 : (double) f[3] / (f[3] + f[4]);
            double r = f[3] + f[5] == 0 ? 1 : (double) f[3] / (f[3] + f[5]);
            table.append(String.format(Locale.ROOT, "%-24s %6d %9d %7.1f %7.3f  %d/%d/%d%n", entry.getKey(), f[0],
                    f[1], f[1] == 0 ? 0 : 100.0 * f[2] / f[1], p + r == 0 ? 0 : 2 * p * r / (p + r), f[3], f[4],
                    f[5]));
        }
        return table.toString();
    }
}
