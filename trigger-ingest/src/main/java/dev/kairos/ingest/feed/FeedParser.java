package dev.kairos.ingest.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.XmlFixerReader;
import dev.kairos.ingest.publish.PublishedEvents;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 with rome, parse-only: fetching is the caller's job. Rome refuses DOCTYPE
 * declarations by default, which shuts out external entities and entity-expansion bombs. Namespaces are read as
 * leniently as other feed readers do ({@link FeedNamespaces}).
 */
public final class FeedParser {

    static final int MAX_SUMMARY_CHARS = 600;

    private final int maxItems;

    public FeedParser(int maxItems) {
        this.maxItems = maxItems;
    }

    /** The feed's entries, in the feed's order, at most {@code maxItems}; the charset is the document's own. */
    public Feed parse(byte[] body) throws UnreadableFeedException {
        return parse(body, null);
    }

    /**
     * The feed's entries, in the feed's order, at most {@code maxItems}.
     *
     * @param contentType the HTTP {@code Content-Type}, whose charset wins over the document's, as RFC 7303 says
     */
    public Feed parse(byte[] body, @Nullable String contentType) throws UnreadableFeedException {
        if (body.length == 0) {
            throw new UnreadableFeedException("empty body: no feed to read", new IOException("0 bytes"));
        }
        String xml;
        try (XmlReader reader = contentType == null ? new XmlReader(new ByteArrayInputStream(body), true)
                : new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
            xml = readAll(reader, body.length);
        }
        catch (IOException | RuntimeException ex) {
            throw new UnreadableFeedException("not a readable RSS/Atom feed: " + reasonOf(ex), ex);
        }
        SyndFeed feed;
        List<@Nullable String> dates;
        Duration ttl;
        int skipped;
        try {
            Document document = document(withoutExternalDoctype(xml));
            if (document.getRootElement().getName().equalsIgnoreCase("html")) {
                throw new UnreadableFeedException(HTML_PAGE, new IOException("root element <html>"));
            }
            FeedNamespaces.mend(document);
            if (isRssWithoutChannel(document)) {
                return new Feed(List.of(), null, 0);
            }
            ttl = ttlOf(document);
            // entries past the limit are dropped before rome converts them: a feed of 100,000 entries costs no more
            skipped = EntryDates.dropBeyond(document, maxItems);
            dates = EntryDates.take(document);
            feed = new SyndFeedInput(false, Locale.ROOT).build(document);
        }
        // rome fails on some broken documents with runtime exceptions (e.g. an RSS root without <channel>)
        catch (FeedException | JDOMException | IOException | RuntimeException ex) {
            throw new UnreadableFeedException(HTML_START.matcher(xml).lookingAt() ? HTML_PAGE
                    : "not a readable RSS/Atom feed: " + reasonOf(ex), ex);
        }
        List<FeedItem> items = new ArrayList<>();
        List<SyndEntry> entries = feed.getEntries();
        for (int i = 0; i < entries.size() && items.size() < maxItems; i++) {
            // rome keeps document order, so the i-th entry has the i-th date
            FeedItem item = toItem(entries.get(i), i < dates.size() ? EntryDates.parse(dates.get(i)) : null);
            if (item != null) {
                items.add(item);
            }
        }
        return new Feed(items, ttl, skipped);
    }

    /** RSS {@code <ttl>}: minutes the channel may be cached. */
    private static @Nullable Duration ttlOf(Document document) {
        Element channel = document.getRootElement().getChild("channel", document.getRootElement().getNamespace());
        String minutes = channel == null ? null : channel.getChildTextTrim("ttl", channel.getNamespace());
        if (minutes == null || !minutes.matches("\\d{1,7}")) {
            return null;
        }
        return Duration.ofMinutes(Long.parseLong(minutes));
    }

    /**
     * Real feeds get XML wrong in known ways (HTML entities, whitespace before the XML declaration) that rome's fixer
     * mends; it is slow, so only feeds that fail to parse go through it.
     */
    private static Document document(String xml) throws JDOMException, IOException {
        try {
            return saxBuilder().build(new StringReader(xml));
        }
        catch (JDOMException malformed) {
            return saxBuilder().build(new XmlFixerReader(new StringReader(xml)));
        }
    }

    /**
     * Old RSS 0.91 feeds name Netscape's DTD, which is never loaded, so that DOCTYPE is dropped and the feed read. A
     * DOCTYPE with an internal subset declares entities, the stuff of XXE and entity-expansion bombs: refused.
     */
    static String withoutExternalDoctype(String xml) throws UnreadableFeedException {
        Matcher prolog = PROLOG_DOCTYPE.matcher(xml);
        if (!prolog.lookingAt()) {
            return xml;
        }
        if (prolog.group(2) != null) {
            throw new UnreadableFeedException("not a readable RSS/Atom feed: refused, it declares its own XML entities"
                    + " (a DOCTYPE with an internal subset), which can expand without bound or read local files",
                    new IOException("DOCTYPE internal subset"));
        }
        return xml.substring(0, prolog.start(1)) + xml.substring(prolog.end(1));
    }

