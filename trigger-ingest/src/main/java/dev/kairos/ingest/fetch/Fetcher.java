package dev.kairos.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

import dev.kairos.ingest.IngestProperties;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;

/**
 * Every outbound request of ingest. Each hop of a fetch (redirects are followed by hand, at most
 * {@code max-redirects}) is checked by the {@link AddressGuard}, passes its host's {@link HostGates politeness gate},
 * and, for scraped pages, robots.txt. A response must arrive whole within the timeout, be of an expected content type
 * and stay under the size limit after decompression. Requests are conditional when validators from an earlier
 * response are given. Thread-safe; meant to be shared.
 */
public final class Fetcher {

    /** What is fetched: decides the accepted content types and whether robots.txt applies. */
    public enum Purpose {
        FEED(false, "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8,"
                + " text/xml;q=0.8, */*;q=0.1"),
        PAGE(true, "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"),
        ROBOTS(false, "text/plain, */*;q=0.1");

        private final boolean obeysRobots;

        private final String accept;

        Purpose(boolean obeysRobots, String accept) {
            this.obeysRobots = obeysRobots;
            this.accept = accept;
        }

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Types that are surely not what this purpose reads; anything else (including none) is given a try. */
        boolean refuses(String mediaType) {
            return switch (this) {
                case FEED -> mediaType.equals("text/html") || isBinary(mediaType);
                case PAGE -> !mediaType.equals("text/html") && !mediaType.equals("application/xhtml+xml")
                        && !mediaType.equals("text/plain");
                case ROBOTS -> false;
            };
        }

        private static boolean isBinary(String mediaType) {
            return mediaType.startsWith("image/") || mediaType.startsWith("audio/") || mediaType.startsWith("video/")
                    || mediaType.startsWith("font/") || mediaType.equals("application/pdf")
                    || mediaType.equals("application/zip") || mediaType.equals("application/gzip")
                    || mediaType.equals("application/json");
        }
    }

    /** An entity tag and a last-modified date from an earlier response, for a conditional request. */
    public record Validators(@Nullable String etag, @Nullable String lastModified) {

        public static final Validators NONE = new Validators(null, null);
    }

    /**
     * A usable response.
     *
     * @param url where the content came from, after redirects
     * @param notModified the server said the content has not changed since {@code validators} (no body then)
     * @param body the content, decompressed
     * @param contentType the {@code Content-Type} header, if any
     * @param validators what to send next time for a conditional request
     * @param freshFor how long the server says the content stays fresh ({@code Cache-Control: max-age})
     */
    public record Fetched(URI url, boolean notModified, byte[] body, @Nullable String contentType,
            Validators validators, @Nullable Duration freshFor) {
    }

    private static final String ROBOTS_TOKEN = "kairos";

    private static final Duration ROBOTS_KEPT_FOR = Duration.ofHours(24);

    private static final Duration ROBOTS_UNREACHABLE_KEPT_FOR = Duration.ofHours(1);

    private static final int ROBOTS_CACHED_SITES = 10_000;

    private static final Pattern MAX_AGE = Pattern.compile("(?i)(?:^|[,\\s])max-age\\s*=\\s*\"?(\\d{1,10})");

    private static final byte[] NO_BODY = new byte[0];

    private final HttpClient client;

    private final AddressGuard guard;

    private final HostGates gates;

    private final Duration timeout;

    private final long maxBytes;

    private final DataSize maxSize;

    private final int maxRedirects;

    private final String userAgent;

    private final Clock clock;

    private final MeterRegistry meters;

    private final Map<String, CachedRobots> robots = new ConcurrentHashMap<>();

    public Fetcher(IngestProperties.Fetch settings, Clock clock, MeterRegistry meters) {
        this.guard = new AddressGuard(settings.allowedAddresses());
        this.gates = new HostGates(settings.maxConnectionsPerHost(), settings.minDelayPerHost());
        this.timeout = settings.timeout();
        this.maxSize = settings.maxBytes();
        this.maxBytes = settings.maxBytes().toBytes();
        this.maxRedirects = settings.maxRedirects();
        this.userAgent = settings.userAgent();
        this.clock = clock;
        this.meters = meters;
        // registered before the first fetch, so that dashboards and alerts see zeros rather than nothing
        for (Purpose purpose : Purpose.values()) {
            timer(purpose, "ok");
            bytes(purpose);
        }
        // proxies are not followed: the guard judges the address the client really connects to
        this.client = HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .proxy(HttpClient.Builder.NO_PROXY)
            .build();
    }

