package dev.kairos.ingest.source;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import dev.kairos.events.Evidence;
import dev.kairos.events.Source;
import dev.kairos.ingest.IngestProperties;
import dev.kairos.ingest.detect.Detection;
import dev.kairos.ingest.detect.TriggerDetector;
import dev.kairos.ingest.fetch.FetchException;
import dev.kairos.ingest.fetch.Fetcher;
import dev.kairos.ingest.feed.Feed;
import dev.kairos.ingest.feed.FeedItem;
import dev.kairos.ingest.feed.FeedParser;
import dev.kairos.ingest.feed.UnreadableFeedException;
import dev.kairos.ingest.page.PageScraper;
import dev.kairos.ingest.publish.PublishedEvents;
import dev.kairos.ingest.publish.TriggerEventPublisher;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a source once: fetch, parse, and for each item not seen before (or changed since) detect and publish its
 * triggers, then record the item on {@code ingest.seen}. A failure is logged with the source's id and URL, counted,
 * and returned; it never escapes.
 */
@Component
class SourceReader {

    private static final Logger log = LoggerFactory.getLogger(SourceReader.class);

    /** Per source: enough to cover any feed's window of recent items, bounded so memory stays flat. */
    private static final int SEEN_ITEMS_PER_SOURCE = 5_000;

    /**
     * What a read came to.
     *
     * @param published events published or revised
     * @param failure why the read failed, or null
     * @param nextPollIn when the source asks to be read again (e.g. Retry-After), or null
     */
    record Outcome(int published, @Nullable String failure, @Nullable Duration nextPollIn) {
    }

    private final Fetcher fetcher;

    private final IngestProperties properties;

    private final FeedParser parser;

    private final PageScraper pages;

    private final TriggerDetector detector;

    private final TriggerEventPublisher publisher;

    private final PublishedEvents publishedEvents;

    private final KafkaTemplate<String, SeenItem> kafka;

    private final Clock clock;

    private final MeterRegistry meters;

    private final Map<String, Map<String, SeenItem>> seen = new ConcurrentHashMap<>();

    /** Per source: validators of the last response whose items were all handled, for the next conditional GET. */
    private final Map<String, Fetcher.Validators> validators = new ConcurrentHashMap<>();

    SourceReader(IngestProperties properties, Fetcher fetcher, TriggerDetector detector,
            TriggerEventPublisher publisher, PublishedEvents publishedEvents, KafkaTemplate<String, SeenItem> kafka,
            Clock clock, MeterRegistry meters) {
        this.fetcher = fetcher;
        this.properties = properties;
        this.parser = new FeedParser(properties.maxItemsPerFeed());
        this.pages = new PageScraper(article -> fetcher.fetch(article, Fetcher.Purpose.PAGE, Fetcher.Validators.NONE)
            .body(), properties.maxArticlesPerPage(), properties.followLinksToOtherHosts());
        this.detector = detector;
        this.publisher = publisher;
        this.publishedEvents = publishedEvents;
        this.kafka = kafka;
        this.clock = clock;
        this.meters = meters;
        // registered before the first read, so that dashboards and alerts see zeros rather than nothing
        readTimer("ok");
        for (String outcome : new String[] { "new", "changed", "duplicate", "no_trigger", "failed" }) {
            meters.counter("kairos.ingest.items", "outcome", outcome);
        }
        meters.counter("kairos.ingest.seen.write.failures");
    }

    /** Takes in an item read before, by this instance or another. */
    void remember(SeenItem item) {
        seenOf(item.sourceId()).put(item.itemKey(), item);
        item.events().forEach(publishedEvents::remember);
    }

    /** Waits until every item recorded as seen so far is on {@code ingest.seen} (or failed to get there). */
    void flushSeen() {
        kafka.flush();
    }

