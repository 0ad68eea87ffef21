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

    /** Per type: labelled triggers found, company right, persons labelled, person right, both right, roles, right. */
    private final Map<TriggerType, int[]> fields = new java.util.EnumMap<>(TriggerType.class);

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
            boolean roleRight = false;
            boolean person = label.has("person");
            String want = type == TriggerType.ACQUISITION ? label.path("target").asString(null)
                    : label.path("company").asString(null);
            for (Detection detection : found) {
                String got = detection.details() instanceof TriggerDetails.Acquisition acquisition
                        ? acquisition.target() : detection.company();
                boolean company = DetectionQualityTest.same(want, got);
                boolean who = !person || DetectionQualityTest.same(label.get("person").asString(null),
                        Details.personOf(detection));
                boolean role = label.path("roleCategory").asString("").equals(roleCategoryOf(detection));
                if (company && who) {
                    companyRight = true;
                    personRight = true;
                    roleRight = role;
                    break;
                }
                companyRight |= company;
                personRight |= who;
                roleRight |= role;
            }
            entitiesChecked += person ? 2 : 1;
            entitiesRight += (companyRight ? 1 : 0) + (person && personRight ? 1 : 0);
            int[] tally = fields.computeIfAbsent(type, key -> new int[7]);
            tally[0]++;
            tally[1] += companyRight ? 1 : 0;
            tally[2] += person ? 1 : 0;
            tally[3] += person && personRight ? 1 : 0;
            tally[4] += companyRight && personRight ? 1 : 0;
            boolean roled = label.hasNonNull("roleCategory");
            tally[5] += roled ? 1 : 0;
            tally[6] += roled && roleRight ? 1 : 0;
            if (roled && !roleRight && companyRight && personRight) {
                misses.append("ROLE ").append(item.id()).append(' ').append(type).append(": want ")
                    .append(label.path("role").asString(null)).append(" (")
                    .append(label.get("roleCategory").asString()).append(")\n     got ").append(found)
                    .append("\n     ").append(item.title()).append(" | ").append(item.text()).append('\n');
            }
            if (!companyRight || !personRight) {
                misses.append("FIELD ").append(item.id()).append(' ').append(type).append(": want ")
                    .append(label).append("\n     got ").append(found).append("\n     ").append(item.title())
                    .append(" | ").append(item.text()).append('\n');
            }
        }
    }

    private static @org.jspecify.annotations.Nullable String roleCategoryOf(Detection detection) {
        return switch (detection.details()) {
            case TriggerDetails.ExecutiveHire hire -> hire.roleCategory().name();
            case TriggerDetails.LeadershipDeparture departure -> departure.roleCategory().name();
            default -> null;
        };
    }

    /** The share of labelled triggers found whose company (for an acquisition: target) and person are both right. */
    double triggersNamedRight() {
        int checked = 0;
        int right = 0;
        for (int[] tally : fields.values()) {
            checked += tally[0];
            right += tally[4];
        }
        return checked == 0 ? 1 : (double) right / checked;
    }

    /** The share of executive moves found, with the right person, whose role category is right. */
    double roleCategoryAccuracy() {
        int checked = 0;
        int right = 0;
        for (TriggerType type : List.of(TriggerType.EXECUTIVE_HIRE, TriggerType.LEADERSHIP_DEPARTURE)) {
            int[] tally = fields.getOrDefault(type, new int[7]);
            checked += tally[5];
            right += tally[6];
        }
        return checked == 0 ? 1 : (double) right / checked;
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
        table.append(String.format(Locale.ROOT, "triggers found with company and person right: %.1f%%; role category "
                + "right in executive moves: %.1f%%%n", 100 * triggersNamedRight(), 100 * roleCategoryAccuracy()));
        table.append(String.format(Locale.ROOT, "%-22s %6s %9s %8s %8s %6s%n", "fields of type", "found",
                "company %", "person %", "both %", "role %"));
        for (Map.Entry<TriggerType, int[]> entry : fields.entrySet()) {
            int[] f = entry.getValue();
            table.append(String.format(Locale.ROOT, "%-22s %6d %9.1f %8s %8.1f %6s%n", entry.getKey(), f[0],
                    100.0 * f[1] / f[0], f[2] == 0 ? "-" : String.format(Locale.ROOT, "%.1f", 100.0 * f[3] / f[2]),
                    100.0 * f[4] / f[0], f[5] == 0 ? "-" : String.format(Locale.ROOT, "%.1f", 100.0 * f[6] / f[5])));
        }
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