    /** A fetcher with the service's default settings, for the command-line modes. */
    public static Fetcher withDefaults(List<String> allowedAddresses) {
        return new Fetcher(IngestProperties.Fetch.defaults().allowing(allowedAddresses), Clock.systemUTC(),
                new SimpleMeterRegistry());
    }

    /**
     * Fetches {@code url}.
     *
     * @param validators from the last response of the same URL, to make the request conditional
     * @throws FetchException with the kind of failure and one line saying why
     */
    public Fetched fetch(URI url, Purpose purpose, Validators validators) throws FetchException, InterruptedException {
        Timer.Sample sample = Timer.start(meters);
        try {
            Fetched fetched = follow(url, purpose, validators);
            sample.stop(timer(purpose, fetched.notModified() ? "not_modified" : "ok"));
            bytes(purpose).record(fetched.body().length);
            return fetched;
        }
        catch (FetchException ex) {
            sample.stop(timer(purpose, ex.failure().tag()));
            throw ex;
        }
    }

    private DistributionSummary bytes(Purpose purpose) {
        return DistributionSummary.builder("kairos.ingest.fetch.bytes")
            .description("Response bodies read, after decompression")
            .baseUnit("bytes")
            .tag("purpose", purpose.tag())
            .register(meters);
    }

    private Timer timer(Purpose purpose, String outcome) {
        return Timer.builder("kairos.ingest.fetches")
            .description("Outbound requests by purpose and outcome (ok, not_modified or the kind of failure)")
            .tag("purpose", purpose.tag())
            .tag("outcome", outcome)
            .register(meters);
    }

