package dev.kairos.events;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * Where a trigger was read: the source, the item's URL and title, and a short snippet of its text.
 *
 * @param source the source id the item came from (a feed, a page, or {@code api} for pushed signals)
 * @param url the item's link
 * @param title the item's headline
 * @param snippet the first sentence or summary, shortened
 */
public record Evidence(String source, @Nullable String url, String title, @Nullable String snippet) {

    public Evidence {
        requireNonNull(source, "source");
        requireNonNull(title, "title");
    }
}
