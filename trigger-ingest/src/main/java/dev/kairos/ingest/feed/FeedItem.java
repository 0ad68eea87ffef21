package dev.kairos.ingest.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a feed.
 *
 * @param key what identifies the entry across polls: its GUID or id, else its canonical link, else its title
 * @param link the entry's link
 * @param title the headline
 * @param summary the description or summary as plain text, shortened
 * @param publishedAt when the feed says it was published or updated
 */
public record FeedItem(String key, @Nullable String link, String title, @Nullable String summary,
        @Nullable Instant publishedAt) {

    /** http(s) only, no fragment, no tracking parameters, lower-case host: one article, one key. */
    public static @Nullable String canonicalUrl(String href) {
        if (href == null || href.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(href.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return null;
            }
            String query = uri.getRawQuery() == null ? null
                    : String.join("&", java.util.Arrays.stream(uri.getRawQuery().split("&"))
                        .filter(parameter -> !parameter.toLowerCase(Locale.ROOT).startsWith("utm_"))
                        .toList());
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            // assembled from the raw parts: URI's multi-part constructors would encode '%' a second time
            return scheme + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT) + path
                    + (query == null || query.isEmpty() ? "" : "?" + query);
        }
        catch (URISyntaxException | IllegalArgumentException ex) {
            return null;
        }
    }
}
