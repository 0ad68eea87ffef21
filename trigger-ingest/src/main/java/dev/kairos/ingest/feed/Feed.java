package dev.kairos.ingest.feed;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a feed document holds.
 *
 * @param items its entries, in the feed's order, at most the parser's limit
 * @param ttl how long the feed may be cached, when it says so (RSS {@code <ttl>})
 * @param entriesSkipped entries beyond the parser's limit, not read
 */
public record Feed(List<FeedItem> items, @Nullable Duration ttl, int entriesSkipped) {

    public Feed {
        items = List.copyOf(items);
    }
}
