package dev.kairos.ingest.detect;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import dev.kairos.events.TriggerType;

/** True positives, false positives and false negatives per trigger type, and what follows from them. */
final class TypeTally {

    private final Map<TriggerType, int[]> counts = new EnumMap<>(TriggerType.class);

    TypeTally() {
        for (TriggerType type : TriggerType.values()) {
            counts.put(type, new int[3]);
        }
    }

    void truePositive(TriggerType type) {
        counts.get(type)[0]++;
    }

    void falsePositive(TriggerType type) {
        counts.get(type)[1]++;
    }

    void falseNegative(TriggerType type) {
        counts.get(type)[2]++;
    }

    double precision(TriggerType type) {
        int[] c = counts.get(type);
        return c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
    }

    double recall(TriggerType type) {
        int[] c = counts.get(type);
        return c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
    }

    double f1(TriggerType type) {
        double p = precision(type);
        double r = recall(type);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** One row per type: tp, fp, fn, precision, recall, F1, under a header line. */
    void appendTable(StringBuilder table) {
        table.append(String.format(Locale.ROOT, "%-22s %5s %5s %5s %9s %6s %6s%n", "type", "tp", "fp", "fn",
                "precision", "recall", "f1"));
        for (TriggerType type : TriggerType.values()) {
            int[] c = counts.get(type);
            table.append(String.format(Locale.ROOT, "%-22s %5d %5d %5d %9.3f %6.3f %6.3f%n", type, c[0], c[1], c[2],
                    precision(type), recall(type), f1(type)));
        }
    }
}
