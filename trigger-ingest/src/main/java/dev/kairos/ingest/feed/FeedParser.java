package dev.kairos.ingest.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 with rome, parse-only: fetching is the caller's job. Rome refuses DOCTYPE
 * declarations by default, which shuts out external entities and entity-expansion bombs.
 */
public final class FeedParser {

    static final int MAX_SUMMARY_CHARS = 600;

    private final int maxItems;

    public FeedParser(int maxItems) {
        this.maxItems = maxItems;
    }

    /** The feed's entries, newest first as the feed orders them, at most {@code maxItems}. */
    public List<FeedItem> parse(byte[] body) throws UnreadableFeedException {
        if (body.length == 0) {
            throw new UnreadableFeedException("empty body: no feed to read", new IOException("0 bytes"));
        }
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), true)) {
            feed = new SyndFeedInput(false, Locale.ROOT).build(reader);
        }
        catch (FeedException | IOException | IllegalArgumentException ex) {
            throw new UnreadableFeedException("not a readable RSS/Atom feed: " + reasonOf(ex), ex);
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            if (items.size() == maxItems) {
                break;
            }
            FeedItem item = toItem(entry);
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    private static @Nullable FeedItem toItem(SyndEntry entry) {
        String title = plain(entry.getTitle());
        if (title == null) {
            return null;
        }
        String link = blankToNull(entry.getLink());
        String key = firstNonNull(blankToNull(entry.getUri()), link, title);
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        Instant publishedAt = date == null ? null : date.toInstant();
        return new FeedItem(key, link, title, summaryOf(entry), publishedAt);
    }

    private static @Nullable String summaryOf(SyndEntry entry) {
        SyndContent description = entry.getDescription();
        String text = description == null ? null : plain(description.getValue());
        if (text == null && !entry.getContents().isEmpty()) {
            text = plain(entry.getContents().getFirst().getValue());
        }
        if (text == null || text.length() <= MAX_SUMMARY_CHARS) {
            return text;
        }
        return text.substring(0, MAX_SUMMARY_CHARS);
    }

    /**
     * Feed text is often HTML: keep only what a reader would see. A full HTML parse per entry would cost more than
     * parsing the feed, so scripts, styles, comments and tags are cut out and entities decoded.
     */
    static @Nullable String plain(@Nullable String htmlOrText) {
        if (htmlOrText == null || htmlOrText.isBlank()) {
            return null;
        }
        String text = htmlOrText;
        if (text.indexOf('<') >= 0) {
            text = INVISIBLE.matcher(text).replaceAll(" ");
            // block elements separate words, inline ones (<b>, <a>, <span>) do not
            text = TAG.matcher(BLOCK_TAG.matcher(text).replaceAll(" ")).replaceAll("");
        }
        if (text.indexOf('&') >= 0) {
            text = Parser.unescapeEntities(text, false);
        }
        text = WHITESPACE.matcher(text).replaceAll(" ").strip();
        return text.isEmpty() ? null : text;
    }

    private static final Pattern INVISIBLE = Pattern.compile("(?is)<(script|style)\\b[^>]*>.*?</\\1\\s*>|<!--.*?-->");

    private static final Pattern BLOCK_TAG = Pattern.compile(
            "(?i)</?(?:p|br|div|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|section|article|header|footer|hr|img|figure"
                    + "|figcaption|dd|dt|pre)\\b[^>]*+>");

    private static final Pattern TAG = Pattern.compile("<[^>]*+>");

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00a0]+");

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String firstNonNull(@Nullable String first, @Nullable String second, String third) {
        return first != null ? first : second != null ? second : third;
    }

    /** One line a person can act on; rome's own messages are terse or, for some broken documents, an NPE. */
    static String reasonOf(Exception ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getMessage().strip().replaceAll("\\s+", " ");
        return switch (root) {
            case NullPointerException missing -> "a required element is missing (e.g. the <channel> of an RSS feed)";
            case java.io.UnsupportedEncodingException unsupported -> "unsupported character encoding '" + message + "'";
            case java.nio.charset.UnsupportedCharsetException unsupported ->
                "unsupported character encoding '" + unsupported.getCharsetName() + "'";
            default -> message.equals("Invalid document")
                    ? "not an RSS, RDF or Atom document: its root element is no known feed format" : message;
        };
    }
}
