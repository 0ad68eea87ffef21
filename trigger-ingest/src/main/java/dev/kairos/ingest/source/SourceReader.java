package dev.kairos.ingest.source;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.kairos.events.Evidence;
import dev.kairos.events.Source;
import dev.kairos.ingest.IngestProperties;
import dev.kairos.ingest.detect.Detection;
import dev.kairos.ingest.detect.TriggerDetector;
import dev.kairos.ingest.feed.FeedItem;
import dev.kairos.ingest.feed.FeedParser;
import dev.kairos.ingest.feed.UnreadableFeedException;
import dev.kairos.ingest.publish.TriggerEventPublisher;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads a source once: fetch, parse, detect, and publish the triggers of items not seen before. A failure is logged
 * with the source's id and URL, counted, and returned; it never escapes.
 */
@Component
class SourceReader {

    private static final Logger log = LoggerFactory.getLogger(SourceReader.class);

    /** Per source: enough to cover any feed's window of recent items, bounded so memory stays flat. */
    private static final int SEEN_ITEMS_PER_SOURCE = 5_000;

    /**
     * What a read came to.
     *
     * @param published events published
     * @param failure why the read failed, or null
     * @param nextPollIn when the source asks to be read again (e.g. Retry-After), or null
     */
    record Outcome(int published, @Nullable String failure, @Nullable Duration nextPollIn) {
    }

    private final SourceFetcher fetcher;

    private final FeedParser parser;

    private final TriggerDetector detector;

    private final TriggerEventPublisher publisher;

    private final MeterRegistry meters;

    private final Map<String, Set<String>> seenItems = new ConcurrentHashMap<>();

    SourceReader(IngestProperties properties, TriggerDetector detector, TriggerEventPublisher publisher,
            MeterRegistry meters) {
        this.fetcher = new SourceFetcher(properties.fetch());
        this.parser = new FeedParser(properties.maxItemsPerFeed());
        this.detector = detector;
        this.publisher = publisher;
        this.meters = meters;
    }

    Outcome read(Source source) {
        Timer.Sample sample = Timer.start(meters);
        List<FeedItem> items;
        try {
            items = parser.parse(fetcher.fetch(URI.create(source.url())));
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
        Set<String> seen = seenItems.computeIfAbsent(source.sourceId(), id -> lruSet());
        int published = 0;
        for (FeedItem item : items) {
            if (!seen.add(item.key())) {
                meters.counter("kairos.ingest.items", "outcome", "duplicate").increment();
                continue;
            }
            published += publish(source, item);
        }
        return new Outcome(published, null, null);
    }

    private Outcome failed(Source source, String reason) {
        log.warn("Source {} at {} failed: {}", source.sourceId(), source.url(), reason);
        return new Outcome(0, reason, null);
    }

    private int publish(Source source, FeedItem item) {
        List<Detection> detections = detector.detect(item.title(), item.summary());
        if (detections.isEmpty()) {
            meters.counter("kairos.ingest.items", "outcome", "no_trigger").increment();
            return 0;
        }
        Evidence evidence = new Evidence(source.sourceId(), item.link(), item.title(), item.summary());
        int published = 0;
        for (Detection detection : detections) {
            if (publisher.publish(source.sourceId() + "|" + item.key(), detection, item.publishedAt(), evidence)) {
                published++;
            }
        }
        meters.counter("kairos.ingest.items", "outcome", published > 0 ? "published" : "rejected").increment();
        return published;
    }

    private static Set<String> lruSet() {
        return Collections.synchronizedSet(Collections.newSetFromMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > SEEN_ITEMS_PER_SOURCE;
            }
        }));
    }
}
