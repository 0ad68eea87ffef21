package dev.kairos.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.kairos.events.Source;
import dev.kairos.ingest.feed.FeedItem;
import dev.kairos.test.FixtureServer;
import org.junit.jupiter.api.Test;

class PageScraperTest {

    static final Source.PageSelectors SELECTORS = new Source.PageSelectors("ul.stories a.story-link", "h1.headline",
            "time.published", "div.article-body p");

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void followsSameHostArticleLinksAndReadsTitleDateAndBody() throws Exception {
        try (FixtureServer site = FixtureServer.start()) {
            URI listing = site.page("funding-listing.html");
            site.serve("/2026/11/quanta-freight-series-a", "text/html", resource("quanta-freight-series-a.html"));
            Source source = new Source(1, "ledger", Source.Kind.PAGE, listing.toString(), SELECTORS,
                    Duration.ofMinutes(15), true);

            List<FeedItem> items = new PageScraper(this::get, 10).scrape(source, get(listing), link -> false);

            String quanta = site.base() + "/2026/11/quanta-freight-series-a";
            assertThat(items).containsExactly(new FeedItem(quanta, quanta,
                    "Quanta Freight raises $18M Series A to automate cross-border shipping",
                    "Quanta Freight said on Wednesday it raised $18 million in a Series A round led by Northzone. The"
                            + " company will use the money to hire engineers.",
                    Instant.parse("2026-11-18T08:00:00Z")));
            assertThat(site.hits("/2026/11/quanta-freight-series-a")).isEqualTo(1);
        }
    }

    @Test
    void doesNotFetchArticlesItHasSeen() throws Exception {
        try (FixtureServer site = FixtureServer.start()) {
            URI listing = site.page("funding-listing.html");
            site.serve("/2026/11/quanta-freight-series-a", "text/html", resource("quanta-freight-series-a.html"));
            Source source = new Source(1, "ledger", Source.Kind.PAGE, listing.toString(), SELECTORS,
                    Duration.ofMinutes(15), true);

            List<FeedItem> items = new PageScraper(this::get, 10).scrape(source, get(listing), link -> link.contains("quanta"));

            assertThat(items).isEmpty();
            assertThat(site.hits("/2026/11/quanta-freight-series-a")).isZero();
        }
    }

    @Test
    void keepsOnlyHttpLinksOnTheListingsHostWithoutTrackingOrFragments() {
        var listing = org.jsoup.Jsoup.parse(new String(resource("funding-listing.html")),
                "https://startup-ledger.example/funding");

        assertThat(PageScraper.articleLinks(listing, URI.create("https://startup-ledger.example/funding"),
                SELECTORS.articleLinks()))
            .containsExactly("https://startup-ledger.example/2026/11/quanta-freight-series-a",
                    "https://startup-ledger.example/2026/11/helio-cmo");
    }

    @Test
    void fallsBackToPageMetadataWhenSelectorsFindNothing() {
        var page = org.jsoup.Jsoup.parse(new String(resource("helio-cmo.html")));

        FeedItem item = PageScraper.article(page, "https://x.example/a", SELECTORS);

        assertThat(item.title()).isEqualTo("Helio Health names Dana Whitfield chief marketing officer");
        assertThat(item.summary()).isEqualTo("Helio Health appointed Dana Whitfield as CMO.");
        assertThat(item.publishedAt()).isNull();
    }

    @Test
    void readsCommonDateFormats() {
        assertThat(PageScraper.parseDate("2026-11-18T08:00:00+01:00")).isEqualTo(Instant.parse("2026-11-18T07:00:00Z"));
        assertThat(PageScraper.parseDate("Wed, 18 Nov 2026 08:00:00 GMT")).isEqualTo(Instant.parse("2026-11-18T08:00:00Z"));
        assertThat(PageScraper.parseDate("2026-11-18")).isEqualTo(Instant.parse("2026-11-18T00:00:00Z"));
        assertThat(PageScraper.parseDate("last Tuesday")).isNull();
    }

    @Test
    void followsLinksToOtherHostsOnlyWhenAllowed() {
        var listing = org.jsoup.Jsoup.parse(new String(resource("funding-listing.html")),
                "https://startup-ledger.example/funding");

        assertThat(PageScraper.articleLinks(listing, null, SELECTORS.articleLinks()))
            .contains("https://startup-ledger.example/2026/11/quanta-freight-series-a")
            .anyMatch(link -> !link.startsWith("https://startup-ledger.example/"));
    }

    private byte[] get(URI uri) throws java.io.IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    private static byte[] resource(String name) {
        try (var in = PageScraperTest.class.getResourceAsStream("/pages/" + name)) {
            return in.readAllBytes();
        }
        catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

}
