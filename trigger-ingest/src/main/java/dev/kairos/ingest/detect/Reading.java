package dev.kairos.ingest.detect;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

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
 * @param rulings the types the finders rule out, worked out when first asked for (see {@link #ruledOut})
 */
record Reading(Sentence headline, @Nullable Sentence lede, boolean english, List<Detection> detections,
        List<Detection> inHeadline, List<Detection> inLede, Supplier<Set<TriggerType>> rulings) {

    static Reading foreign(String headline, String lede) {
        return new Reading(Sentence.of(headline), lede.isEmpty() ? null : Sentence.of(lede), false, List.of(),
                List.of(), List.of(), Set::of);
    }

    /**
     * The types the finders rule out (a hedged statement, or what the taxonomy excludes from a type): a trigger of
     * such a type needs a finder's detection. Asked only where the model alone reaches a type, which few items do, so
     * the finders' rulings are worked out then, once.
     */
    Set<TriggerType> ruledOut() {
        return rulings.get();
    }

    /** A value worked out on the first {@code get} and kept; a reading is used by one thread. */
    static <T> Supplier<T> once(Supplier<T> working) {
        return new Supplier<>() {

            private @Nullable T value;

            @Override
            public T get() {
                T known = value;
                if (known == null) {
                    known = working.get();
                    value = known;
                }
                return known;
            }
        };
    }
}