    private static final String HTML_PAGE = "not a readable RSS/Atom feed: this is an HTML page, not a feed";

    /** HTML rarely parses as XML, so a page is told by how it starts. */
    private static final Pattern HTML_START = Pattern.compile(
            "\\A\\uFEFF?(?:\\s|<\\?.*?\\?>|<!--.*?-->)*+<(?:!DOCTYPE\\s++html\\b|html\\b)",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    /** BOM, whitespace, XML declaration, comments and processing instructions, then the DOCTYPE. */
    private static final Pattern PROLOG_DOCTYPE = Pattern.compile(
            "\\A\\uFEFF?(?:\\s|<\\?.*?\\?>|<!--.*?-->)*+(<!DOCTYPE\\s[^\\[>]*+(\\[)?[^>]*+>)",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    /** {@code <rss>} without {@code <channel>} is well-formed and empty; rome would fail on it with an NPE. */
    private static boolean isRssWithoutChannel(Document document) {
        Element root = document.getRootElement();
        return root.getName().equals("rss") && root.getChild("channel", root.getNamespace()) == null;
    }

    private static String readAll(Reader reader, int sizeHint) throws IOException {
        StringWriter text = new StringWriter(sizeHint);
        reader.transferTo(text);
        return text.toString();
    }

    /**
     * A hardened, non-validating parser: no DOCTYPE (so no external entities and no entity-expansion bombs), no
     * external DTDs. Built from a shared factory, which spares rome's per-call parser-factory lookup.
     */
    private static SAXBuilder saxBuilder() {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setExpandEntities(false);
        builder.setXMLFilter(new FeedNamespaces.TrimmingFilter());
        return builder;
    }

    private static @Nullable FeedItem toItem(SyndEntry entry, @Nullable Instant date) {
        String title = plain(entry.getTitle());
        if (title == null) {
            return null;
        }
        String link = blankToNull(entry.getLink());
        String canonicalLink = link == null ? null : FeedItem.canonicalUrl(link);
        String summary = summaryOf(entry);
        // no GUID and no link: the content is all that identifies the entry
        String guid = blankToNull(entry.getUri());
        // rome gives an RSS item without a GUID its link as URI: that link is better keyed canonical
        String key = firstNonNull(guid == null || guid.equals(link) ? canonicalLink : guid, canonicalLink,
                () -> "content:" + PublishedEvents.fingerprint(title + "\n" + Objects.requireNonNullElse(summary, "")));
        Date romeDate = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        Instant publishedAt = date != null ? date : romeDate == null ? null : romeDate.toInstant();
        return new FeedItem(key, link, title, summary, publishedAt);
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
            if (hasInvisibleParts(text)) {
                text = INVISIBLE.matcher(text).replaceAll(" ");
            }
            text = withoutTags(text);
        }
        if (text.indexOf('&') >= 0) {
            text = Parser.unescapeEntities(text, false);
        }
        text = collapsedWhitespace(text);
        return text.isEmpty() ? null : text;
    }

    private static final Pattern INVISIBLE = Pattern.compile("(?is)<(script|style)\\b[^>]*>.*?</\\1\\s*>|<!--.*?-->");

    /** Block elements separate words, inline ones ({@code <b>}, {@code <a>}, {@code <span>}) do not. */
    private static final Set<String> BLOCK_TAGS = Set.of("p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4",
            "h5", "h6", "tr", "td", "th", "table", "blockquote", "section", "article", "header", "footer", "hr", "img",
            "figure", "figcaption", "dd", "dt", "pre");

    private static boolean hasInvisibleParts(String html) {
        for (int at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
            if (html.startsWith("!--", at + 1) || html.regionMatches(true, at + 1, "script", 0, 6)
                    || html.regionMatches(true, at + 1, "style", 0, 5)) {
                return true;
            }
        }
        return false;
    }

    /** One pass instead of regular expressions: summaries are many and this is the hot path of a feed parse. */
    private static String withoutTags(String html) {
        StringBuilder text = new StringBuilder(html.length());
        int from = 0;
        for (int open = html.indexOf('<'); open >= 0; open = html.indexOf('<', from)) {
            int close = html.indexOf('>', open);
            if (close < 0) {
                break;
            }
            text.append(html, from, open);
            if (BLOCK_TAGS.contains(tagName(html, open + 1, close))) {
                text.append(' ');
            }
            from = close + 1;
        }
        return text.append(html, from, html.length()).toString();
    }

    private static String tagName(String html, int from, int to) {
        int start = from < to && html.charAt(from) == '/' ? from + 1 : from;
        int end = start;
        while (end < to && Character.isLetterOrDigit(html.charAt(end))) {
            end++;
        }
        return html.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** Runs of white space (no-break spaces too) as one space, none at the ends: by hand, a regex costs 10 times more. */
    static String collapsedWhitespace(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = !plain.isEmpty();
            }
            else {
                if (space) {
                    plain.append(' ');
                    space = false;
                }
                plain.append(c);
            }
        }
        return plain.toString();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String firstNonNull(@Nullable String first, @Nullable String second, Supplier<String> third) {
        return first != null ? first : second != null ? second : third.get();
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
