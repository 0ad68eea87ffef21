package dev.kairos.ingest.detect;

import java.util.List;
import java.util.Set;

import dev.kairos.events.TriggerType;

import org.jspecify.annotations.Nullable;

/**
 * What the finders read in one item.
 *
 * @param headline the headline as a sentence
 * @param lede the first sentence of the text, null when there is none
 * @param english whether the item is in English (other languages give no triggers)
 * @param detections the finders' triggers, the headline's completed from the lede
 * @param inHeadline what the finders found in the headline alone
 * @param inLede what the finders found in the lede alone
 * @param ruledOut the types the finders rule out (a hedged statement, or what the taxonomy excludes from a type):
 *     a trigger of such a type needs a finder's detection
 */
record Reading(Sentence headline, @Nullable Sentence lede, boolean english, List<Detection> detections,
        List<Detection> inHeadline, List<Detection> inLede, Set<TriggerType> ruledOut) {

    static Reading foreign(String headline, String lede) {
        return new Reading(Sentence.of(headline), lede.isEmpty() ? null : Sentence.of(lede), false, List.of(),
                List.of(), List.of(), Set.of());
    }
}
