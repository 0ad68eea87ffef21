package dev.kairos.events;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * A place ingest reads news from. Value of the compacted {@code ingest.sources}, keyed by {@code sourceId}; a
 * tombstone deletes.
 *
 * @param schemaVersion the contract version this value was written with
 * @param sourceId the source's id
 * @param kind a feed or a scraped page
 * @param url where to fetch it
 * @param selectors CSS selectors, for pages only
 * @param pollInterval how often to poll it
 * @param enabled a disabled source is not polled
 */
public record Source(int schemaVersion, String sourceId, Kind kind, String url, @Nullable PageSelectors selectors,
        Duration pollInterval, boolean enabled) {

    public static final int SCHEMA_VERSION = 1;

    public Source {
        requireNonNull(sourceId, "sourceId");
        requireNonNull(kind, "kind");
        requireNonNull(url, "url");
        requireNonNull(pollInterval, "pollInterval");
    }

    /** What a source is. */
    public enum Kind {
        /** An RSS or Atom feed. */
        FEED,
        /** An HTML listing page whose article links are followed. */
        PAGE
    }

    /**
     * Where the parts of a news page are.
     *
     * @param articleLinks selects the article links on the listing page
     * @param title selects the headline on an article page
     * @param date selects the publication date on an article page
     * @param body selects the article text
     */
    public record PageSelectors(String articleLinks, @Nullable String title, @Nullable String date,
            @Nullable String body) {
    }
}
