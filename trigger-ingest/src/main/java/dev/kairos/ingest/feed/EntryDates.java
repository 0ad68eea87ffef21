package dev.kairos.ingest.feed;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.rometools.rome.io.impl.DateParser;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jspecify.annotations.Nullable;

/**
 * Takes the dates out of a feed's entries before rome converts the document, and parses them with cached
 * {@code java.time} formatters: rome's own date parsing builds formatters on every call and costs several times the
 * rest of the parse. Unusual formats still go to rome's parser.
 */
final class EntryDates {

    /** In order of preference: when it was published beats when it was last changed. */
    private static final List<String> DATE_ELEMENTS = List.of("pubDate", "published", "issued", "date", "created",
            "updated", "modified");

    private static final Set<String> ENTRY_ELEMENTS = Set.of("item", "entry");

    private static final DateTimeFormatter RFC_822 = new DateTimeFormatterBuilder().parseCaseInsensitive()
        .parseLenient()
        .optionalStart()
        .appendPattern("EEE, ")
        .optionalEnd()
        .appendPattern("d MMM ")
        .appendValueReduced(java.time.temporal.ChronoField.YEAR, 2, 4, 1970)
        .appendPattern(" HH:mm")
        .optionalStart()
        .appendPattern(":ss")
        .optionalEnd()
        .appendLiteral(' ')
        .optionalStart()
        .appendOffset("+HHMM", "GMT")
        .optionalEnd()
        .optionalStart()
        .appendZoneText(java.time.format.TextStyle.SHORT)
        .optionalEnd()
        .toFormatter(Locale.ENGLISH);

    private EntryDates() {
    }

    /** Removes the entries after the first {@code max}, returning how many were removed. */
    static int dropBeyond(Document document, int max) {
        List<Element> entries = entries(document.getRootElement());
        for (int i = max; i < entries.size(); i++) {
            entries.get(i).detach();
        }
        return Math.max(0, entries.size() - max);
    }

    /** Removes the date elements of every entry, returning each entry's preferred date text, in document order. */
    static List<@Nullable String> take(Document document) {
        List<@Nullable String> dates = new ArrayList<>();
        for (Element entry : entries(document.getRootElement())) {
            String chosen = null;
            int rank = Integer.MAX_VALUE;
            for (Element child : List.copyOf(entry.getChildren())) {
                int childRank = DATE_ELEMENTS.indexOf(child.getName());
                if (childRank >= 0) {
                    if (childRank < rank && !child.getTextTrim().isEmpty()) {
                        chosen = child.getTextTrim();
                        rank = childRank;
                    }
                    entry.removeContent(child);
                }
            }
            dates.add(chosen);
        }
        return dates;
    }

    private static List<Element> entries(Element root) {
        List<Element> entries = new ArrayList<>();
        for (Element child : root.getChildren()) {
            if (ENTRY_ELEMENTS.contains(child.getName())) {
                entries.add(child);
            }
            else if (child.getName().equals("channel")) {
                child.getChildren().stream().filter(e -> ENTRY_ELEMENTS.contains(e.getName())).forEach(entries::add);
            }
        }
        return entries;
    }

    static @Nullable Instant parse(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        Instant rfc822 = Rfc822.parse(text);
        if (rfc822 != null) {
            return rfc822;
        }
        // a failed parse throws, which costs more than the parse: guess the format from the shape first
        boolean iso = text.length() >= 10 && text.charAt(4) == '-';
        try {
            return iso ? OffsetDateTime.parse(text).toInstant() : ZonedDateTime.parse(text, RFC_822).toInstant();
        }
        catch (DateTimeParseException unusual) {
            // rome knows the odd formats
        }
        Date date = DateParser.parseDate(text, Locale.ROOT);
        return date == null ? null : date.toInstant();
    }
}
