package dev.kairos.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;

import dev.kairos.ingest.IngestProperties;
import dev.kairos.ingest.fetch.FetchException.Failure;
import dev.kairos.ingest.fetch.Fetcher.Purpose;
import dev.kairos.ingest.fetch.Fetcher.Validators;
import dev.kairos.test.FixtureServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;

/** Every fetch limit and guard, against a real HTTP server on 127.0.0.1 that misbehaves on purpose. */
class FetcherTest {

    private static final byte[] FEED = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>News</title>
            <item><title>Acme raises $5M seed</title><link>https://news.example/acme</link></item></channel></rss>
            """.getBytes(StandardCharsets.UTF_8);

    /** The site under test: the only internal address the fetcher may reach. */
    private final FixtureServer site = FixtureServer.start();

    /** Stands for an internal service: nothing may reach it. */
    private final FixtureServer internal = FixtureServer.start();

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private final Fetcher fetcher = fetcher(Duration.ofSeconds(2), Duration.ZERO);

    @AfterEach
    void stopServers() {
        site.close();
        internal.close();
    }

    private Fetcher fetcher(Duration timeout, Duration minDelayPerHost) {
        return fetcher(timeout, minDelayPerHost, java.time.Clock.systemUTC());
    }

    private Fetcher fetcher(Duration timeout, Duration minDelayPerHost, java.time.Clock clock) {
        IngestProperties.Fetch settings = new IngestProperties.Fetch(Duration.ofSeconds(2), timeout,
                DataSize.ofKilobytes(256), 3, URI.create("https://kairos.example/contact"),
                List.of("127.0.0.1:" + site.base().getPort()), 2, minDelayPerHost);
        return new Fetcher(settings, clock, meters);
    }

    private Fetcher.Fetched feed(URI url) throws Exception {
        return fetcher.fetch(url, Purpose.FEED, Validators.NONE);
    }

    @Test
    void readsAFeedAndSaysWhoIsAsking() throws Exception {
        URI url = site.serve("/feed.xml", "application/rss+xml", FEED);

        Fetcher.Fetched fetched = feed(url);

        assertThat(fetched.body()).isEqualTo(FEED);
        assertThat(fetched.contentType()).isEqualTo("application/rss+xml");
        assertThat(site.lastRequestHeaders("/feed.xml")).containsEntry("user-agent",
                "Kairos/1 (+https://kairos.example/contact)");
        assertThat(meters.timer("kairos.ingest.fetches", "purpose", "feed", "outcome", "ok").count()).isEqualTo(1);
        assertThat(meters.summary("kairos.ingest.fetch.bytes", "purpose", "feed").totalAmount())
            .isEqualTo(FEED.length);
    }

    @Test
    void asksConditionallyWithTheValidatorsOfTheLastResponse() throws Exception {
        URI url = site.conditional("/feed.xml", "application/rss+xml", FEED, "\"v1\"");
        Fetcher.Fetched first = feed(url);

        Fetcher.Fetched second = fetcher.fetch(url, Purpose.FEED, first.validators());

        assertThat(first.validators()).isEqualTo(new Validators("\"v1\"", "Wed, 18 Nov 2026 09:30:00 GMT"));
        assertThat(second.notModified()).isTrue();
        assertThat(second.body()).isEmpty();
        assertThat(site.lastRequestHeaders("/feed.xml")).containsEntry("if-none-match", "\"v1\"")
            .containsEntry("if-modified-since", "Wed, 18 Nov 2026 09:30:00 GMT");
        assertThat(meters.timer("kairos.ingest.fetches", "purpose", "feed", "outcome", "not_modified").count())
            .isEqualTo(1);
    }

    @Test
    void reportsHowLongTheServerSaysTheContentStaysFresh() throws Exception {
        URI url = site.answer("/feed.xml", 200,
                Map.of("Content-Type", "application/rss+xml", "Cache-Control", "public, max-age=3600"), FEED);

        assertThat(feed(url).freshFor()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void passesOnHowLongARateLimitingServerAsksToWait() {
        URI url = site.answer("/feed.xml", 429, Map.of("Retry-After", "120"), new byte[0]);

        assertThatThrownBy(() -> feed(url)).isInstanceOfSatisfying(FetchException.class, ex -> {
            assertThat(ex.failure()).isEqualTo(Failure.RATE_LIMITED);
            assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(120));
            assertThat(ex).hasMessage("HTTP 429 from " + url + " (retry after 120 s)");
        });
        assertThat(meters.timer("kairos.ingest.fetches", "purpose", "feed", "outcome", "rate_limited").count())
            .isEqualTo(1);
    }

    @Test
    void namesTheStatusOfAFailedRequest() {
        URI url = site.answer("/gone.xml", 404, Map.of(), new byte[0]);

        assertThatThrownBy(() -> feed(url)).isInstanceOf(FetchException.class)
            .hasMessage("HTTP 404 from " + url)
            .extracting(ex -> ((FetchException) ex).failure())
            .isEqualTo(Failure.HTTP_CLIENT_ERROR);
    }

    @Test
    void decompressesGzip() throws Exception {
        URI url = site.answer("/feed.xml", 200,
                Map.of("Content-Type", "application/rss+xml", "Content-Encoding", "gzip"), gzip(FEED));

        assertThat(feed(url).body()).isEqualTo(FEED);
        assertThat(site.lastRequestHeaders("/feed.xml")).containsEntry("accept-encoding", "gzip, deflate");
    }

    @Test
    void stopsAGzipBombAtTheSizeLimitAfterDecompression() {
        URI url = site.gzipBomb(64 * 1024 * 1024);

        assertThatThrownBy(() -> feed(url)).isInstanceOf(FetchException.class)
            .hasMessage("response inflates to more than 256 KB from " + url)
            .extracting(ex -> ((FetchException) ex).failure())
            .isEqualTo(Failure.TOO_LARGE);
    }

    @Test
    void stopsReadingAnEndlessBodyAtTheSizeLimit() {
        URI url = site.huge();

        assertThatThrownBy(() -> feed(url)).isInstanceOf(FetchException.class)
            .hasMessage("response larger than 256 KB from " + url)
            .extracting(ex -> ((FetchException) ex).failure())
            .isEqualTo(Failure.TOO_LARGE);
    }

    @Test
    void givesUpOnASlowDripAtTheTotalTimeout() {
        Fetcher impatient = fetcher(Duration.ofMillis(500), Duration.ZERO);
        URI url = site.slow(Duration.ofMillis(100));

        assertThatThrownBy(() -> impatient.fetch(url, Purpose.FEED, Validators.NONE))
            .isInstanceOf(FetchException.class)
            .hasMessage("no complete response within 500 ms from " + url)
            .extracting(ex -> ((FetchException) ex).failure())
            .isEqualTo(Failure.TIMEOUT);
    }

    @Test
    void followsRedirectsUpToTheLimit() throws Exception {
        site.serve("/feed.xml", "application/rss+xml", FEED);
        URI url = site.redirect("/old", "/feed.xml");

        Fetcher.Fetched fetched = feed(url);

        assertThat(fetched.body()).isEqualTo(FEED);
        assertThat(fetched.url()).isEqualTo(site.base().resolve("/feed.xml"));
    }

    @Test
    void givesUpOnARedirectLoop() {
        URI url = site.redirectLoop();

        assertThatThrownBy(() -> feed(url)).isInstanceOf(FetchException.class)
            .hasMessage("more than 3 redirects from " + url)
            .extracting(ex -> ((FetchException) ex).failure())
            .isEqualTo(Failure.TOO_MANY_REDIRECTS);
        assertThat(site.hits("/loop")).isEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://127.0.0.1:%d/secret", "http://[::ffff:127.0.0.1]:%d/secret",
            "http://[::ffff:7f00:1]:%d/secret", "http://127.1:%d/secret", "http://localhost:%d/secret",
            "http://[::1]:%d/secret", "http://[0:0:0:0:0:ffff:127.0.0.1]:%d/secret", "http://2130706433:%d/secret" })
    void refusesARedirectToAnInternalAddressInAnySpelling(String target) {
        internal.serve("/secret", "application/rss+xml", FEED);
        URI url = site.redirect("/innocent", target.formatted(internal.base().getPort()));

        // Java reads some spellings as the address they stand for and others as no valid host: either way, refused
        assertThatThrownBy(() -> feed(url)).isInstanceOfSatisfying(FetchException.class, ex -> {
            assertThat(ex.failure()).isIn(Failure.BLOCKED_ADDRESS, Failure.INVALID_URL);
            assertThat(ex.getMessage()).startsWith("refused: ");
        });
        assertThat(internal.hits("/secret")).isZero();
    }

    @Test
    void refusesARedirectToTheCloudMetadataAddress() {
        URI url = site.redirect("/innocent", "http://169.254.169.254/latest/meta-data/");

        assertThatThrownBy(() -> feed(url)).isInstanceOf(FetchException.class)
            .hasMessage("refused: 169.254.169.254 is 169.254.169.254, a link-local address (allow it in"
                    + " trigger.ingest.fetch.allowed-addresses if it is really meant)")
            .extracting(ex -> ((FetchException) ex).failure())
            .isEqualTo(Failure.BLOCKED_ADDRESS);
        assertThat(meters.timer("kairos.ingest.fetches", "purpose", "feed", "outcome", "blocked_address").count())
            .isEqualTo(1);
    }

    @Test
    void refusesInternalAddressesUnlessAllowed() throws Exception {
        URI url = internal.serve("/feed.xml", "application/rss+xml", FEED);

        assertThatThrownBy(() -> feed(url)).isInstanceOf(FetchException.class).hasMessageContaining("loopback");
        assertThat(internal.hits("/feed.xml")).isZero();
        assertThatThrownBy(() -> Fetcher.withDefaults(List.of()).fetch(site.serve("/feed.xml", "application/rss+xml", FEED),
                Purpose.FEED, Validators.NONE))
            .isInstanceOf(FetchException.class)
            .hasMessageContaining("loopback");
    }

    @ParameterizedTest
    @ValueSource(strings = { "file:///etc/passwd", "ftp://news.example/feed.xml", "gopher://news.example/" })
    void fetchesOnlyHttpAndHttps(String url) {
        assertThatThrownBy(() -> feed(URI.create(url))).isInstanceOf(FetchException.class)
            .hasMessageStartingWith("refused: only http and https URLs are fetched")
            .extracting(ex -> ((FetchException) ex).failure())
            .isEqualTo(Failure.INVALID_URL);
    }

    @Test
    void refusesAWebPageServedWhereAFeedWasExpected() {
        URI url = site.wrongContentType();

        assertThatThrownBy(() -> feed(url)).isInstanceOf(FetchException.class)
            .hasMessage("served as text/html, which is not a feed, from " + url)
            .extracting(ex -> ((FetchException) ex).failure())
            .isEqualTo(Failure.WRONG_CONTENT_TYPE);
    }

    @Test
    void honoursRobotsTxtForScrapedPages() throws Exception {
        site.serve("/robots.txt", "text/plain", """
                User-agent: *
                Disallow: /private/

