package dev.kairos.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class FeedParserTest {

    private final FeedParser parser = new FeedParser(1000);

    @Test
    void readsRss2ItemsWithGuidLinkDateAndPlainTextSummary() throws Exception {
        List<FeedItem> items = parser.parse(fixture("funding-news.rss")).items();

        assertThat(items).hasSize(3);
        assertThat(items.getFirst()).isEqualTo(new FeedItem("fn-1001", "https://funding.news.example/2026/11/crate-seed",
                "Crate raises $4M seed round for its next-gen SQL database",
                "Crate, the open source SQL company, has raised a $4 million seed round.",
                Instant.parse("2026-11-18T09:30:00Z")));
        assertThat(items.get(2).summary()).isNull();
    }

    @Test
    void readsAtomEntriesAndDecodesHtmlTitles() throws Exception {
        List<FeedItem> items = parser.parse(fixture("deals.atom")).items();

        assertThat(items).extracting(FeedItem::title)
            .containsExactly("Helio Health lands $30M Series B & plans hiring spree",
                    "Quarterly outlook for enterprise software");
        assertThat(items.getFirst().key()).isEqualTo("urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a");
        assertThat(items.getFirst().publishedAt()).isEqualTo(Instant.parse("2026-11-19T18:30:02Z"));
    }

    @Test
    void stopsAtTheItemLimit() throws Exception {
        assertThat(new FeedParser(2).parse(fixture("funding-news.rss")).items()).hasSize(2);
    }

    @Test
    void refusesExternalEntities() {
        assertThatThrownBy(() -> parser.parse(fixture("xxe.rss"))).isInstanceOf(UnreadableFeedException.class)
            .hasMessageStartingWith("not a readable RSS/Atom feed:")
            .hasMessageContaining("DOCTYPE");
    }

    @Test
    void refusesEntityExpansionBombs() {
        assertThatThrownBy(() -> parser.parse(fixture("billion-laughs.rss")))
            .isInstanceOf(UnreadableFeedException.class)
            .hasMessageContaining("DOCTYPE");
    }

    @Test
    void reportsAnEmptyBodyClearly() {
        assertThatThrownBy(() -> parser.parse(new byte[0])).isInstanceOf(UnreadableFeedException.class)
            .hasMessage("empty body: no feed to read");
    }

    @Test
    void reportsHtmlServedAsAFeed() {
        byte[] html = "<!doctype html><html><head><title>Home</title></head><body>hi</body></html>"
            .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> parser.parse(html)).isInstanceOf(UnreadableFeedException.class)
            .hasMessageStartingWith("not a readable RSS/Atom feed:");
    }

    @Test
    void readsTheCachingTimeOfAnRssFeedAndDropsEntriesBeyondTheLimitUnread() throws Exception {
        StringBuilder rss = new StringBuilder("<rss version=\"2.0\"><channel><title>t</title><ttl>90</ttl>");
        for (int i = 0; i < 100_000; i++) {
            rss.append("<item><title>n ").append(i).append("</title></item>");
        }
        Feed feed = parser.parse(rss.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8));

        assertThat(feed.ttl()).isEqualTo(java.time.Duration.ofMinutes(90));
        assertThat(feed.items()).hasSize(1000);
        assertThat(feed.entriesSkipped()).isEqualTo(99_000);
        assertThat(feed.items().getFirst().key()).startsWith("content:");
        assertThat(feed.items().get(1).key()).isNotEqualTo(feed.items().getFirst().key());
    }

    @Test
    void keysAnEntryByItsCanonicalLinkWhenItHasNoGuid() throws Exception {
        byte[] rss = """
                <rss version="2.0"><channel><title>t</title>
                <item><title>Acme raises $5M</title><link>https://News.example/acme?utm_source=rss#top</link></item>
                </channel></rss>""".getBytes(StandardCharsets.UTF_8);

        assertThat(parser.parse(rss).items().getFirst().key()).isEqualTo("https://news.example/acme");
    }

    @Test
    void readsAnRssDocumentWithoutChannelAsAnEmptyFeed() throws Exception {
        byte[] rss = "\uFEFF<?xml version=\"1.0\"?><rss></rss>".getBytes(StandardCharsets.UTF_8);

        assertThat(parser.parse(rss).items()).isEmpty();
    }

    @Test
    void readsRss091WithTheNetscapeDoctypeWithoutLoadingIt() throws Exception {
        byte[] rss = """
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
                  "http://my.netscape.com/publish/formats/rss-0.91.dtd">
                <rss version="0.91"><channel><title>News</title><link>https://example.com/</link>
                <description>d</description><language>en</language>
                <item><title>Orbital Labs raises &eacute;$12M seed round</title><link>https://example.com/a</link></item>
                </channel></rss>
                """.getBytes(StandardCharsets.ISO_8859_1);

        assertThat(parser.parse(rss).items()).extracting(FeedItem::title)
            .containsExactly("Orbital Labs raises \u00e9$12M seed round");
    }

    @Test
    void readsAnAtomFeedWithoutNamespaceAsMinifluxAndGofeedDo() throws Exception {
        List<FeedItem> items = parser.parse(fixture("atom-without-namespace.atom")).items();

        assertThat(items).hasSize(2);
        assertThat(items.getFirst()).isEqualTo(new FeedItem("tag:wire.news.example,2026:tessera",
                "https://wire.news.example/tessera-series-a",
                "Tessera Robotics raises $18M Series A to automate warehouses",
                "The round was led by Index Ventures.", Instant.parse("2026-11-20T07:45:00Z")));
    }

    @Test
    void readsAnAtomFeedWhoseNamespaceIsMisspeltAndKeepsItsExtensions() throws Exception {
        List<FeedItem> items = parser.parse(fixture("atom-misspelt-namespace.atom")).items();

        assertThat(items).containsExactly(new FeedItem("urn:uuid:5f0c1d9e-8a41-4d3b-9d6e-0b1f4c2a7e11",
                "https://desk.news.example/northwind-brightbowl",
                "Northwind Foods to acquire Brightbowl for $240 million",
                "Northwind Foods agreed to buy the meal-kit maker.", Instant.parse("2026-11-21T09:00:00Z")));
    }

    @Test
    void readsAnAtom03FeedWithoutNamespaceByItsVersion() throws Exception {
        List<FeedItem> items = parser.parse(fixture("atom03-without-namespace.atom")).items();

        assertThat(items).extracting(FeedItem::title, FeedItem::link, FeedItem::publishedAt)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("Quill Payments names Dana Ruiz chief financial officer",
                    "https://old.news.example/quill-cfo", Instant.parse("2026-11-18T09:00:00Z")));
    }

    @Test
    void readsTheItemsOfAnRdfDocumentWithoutNamespacesOrChannel() throws Exception {
        List<FeedItem> items = parser.parse(fixture("rss1-without-namespace.rdf")).items();

        assertThat(items).extracting(FeedItem::title)
            .containsExactly("Zugspitz Energie sammelt 25 Millionen Euro ein", "Lumen Grid opens Lisbon office");
        assertThat(items.getFirst().summary()).isEqualTo("Die Finanzierungsrunde wird von F\u00f6rderbank angef\u00fchrt.");
        assertThat(items.getFirst().link()).isEqualTo("https://energie.news.example/zugspitz");
    }

    @Test
    void readsRss10WithMisspeltRdfAndRssNamespaces() throws Exception {
        List<FeedItem> items = parser.parse(fixture("rss1-misspelt-namespaces.rdf")).items();

        // the key is the item's rdf:about, which is read only once the RDF namespace is mended
        assertThat(items).containsExactly(new FeedItem("https://science.news.example/cellpoint",
                "https://science.news.example/cellpoint?ref=rss", "Cellpoint Bio closes $60M Series C", null,
                Instant.parse("2026-11-17T14:00:00Z")));
    }

    @Test
    void trimsWhiteSpaceAroundNamespaceUris() throws Exception {
        // gofeed #309
        List<FeedItem> items = parser.parse(fixture("namespace-whitespace.atom")).items();

        assertThat(items).extracting(FeedItem::title).containsExactly("Orbit Freight raises $9M seed round");
    }

    @Test
    void readsRss2WhoseExtensionNamespacesHaveWhiteSpaceAroundThem() throws Exception {
        // gofeed #309
        byte[] rss = """
                <rss version="2.0" xmlns:itunes=" http://www.itunes.com/DTDs/PodCast-1.0.dtd" xmlns:custom=" http://example.org/ns ">
                <channel><title>Pod</title><itunes:author>A</itunes:author><custom:tag>v</custom:tag>
                <item><title>Episode 12: Harbor AI raises $7M</title><guid isPermaLink="false">ep-12</guid></item>
                </channel></rss>
                """.getBytes(StandardCharsets.UTF_8);

        assertThat(parser.parse(rss).items()).extracting(FeedItem::key, FeedItem::title)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("ep-12", "Episode 12: Harbor AI raises $7M"));
    }

    @Test
    void readsAnRssRootInAStrayDefaultNamespace() throws Exception {
        byte[] rss = """
                <rss version="2.0" xmlns="http://purl.org/rss/2.0/"><channel><title>t</title>
                <item><title>Acme names new CEO</title><guid isPermaLink="false">a-1</guid><pubDate>Tue, 17 Nov 2026 10:00:00 GMT</pubDate></item>
                </channel></rss>
                """.getBytes(StandardCharsets.UTF_8);

        assertThat(parser.parse(rss).items()).extracting(FeedItem::key, FeedItem::publishedAt)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("a-1", Instant.parse("2026-11-17T10:00:00Z")));
    }

    @Test
    void saysWhenAnHtmlPageIsServedAsAFeed() {
        byte[] html = "<!DOCTYPE html>\n<html><head><title>Home</title></head><body><p>hi</body></html>"
            .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> parser.parse(html)).isInstanceOf(UnreadableFeedException.class)
            .hasMessage("not a readable RSS/Atom feed: this is an HTML page, not a feed");
    }

    @Test
    void saysWhenXmlIsNoFeedFormat() {
        byte[] note = "<?xml version=\"1.0\"?><note><to>Tove</to></note>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> parser.parse(note)).isInstanceOf(UnreadableFeedException.class)
            .hasMessage("not a readable RSS/Atom feed: not an RSS, RDF or Atom document: its root element is no known"
                    + " feed format");
    }

    @Test
    void namesAnUnsupportedEncoding() {
        byte[] bogus = "<?xml version=\"1.0\" encoding=\"BOGUS\"?><rss version=\"2.0\"><channel><title>t</title></channel></rss>"
            .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> parser.parse(bogus)).isInstanceOf(UnreadableFeedException.class)
            .hasMessageContaining("BOGUS");
    }

    @Test
    void readsAUtf16FeedWithAByteOrderMark() throws Exception {
        String feed = "<?xml version=\"1.0\" encoding=\"utf-16\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<item><title>Zürich-based Acme raises $5M seed</title><guid>z-1</guid></item></channel></rss>";
        byte[] utf16 = ("\uFEFF" + feed).getBytes(StandardCharsets.UTF_16LE);

        assertThat(parser.parse(utf16).items()).extracting(FeedItem::title).containsExactly("Zürich-based Acme raises $5M seed");
    }

    @Test
    void keepsOnlyTheTextAReaderWouldSeeOfHtmlSummaries() {
        assertThat(FeedParser.plain("<p>Acme <b>raises</b> &euro;5M&nbsp;seed.</p><p>More</p>"
                + "<script>alert('x')</script><style>p{}</style><!-- hidden --><br/>Done &amp; dusted"))
            .isEqualTo("Acme raises €5M seed. More Done & dusted");
        assertThat(FeedParser.plain("   ")).isNull();
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = FeedParserTest.class.getResourceAsStream("/feeds/" + name)) {
            return in.readAllBytes();
        }
    }
}