    Outcome read(Source source, int partition) {
        Timer.Sample sample = Timer.start(meters);
        Fetcher.Fetched fetched;
        List<FeedItem> items;
        Duration ttl = null;
        try {
            Fetcher.Purpose purpose = source.kind() == Source.Kind.PAGE ? Fetcher.Purpose.PAGE : Fetcher.Purpose.FEED;
            fetched = fetcher.fetch(URI.create(source.url()), purpose,
                    validators.getOrDefault(source.sourceId(), Fetcher.Validators.NONE));
            if (fetched.notModified()) {
                sample.stop(readTimer("not_modified"));
                return new Outcome(0, null, nextPollIn(source, fetched.freshFor(), null));
            }
            items = switch (source.kind()) {
                case FEED -> {
                    Feed feed = parser.parse(fetched.body(), fetched.contentType());
                    if (feed.entriesSkipped() > 0) {
                        log.info("Source {} lists {} entries more than the {} read per poll", source.sourceId(),
                                feed.entriesSkipped(), properties.maxItemsPerFeed());
                    }
                    ttl = feed.ttl();
                    yield feed.items();
                }
                case PAGE -> pages.scrape(source, fetched.body(), seenOf(source.sourceId())::containsKey);
            };
            sample.stop(readTimer("ok"));
        }
        catch (FetchException ex) {
            sample.stop(readTimer("fetch_failed"));
            return failed(source, ex.getMessage(), ex.retryAfter());
        }
        catch (UnreadableFeedException ex) {
            sample.stop(readTimer("unreadable"));
            return failed(source, ex.getMessage(), null);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return new Outcome(0, "interrupted", null);
        }
        catch (IOException | RuntimeException ex) {
            sample.stop(readTimer("unreadable"));
            return failed(source, ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage(), null);
        }
        Map<String, SeenItem> seenItems = seenOf(source.sourceId());
        int published = 0;
        boolean allHandled = true;
        for (FeedItem item : items) {
            String contentHash = PublishedEvents.fingerprint(item.title() + "\n" + Objects.requireNonNullElse(item.summary(), ""));
            SeenItem before = seenItems.get(item.key());
            if (before != null && before.contentHash().equals(contentHash)) {
                meters.counter("kairos.ingest.items", "outcome", "duplicate").increment();
                continue;
            }
            int itemPublished = read(source, partition, item, contentHash, before != null);
            allHandled &= itemPublished >= 0;
            published += Math.max(0, itemPublished);
        }
        if (allHandled) {
            // only now may the next request be conditional: a 304 must not hide items that were not published
            validators.put(source.sourceId(), fetched.validators());
        }
        else {
            validators.remove(source.sourceId());
        }
        return new Outcome(published, null, nextPollIn(source, fetched.freshFor(), ttl));
    }

    /**
     * The wait a source asks for, when longer than its poll interval: {@code Cache-Control: max-age} or RSS
     * {@code <ttl>}, capped so that a year-long max-age does not silence a source.
     */
    private @Nullable Duration nextPollIn(Source source, @Nullable Duration freshFor, @Nullable Duration ttl) {
        Duration asked = freshFor == null ? ttl : ttl == null ? freshFor : freshFor.compareTo(ttl) > 0 ? freshFor : ttl;
        if (asked == null || asked.compareTo(source.pollInterval()) <= 0) {
            return null;
        }
        Duration cap = properties.polling().maxBackOff();
        return asked.compareTo(cap) > 0 ? cap : asked;
    }

    private Timer readTimer(String outcome) {
        return Timer.builder("kairos.ingest.reads")
            .description("Polls of a source by outcome: ok, not_modified, fetch_failed, unreadable")
            .tag("outcome", outcome)
            .register(meters);
    }

    /** Detects and publishes the item's triggers: the events published, or -1 when publishing failed. */
    private int read(Source source, int partition, FeedItem item, String contentHash, boolean changed) {
        List<Detection> detections = detector.detect(item.title(), item.summary());
        Evidence evidence = new Evidence(source.sourceId(), item.link(), item.title(), item.summary());
        List<PublishedEvents.Published> events = new ArrayList<>();
        int published = 0;
        for (Detection detection : detections) {
            TriggerEventPublisher.Result result = publisher.publish(detection, item.publishedAt(), evidence);
            switch (result.outcome()) {
                case FAILED -> {
                    // not recorded as seen, so the next poll tries again
                    meters.counter("kairos.ingest.items", "outcome", "failed").increment();
                    return -1;
                }
                case PUBLISHED, REVISED -> published++;
                case DUPLICATE, UNATTRIBUTED -> {
                }
            }
            if (result.event() != null) {
                events.add(result.event());
            }
        }
        String outcome = detections.isEmpty() ? "no_trigger" : changed ? "changed" : "new";
        meters.counter("kairos.ingest.items", "outcome", outcome).increment();
        SeenItem seenItem = new SeenItem(SeenItem.SCHEMA_VERSION, source.sourceId(), item.key(), contentHash, events,
                clock.instant());
        seenOf(source.sourceId()).put(item.key(), seenItem);
        kafka.send(SeenItem.TOPIC, partition, seenItem.key(), seenItem).whenComplete((sent, ex) -> {
            if (ex != null) {
                meters.counter("kairos.ingest.seen.write.failures").increment();
                log.warn("Could not record item {} of {} as seen: {}", item.key(), source.sourceId(), ex.getMessage());
            }
        });
        return published;
    }

    private Outcome failed(Source source, String reason, @Nullable Duration retryAfter) {
        log.warn("Source {} at {} failed: {}", source.sourceId(), source.url(), reason);
        Duration cap = properties.polling().maxBackOff();
        return new Outcome(0, reason, retryAfter != null && retryAfter.compareTo(cap) > 0 ? cap : retryAfter);
    }

    private Map<String, SeenItem> seenOf(String sourceId) {
        return seen.computeIfAbsent(sourceId, id -> java.util.Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, SeenItem> eldest) {
                return size() > SEEN_ITEMS_PER_SOURCE;
            }
        }));
    }
}