                User-agent: kairos
                Disallow: /members/
                Allow: /members/public$
                """);
        URI members = site.serve("/members/list", "text/html", "<html><title>members</title></html>");
        URI open = site.serve("/members/public", "text/html", "<html><title>public</title></html>");
        URI privateToOthers = site.serve("/private/news", "text/html", "<html><title>news</title></html>");

        assertThatThrownBy(() -> fetcher.fetch(members, Purpose.PAGE, Validators.NONE))
            .isInstanceOf(FetchException.class)
            .hasMessage("refused: robots.txt of 127.0.0.1 disallows /members/list")
            .extracting(ex -> ((FetchException) ex).failure())
            .isEqualTo(Failure.ROBOTS_DISALLOWED);
        assertThat(site.hits("/members/list")).isZero();
        assertThat(fetcher.fetch(open, Purpose.PAGE, Validators.NONE).body()).isNotEmpty();
        assertThat(fetcher.fetch(privateToOthers, Purpose.PAGE, Validators.NONE).body()).isNotEmpty();
        assertThat(site.hits("/robots.txt")).isEqualTo(1);
    }

    @Test
    void readsPagesOfASiteWithoutRobotsTxt() throws Exception {
        URI page = site.serve("/news", "text/html", "<html><title>news</title></html>");

        assertThat(fetcher.fetch(page, Purpose.PAGE, Validators.NONE).body()).isNotEmpty();
    }

    @Test
    void readsPagesOfASiteWhoseRobotsTxtIsForbidden() throws Exception {
        // RFC 9309 2.3.1.3: a 4xx answer means there is no robots.txt for us, so everything is allowed
        site.answer("/robots.txt", 403, Map.of(), new byte[0]);
        URI page = site.serve("/news", "text/html", "<html><title>news</title></html>");

        assertThat(fetcher.fetch(page, Purpose.PAGE, Validators.NONE).body()).isNotEmpty();
        assertThat(fetcher.fetch(page, Purpose.PAGE, Validators.NONE).body()).isNotEmpty();
        assertThat(site.hits("/robots.txt")).isEqualTo(1);
    }

    @Test
    void refusesEveryPageWhileRobotsTxtFailsAndAsksAgainAnHourLater() throws Exception {
        // RFC 9309 2.3.1.4: a 5xx answer means the site may not be crawled at all
        site.answer("/robots.txt", 503, Map.of(), new byte[0]);
        URI page = site.serve("/news", "text/html", "<html><title>news</title></html>");
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-20T10:00:00Z"));
        Fetcher fetcher = fetcher(Duration.ofSeconds(2), Duration.ZERO, new java.time.Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        });

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> fetcher.fetch(page, Purpose.PAGE, Validators.NONE))
                .isInstanceOf(FetchException.class)
                .extracting(ex -> ((FetchException) ex).failure())
                .isEqualTo(Failure.ROBOTS_DISALLOWED);
        }
        assertThat(site.hits("/news")).isZero();
        assertThat(site.hits("/robots.txt")).isEqualTo(1);

        site.serve("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
        now.set(now.get().plus(Duration.ofMinutes(61)));

        assertThat(fetcher.fetch(page, Purpose.PAGE, Validators.NONE).body()).isNotEmpty();
        assertThat(site.hits("/robots.txt")).isEqualTo(2);
    }

    @Test
    void spacesOutRequestsToTheSameHost() throws Exception {
        Fetcher polite = fetcher(Duration.ofSeconds(2), Duration.ofMillis(600));
        URI url = site.serve("/feed.xml", "application/rss+xml", FEED);

        polite.fetch(url, Purpose.FEED, Validators.NONE);
        polite.fetch(url, Purpose.FEED, Validators.NONE);

        // the delay is between request starts; the server sees the first one later by the time a connection takes,
        // which on a busy machine can be a good part of 100 ms; unspaced, the two arrive a few milliseconds apart
        List<java.time.Instant> arrivals = site.arrivals("/feed.xml");
        assertThat(Duration.between(arrivals.get(0), arrivals.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    private static byte[] gzip(byte[] bytes) throws Exception {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
            out.write(bytes);
        }
        return compressed.toByteArray();
    }
}
