package dev.kairos.ingest.source;

import java.time.Instant;
import java.util.List;

import dev.kairos.events.Topics;
import dev.kairos.ingest.publish.PublishedEvents;

/**
 * An item a source has shown, and the events it gave. Value of ingest's own compacted topic {@value #TOPIC}, keyed by
 * {@code <sourceId>|<itemKey>} and written to the partition number of its source on {@code ingest.sources}, so that
 * whichever instance polls a source also reads what was seen of it.
 *
 * @param schemaVersion the version this value was written with
 * @param sourceId the source
 * @param itemKey the item's GUID, else link, else title
 * @param contentHash a hash of the item's title and summary: a change means a correction
 * @param events the events the item gave, with their revisions
 * @param seenAt when it was last read
 */
record SeenItem(int schemaVersion, String sourceId, String itemKey, String contentHash,
        List<PublishedEvents.Published> events, Instant seenAt) {

    static final String TOPIC = Topics.INGEST_SEEN;

    static final int SCHEMA_VERSION = 1;

    SeenItem {
        events = List.copyOf(events);
    }

    String key() {
        return sourceId + "|" + itemKey;
    }
}
