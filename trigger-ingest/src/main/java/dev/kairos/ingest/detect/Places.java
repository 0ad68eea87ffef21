package dev.kairos.ingest.detect;

import java.util.Locale;
import java.util.Set;

/**
 * Countries, regions, states and business cities: to tell "expands into Germany" from "expands into payments", and
 * "invests $2B in India" from "invests $2B in OpenAI".
 */
final class Places {

    private static final Set<String> NAMES = WordList.of("places");

    private static final Set<String> ADJECTIVES = WordList.of("place-adjectives");

    private Places() {
    }

    /** Whether the word is an adjective of a nation or region: "French", "Latin American". */
    static boolean isPlaceAdjective(String name) {
        return ADJECTIVES.contains(name.toLowerCase(Locale.ROOT).strip());
    }

    /** Whether the name is a known place, "Austin, Texas" and "the UK" included. */
    static boolean isPlace(String name) {
        String lower = name.toLowerCase(Locale.ROOT).strip();
        if (NAMES.contains(lower)) {
            return true;
        }
        int comma = lower.indexOf(',');
        if (comma > 0) {
            return NAMES.contains(lower.substring(0, comma).strip())
                    || NAMES.contains(lower.substring(comma + 1).strip());
        }
        return lower.startsWith("the ") && NAMES.contains(lower.substring(4));
    }
}
