package dev.kairos.ingest.page;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import dev.kairos.events.Source;
import dev.kairos.ingest.feed.FeedItem;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a news listing page: follows its article links (on the listing's host unless {@code anyHost}, at most
 * {@code maxArticles} new ones a poll)
 * and turns each article into an item with the source's CSS selectors, falling back to the page's {@code <title>},
 * Open Graph and {@code article:published_time} metadata. Fetching, with its limits and guards, is the caller's.
 */
public final class PageScraper {

    /** Fetches the bytes of a page. */
    @FunctionalInterface
    public interface Fetch {
        byte[] fetch(URI page) throws IOException, InterruptedException;
    }

    static final int MAX_SUMMARY_CHARS = 600;

    private final Fetch fetch;

    private final int maxArticles;

    private final boolean anyHost;

    public PageScraper(Fetch fetch, int maxArticles) {
        this(fetch, maxArticles, false);
    }

    /** @param anyHost follow article links to other hosts too (each still passes the fetcher's guards) */
    public PageScraper(Fetch fetch, int maxArticles, boolean anyHost) {
        this.anyHost = anyHost;
        this.fetch = fetch;
        this.maxArticles = maxArticles;
    }

    /**
     * The new articles of a page source.
     *
     * @param listing the listing page, fetched by the caller
     * @param seen whether an article (by its canonical URL) was read before; those are not fetched again
     */
    public List<FeedItem> scrape(Source source, byte[] listing, Predicate<String> seen)
            throws IOException, InterruptedException {
        Source.PageSelectors selectors = source.selectors();
        if (selectors == null) {
            throw new IOException("page source " + source.sourceId() + " has no selectors");
        }
        URI listingUri = URI.create(source.url());
        List<FeedItem> items = new ArrayList<>();
        for (String link : articleLinks(parse(listing, listingUri), anyHost ? null : listingUri, selectors.articleLinks())) {
            if (items.size() == maxArticles) {
                break;
            }
            if (seen.test(link)) {
                continue;
            }
            URI articleUri = URI.create(link);
            FeedItem item = article(parse(fetch.fetch(articleUri), articleUri), link, selectors);
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    /** @param onHostOf only links to this URI's host, or any host when null */
    static Set<String> articleLinks(Document listing, @Nullable URI onHostOf, String selector) {
        Set<String> links = new LinkedHashSet<>();
        for (Element anchor : listing.select(selector)) {
            String href = anchor.is("a[href]") ? anchor.absUrl("href") : anchor.select("a[href]").attr("abs:href");
            String canonical = FeedItem.canonicalUrl(href);
            if (canonical != null && (onHostOf == null || sameHost(canonical, onHostOf))) {
                links.add(canonical);
            }
        }
        return links;
    }

    static @Nullable FeedItem article(Document page, String link, Source.PageSelectors selectors) {
        String title = firstText(page, selectors.title(), "meta[property=og:title]", "h1");
        if (title == null || title.isBlank()) {
            title = page.title();
        }
        if (title == null || title.isBlank()) {
            return null;
        }
        String body = selectors.body() == null ? null : page.select(selectors.body()).text();
        if (body == null || body.isBlank()) {
            body = page.select("meta[name=description], meta[property=og:description]").attr("content");
        }
        String summary = body == null || body.isBlank() ? null
                : body.length() <= MAX_SUMMARY_CHARS ? body : body.substring(0, MAX_SUMMARY_CHARS);
        return new FeedItem(link, link, title.strip(), summary, dateOf(page, selectors.date()));
    }

    private static @Nullable String firstText(Document page, @Nullable String selector, String metaSelector,
            String fallback) {
        if (selector != null) {
            String text = page.select(selector).text();
            if (!text.isBlank()) {
                return text;
            }
        }
        String meta = page.select(metaSelector).attr("content");
        return meta.isBlank() ? page.select(fallback).text() : meta;
    }

    static @Nullable Instant dateOf(Document page, @Nullable String selector) {
        List<String> candidates = new ArrayList<>();
        if (selector != null) {
            for (Element element : page.select(selector)) {
                candidates.add(element.attr("datetime"));
                candidates.add(element.attr("content"));
                candidates.add(element.text());
            }
        }
        candidates.add(page.select("meta[property=article:published_time]").attr("content"));
        candidates.add(page.select("time[datetime]").attr("datetime"));
        for (String candidate : candidates) {
            Instant instant = parseDate(candidate.strip());
            if (instant != null) {
                return instant;
            }
        }
        return null;
    }

    static @Nullable Instant parseDate(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        }
        catch (DateTimeParseException notIso) {
            // try the next format
        }
        try {
            return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        }
        catch (DateTimeParseException notRfc) {
            // try the next format
        }
        try {
            return LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text).atStartOfDay(ZoneOffset.UTC)
                .toInstant();
        }
        catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static boolean sameHost(String link, URI listing) {
        return URI.create(link).getHost().equalsIgnoreCase(listing.getHost());
    }

    /** The charset comes from the page's BOM or {@code <meta charset>}, else UTF-8. */
    private static Document parse(byte[] html, URI base) throws IOException {
        return Jsoup.parse(new ByteArrayInputStream(html), null, base.toString());
    }
}
