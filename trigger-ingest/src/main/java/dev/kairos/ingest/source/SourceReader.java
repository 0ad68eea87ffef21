package dev.kairos.ingest.source;

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

    private final SourceFetcher fetcher;

    private final FeedParser parser;

    private final PageScraper pages;

    private final TriggerDetector detector;

    private final TriggerEventPublisher publisher;

    private final PublishedEvents publishedEvents;

    private final KafkaTemplate<String, SeenItem> kafka;

    private final Clock clock;

    private final MeterRegistry meters;

    private final Map<String, Map<String, SeenItem>> seen = new ConcurrentHashMap<>();

    SourceReader(IngestProperties properties, TriggerDetector detector, TriggerEventPublisher publisher,
            PublishedEvents publishedEvents, KafkaTemplate<String, SeenItem> kafka, Clock clock, MeterRegistry meters) {
        this.fetcher = new SourceFetcher(properties.fetch());
        this.parser = new FeedParser(properties.maxItemsPerFeed());
        this.pages = new PageScraper(fetcher::fetch, properties.maxArticlesPerPage());
        this.detector = detector;
        this.publisher = publisher;
        this.publishedEvents = publishedEvents;
        this.kafka = kafka;
        this.clock = clock;
        this.meters = meters;
    }

    /** Takes in an item read before, by this instance or another. */
    void remember(SeenItem item) {
        seenOf(item.sourceId()).put(item.itemKey(), item);
        item.events().forEach(publishedEvents::remember);
    }

    Outcome read(Source source, int partition) {
        Timer.Sample sample = Timer.start(meters);
        List<FeedItem> items;
        try {
            items = switch (source.kind()) {
                case FEED -> parser.parse(fetcher.fetch(URI.create(source.url())));
                case PAGE -> pages.scrape(source, seenOf(source.sourceId())::containsKey);
            };
            sample.stop(meters.timer("kairos.ingest.fetch", "outcome", "ok"));
        }
        catch (UnreadableFeedException ex) {
            sample.stop(meters.timer("kairos.ingest.fetch", "outcome", "unreadable"));
            return failed(source, ex.getMessage());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return new Outcome(0, "interrupted", null);
        }
        catch (Exception ex) {
            sample.stop(meters.timer("kairos.ingest.fetch", "outcome", "error"));
            return failed(source, ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage());
        }
        Map<String, SeenItem> seenItems = seenOf(source.sourceId());
        int published = 0;
        for (FeedItem item : items) {
            String contentHash = PublishedEvents.fingerprint(item.title() + "\n" + Objects.requireNonNullElse(item.summary(), ""));
            SeenItem before = seenItems.get(item.key());
            if (before != null && before.contentHash().equals(contentHash)) {
                meters.counter("kairos.ingest.items", "outcome", "duplicate").increment();
                continue;
            }
            published += read(source, partition, item, contentHash, before != null);
        }
        return new Outcome(published, null, null);
    }

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
                    return published;
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

    private Outcome failed(Source source, String reason) {
        log.warn("Source {} at {} failed: {}", source.sourceId(), source.url(), reason);
        return new Outcome(0, reason, null);
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