    private Fetched follow(URI url, Purpose purpose, Validators validators)
            throws FetchException, InterruptedException {
        URI current = url;
        for (int redirects = 0;; redirects++) {
            guard.check(current);
            if (purpose.obeysRobots && !robotsAllow(current)) {
                throw new FetchException(FetchException.Failure.ROBOTS_DISALLOWED,
                        "refused: robots.txt of " + current.getHost() + " disallows " + current.getRawPath());
            }
            URI hop = current;
            HttpResponse<byte[]> response = gates.through(hop.getHost(), () -> exchange(hop, purpose, validators));
            int status = response.statusCode();
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                if (redirects == maxRedirects) {
                    throw new FetchException(FetchException.Failure.TOO_MANY_REDIRECTS,
                            "more than " + maxRedirects + " redirects from " + url);
                }
                current = location(hop, response.headers());
                continue;
            }
            return accept(hop, purpose, response);
        }
    }

    private static URI location(URI from, HttpHeaders headers) throws FetchException {
        String location = headers.firstValue("Location").orElse("").strip();
        if (location.isEmpty()) {
            throw new FetchException(FetchException.Failure.HTTP_SERVER_ERROR, "redirect without a Location from " + from);
        }
        try {
            return from.resolve(new URI(location)).normalize();
        }
        catch (URISyntaxException | IllegalArgumentException ex) {
            throw new FetchException(FetchException.Failure.INVALID_URL,
                    "redirect to an invalid URL '" + location + "' from " + from);
        }
    }

    private HttpResponse<byte[]> exchange(URI url, Purpose purpose, Validators validators)
            throws FetchException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
            .timeout(timeout)
            .header("User-Agent", userAgent)
            .header("Accept", purpose.accept)
            .header("Accept-Encoding", "gzip, deflate");
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        CompletableFuture<HttpResponse<byte[]>> response = client.sendAsync(request.build(),
                info -> isSuccess(info.statusCode()) && !refusedType(purpose, info.headers())
                        ? new CappedBody(maxBytes, maxSize, url)
                        : HttpResponse.BodySubscribers.replacing(NO_BODY));
        try {
            // the request timeout covers the headers only; this covers the whole body too (slow drips)
            return response.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (TimeoutException ex) {
            response.cancel(true);
            throw new FetchException(FetchException.Failure.TIMEOUT,
                    "no complete response within " + human(timeout) + " from " + url, null, ex);
        }
        catch (InterruptedException ex) {
            response.cancel(true);
            throw ex;
        }
        catch (ExecutionException ex) {
            throw failureOf(url, ex.getCause());
        }
    }

    private FetchException failureOf(URI url, @Nullable Throwable cause) {
        return switch (cause) {
            case FetchException fetch -> fetch;
            case HttpConnectTimeoutException connect -> new FetchException(FetchException.Failure.TIMEOUT,
                    "could not connect to " + url.getHost() + " within the connect timeout", null, connect);
            case HttpTimeoutException slow -> new FetchException(FetchException.Failure.TIMEOUT,
                    "no response within " + human(timeout) + " from " + url, null, slow);
            case ConnectException refused -> new FetchException(FetchException.Failure.CONNECT_FAILED,
                    "could not connect to " + url.getHost() + ": " + messageOf(refused), null, refused);
            case null -> new FetchException(FetchException.Failure.IO_ERROR, "fetch of " + url + " failed");
            default -> new FetchException(FetchException.Failure.IO_ERROR,
                    "fetch of " + url + " failed: " + messageOf(cause), null, cause);
        };
    }

    private static String human(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    static String human(DataSize size) {
        long bytes = size.toBytes();
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB"
                : bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " bytes";
    }

    private static String messageOf(Throwable cause) {
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private Fetched accept(URI url, Purpose purpose, HttpResponse<byte[]> response) throws FetchException {
        int status = response.statusCode();
        HttpHeaders headers = response.headers();
        if (status == 304) {
            return new Fetched(url, true, NO_BODY, null, validatorsOf(headers), freshness(headers));
        }
        if (!isSuccess(status)) {
            Duration retryAfter = retryAfter(headers);
            FetchException.Failure failure = status == 429 ? FetchException.Failure.RATE_LIMITED
                    : status >= 500 ? FetchException.Failure.HTTP_SERVER_ERROR
                            : FetchException.Failure.HTTP_CLIENT_ERROR;
            throw new FetchException(failure, "HTTP " + status + " from " + url
                    + (retryAfter == null ? "" : " (retry after " + retryAfter.toSeconds() + " s)"), retryAfter, null);
        }
        String contentType = headers.firstValue("Content-Type").orElse(null);
        if (refusedType(purpose, headers)) {
            throw new FetchException(FetchException.Failure.WRONG_CONTENT_TYPE, "served as " + contentType + ", which is"
                    + " not a " + (purpose == Purpose.FEED ? "feed" : "web page") + ", from " + url);
        }
        byte[] body = decoded(response.body(), headers.firstValue("Content-Encoding").orElse("identity"), url);
        return new Fetched(url, false, body, contentType, validatorsOf(headers), freshness(headers));
    }

    private static boolean isSuccess(int status) {
        return status >= 200 && status < 300;
    }

    private static boolean refusedType(Purpose purpose, HttpHeaders headers) {
        String contentType = headers.firstValue("Content-Type").orElse("");
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return !mediaType.isEmpty() && purpose.refuses(mediaType);
    }

    /** Decompresses, with the size limit applied to what comes out: a small gzip body can inflate to gigabytes. */
    private byte[] decoded(byte[] body, String encoding, URI url) throws FetchException {
        String coding = encoding.strip().toLowerCase(Locale.ROOT);
        if (coding.equals("identity") || coding.isEmpty() || body.length == 0) {
            return body;
        }
        try (InputStream in = switch (coding) {
            case "gzip", "x-gzip" -> new GZIPInputStream(new ByteArrayInputStream(body));
            case "deflate" -> new InflaterInputStream(new ByteArrayInputStream(body));
            default -> throw new FetchException(FetchException.Failure.IO_ERROR,
                    "unsupported Content-Encoding '" + encoding + "' from " + url);
        }) {
            byte[] inflated = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (inflated.length > maxBytes) {
                throw new FetchException(FetchException.Failure.TOO_LARGE,
                        "response inflates to more than " + human(maxSize) + " from " + url);
            }
            return inflated;
        }
        catch (FetchException ex) {
            throw ex;
        }
        catch (IOException ex) {
            throw new FetchException(FetchException.Failure.IO_ERROR,
                    "cannot decompress the " + coding + " response from " + url + ": " + messageOf(ex), null, ex);
        }
    }

    private static Validators validatorsOf(HttpHeaders headers) {
        return new Validators(headers.firstValue("ETag").orElse(null), headers.firstValue("Last-Modified").orElse(null));
    }

    private static @Nullable Duration freshness(HttpHeaders headers) {
        String cacheControl = String.join(",", headers.allValues("Cache-Control"));
        String directives = cacheControl.toLowerCase(Locale.ROOT);
        if (directives.contains("no-store") || directives.contains("no-cache")) {
            return null;
        }
        Matcher maxAge = MAX_AGE.matcher(cacheControl);
        return maxAge.find() ? Duration.ofSeconds(Long.parseLong(maxAge.group(1))) : null;
    }

    /** {@code Retry-After} as seconds or as an HTTP date. */
    private @Nullable Duration retryAfter(HttpHeaders headers) {
        String value = headers.firstValue("Retry-After").orElse("").strip();
        if (value.isEmpty()) {
            return null;
        }
        if (value.chars().allMatch(Character::isDigit) && value.length() < 10) {
            return Duration.ofSeconds(Long.parseLong(value));
        }
        try {
            Duration wait = Duration.between(clock.instant(),
                    ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            return wait.isNegative() ? Duration.ZERO : wait;
        }
        catch (DateTimeParseException ex) {
            return null;
        }
    }

    /**
     * Whether robots.txt lets Kairos fetch {@code url}. A missing robots.txt (4xx) allows everything; one that cannot
     * be read (5xx, timeouts) disallows everything for an hour, as RFC 9309 asks.
     */
    private boolean robotsAllow(URI url) throws InterruptedException {
        String site = url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getRawAuthority().toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        CachedRobots cached = robots.get(site);
        if (cached == null || cached.expires().isBefore(now)) {
            cached = fetchRobots(URI.create(site + "/robots.txt"), now);
            if (robots.size() >= ROBOTS_CACHED_SITES) {
                robots.clear();
            }
            robots.put(site, cached);
        }
        return cached.rules().allows(url);
    }

    private CachedRobots fetchRobots(URI robotsUrl, Instant now) throws InterruptedException {
        try {
            Fetched fetched = fetch(robotsUrl, Purpose.ROBOTS, Validators.NONE);
            String type = fetched.contentType() == null ? "" : fetched.contentType().toLowerCase(Locale.ROOT);
            RobotsTxt rules = type.startsWith("text/html") ? RobotsTxt.ALLOW_ALL
                    : RobotsTxt.parse(robotsUrl, fetched.body(), fetched.contentType(), ROBOTS_TOKEN);
            return new CachedRobots(rules, now.plus(ROBOTS_KEPT_FOR));
        }
        catch (FetchException ex) {
            if (ex.failure() == FetchException.Failure.HTTP_CLIENT_ERROR) {
                return new CachedRobots(RobotsTxt.ALLOW_ALL, now.plus(ROBOTS_KEPT_FOR));
            }
            return new CachedRobots(RobotsTxt.DISALLOW_ALL, now.plus(ROBOTS_UNREACHABLE_KEPT_FOR));
        }
    }

    private record CachedRobots(RobotsTxt rules, Instant expires) {
    }

    /** Collects a body up to {@code maxBytes}, cancelling the download as soon as it is exceeded. */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

        private final CompletableFuture<byte[]> result = new CompletableFuture<>();

        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        private final long maxBytes;

        private final DataSize maxSize;

        private final URI url;

        private Flow.@Nullable Subscription subscription;

        CappedBody(long maxBytes, DataSize maxSize, URI url) {
            this.maxBytes = maxBytes;
            this.maxSize = maxSize;
            this.url = url;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                if (body.size() + (long) buffer.remaining() > maxBytes) {
                    result.completeExceptionally(new FetchException(FetchException.Failure.TOO_LARGE,
                            "response larger than " + human(maxSize) + " from " + url));
                    subscription.cancel();
                    return;
                }
                byte[] bytes = new byte[buffer.remaining()];
                buffer.get(bytes);
                body.writeBytes(bytes);
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(body.toByteArray());
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }
    }
}
