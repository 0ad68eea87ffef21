package dev.kairos.ingest.feed;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a feed.
 *
 * @param key what identifies the entry across polls: its GUID or id, else its link, else its title
 * @param link the entry's link
 * @param title the headline
 * @param summary the description or summary as plain text, shortened
 * @param publishedAt when the feed says it was published or updated
 */
public record FeedItem(String key, @Nullable String link, String title, @Nullable String summary,
        @Nullable Instant publishedAt) {
}
