package dev.kairos.ingest.detect;

import dev.kairos.events.TriggerDetails;
import dev.kairos.events.TriggerType;
import org.jspecify.annotations.Nullable;

/**
 * One trigger found in a news item.
 *
 * @param company who the trigger is about as the text names it (for an acquisition: the target); null when unnamed
 * @param details the type's attributes
 * @param confidence how sure detection is, in [0, 1]
 */
public record Detection(@Nullable String company, TriggerDetails details, double confidence) {

    public TriggerType type() {
        return details.type();
    }
}
