package dev.kairos.ingest.poll;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.kairos.events.Evidence;
import dev.kairos.ingest.IngestProperties;
import dev.kairos.ingest.IngestProperties.FeedSource;
import dev.kairos.ingest.detect.Detection;
import dev.kairos.ingest.detect.TriggerDetector;
import dev.kairos.ingest.feed.FeedItem;
import dev.kairos.ingest.feed.FeedParser;
import dev.kairos.ingest.feed.UnreadableFeedException;
import dev.kairos.ingest.publish.TriggerEventPublisher;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Polls every configured source on its interval, each poll on a virtual thread, and publishes the triggers of items
 * it has not seen before. A failing source is logged and counted; the others go on.
 */
@Component
class SourcePoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SourcePoller.class);

    /** Per source: enough to cover any feed's window of recent items, bounded so memory stays flat. */
    private static final int SEEN_ITEMS_PER_SOURCE = 5_000;

    private final IngestProperties properties;

    private final SourceFetcher fetcher;

    private final FeedParser parser;

    private final TriggerDetector detector;

    private final TriggerEventPublisher publisher;

    private final MeterRegistry meters;

    private final Map<String, Set<String>> seenItems = new java.util.concurrent.ConcurrentHashMap<>();

    private volatile ScheduledExecutorService scheduler;

    private volatile ExecutorService polls;

    SourcePoller(IngestProperties properties, TriggerDetector detector, TriggerEventPublisher publisher,
            MeterRegistry meters) {
        this.properties = properties;
        this.fetcher = new SourceFetcher(properties.fetch());
        this.parser = new FeedParser(properties.maxItemsPerFeed());
        this.detector = detector;
        this.publisher = publisher;
        this.meters = meters;
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("source-scheduler").factory());
        polls = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("poll-", 0).factory());
        for (FeedSource source : properties.sources()) {
            Duration interval = source.pollInterval() != null ? source.pollInterval() : properties.pollInterval();
            scheduler.scheduleWithFixedDelay(() -> polls.submit(() -> poll(source)), 0, interval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        log.info("Polling {} sources", properties.sources().size());
    }

    /** Fetches, parses and publishes one source once; returns the number of events published. */
    int poll(FeedSource source) {
        Timer.Sample sample = Timer.start(meters);
        List<FeedItem> items;
        try {
            items = parser.parse(fetcher.fetch(source.url()));
            sample.stop(meters.timer("kairos.ingest.fetch", "outcome", "ok"));
        }
        catch (UnreadableFeedException ex) {
            sample.stop(meters.timer("kairos.ingest.fetch", "outcome", "unreadable"));
            log.warn("Source {} at {} is unreadable: {}", source.id(), source.url(), ex.getMessage());
            return 0;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return 0;
        }
        catch (Exception ex) {
            sample.stop(meters.timer("kairos.ingest.fetch", "outcome", "error"));
            log.warn("Source {} at {} could not be fetched: {}", source.id(), source.url(), ex.getMessage());
            return 0;
        }
        Set<String> seen = seenItems.computeIfAbsent(source.id(), id -> lruSet());
        int published = 0;
        for (FeedItem item : items) {
            if (!seen.add(item.key())) {
                meters.counter("kairos.ingest.items", "outcome", "duplicate").increment();
                continue;
            }
            published += publish(source, item);
        }
        return published;
    }

    private int publish(FeedSource source, FeedItem item) {
        List<Detection> detections = detector.detect(item.title(), item.summary());
        if (detections.isEmpty()) {
            meters.counter("kairos.ingest.items", "outcome", "no_trigger").increment();
            return 0;
        }
        Evidence evidence = new Evidence(source.id(), item.link(), item.title(), item.summary());
        int published = 0;
        for (Detection detection : detections) {
            if (publisher.publish(source.id() + "|" + item.key(), detection, item.publishedAt(), evidence)) {
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

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            polls.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null && !scheduler.isShutdown();
    }

}
