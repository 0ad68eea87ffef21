package dev.kairos.ingest.source;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import dev.kairos.events.Source;
import dev.kairos.ingest.IngestProperties;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Polls the sources this instance owns, each poll on a virtual thread. After a failure a source backs off
 * exponentially (from its interval, capped); after {@code pause-after-failures} failures in a row it is paused until
 * it is updated. A source's poll never delays another's.
 */
@Component
public class SourcePoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SourcePoller.class);

    /** Reads a source once: {@link SourceReader} in the service, a stand-in in load tests. */
    @FunctionalInterface
    interface Reading {
        SourceReader.Outcome read(Source source, int partition);
    }

    private final Reading reader;

    private final IngestProperties properties;

    private final Clock clock;

    private final Map<String, Scheduled> scheduled = new ConcurrentHashMap<>();

    private final AtomicInteger paused = new AtomicInteger();

    private final ScheduledExecutorService timer = Executors
        .newSingleThreadScheduledExecutor(Thread.ofPlatform().name("source-timer").daemon().factory());

    private final ExecutorService polls = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("poll-", 0).factory());

    private volatile boolean running;

    @Autowired
    SourcePoller(SourceReader reader, IngestProperties properties, Clock clock, MeterRegistry meters) {
        this(reader::read, properties, clock, meters);
    }

    SourcePoller(Reading reader, IngestProperties properties, Clock clock, MeterRegistry meters) {
        this.reader = reader;
        this.properties = properties;
        this.clock = clock;
        Gauge.builder("kairos.ingest.sources.polled", scheduled, Map::size)
            .description("Sources this instance owns")
            .register(meters);
        Gauge.builder("kairos.ingest.sources.paused", paused, AtomicInteger::get)
            .description("Owned sources paused after repeated failures")
            .register(meters);
        Gauge.builder("kairos.ingest.sources.stalest.age", this, SourcePoller::stalestAgeSeconds)
            .description("Time since the least recently successful owned, enabled source last succeeded")
            .baseUnit("seconds")
            .register(meters);
    }

    /** Starts (or restarts, with the new settings) polling {@code source}, which is on {@code partition}. */
    void schedule(Source source, int partition) {
        Scheduled previous = scheduled.remove(source.sourceId());
        if (previous != null) {
            previous.cancel();
        }
        Scheduled next = new Scheduled(source, partition);
        scheduled.put(source.sourceId(), next);
        if (source.enabled()) {
            next.at(Duration.ZERO);
        }
    }

    void unschedule(String sourceId) {
        Scheduled previous = scheduled.remove(sourceId);
        if (previous != null) {
            previous.cancel();
        }
    }

    /**
     * Stops polling sources another instance takes over, and waits (up to the fetch timeout) for their polls under
     * way: what such a poll publishes is then recorded as seen before the next owner loads what was seen.
     *
     * @return whether every poll under way finished in time
     */
    boolean release(Collection<String> sourceIds) {
        List<Scheduled> released = new ArrayList<>(sourceIds.size());
        for (String sourceId : sourceIds) {
            Scheduled previous = scheduled.remove(sourceId);
            if (previous != null) {
                previous.cancel();
                released.add(previous);
            }
        }
        long deadline = System.nanoTime() + properties.fetch().timeout().toNanos();
        boolean finished = true;
        for (Scheduled entry : released) {
            try {
                if (!entry.awaitPoll(deadline)) {
                    finished = false;
                    log.warn("Source {} is handed over while a poll of it is still under way: its next owner may "
                            + "publish that poll's newest items again", entry.source.sourceId());
                }
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return finished;
    }

    /** The status of a source on this instance; empty when another instance polls it. */
    public Optional<SourceStatus> status(String sourceId) {
        Scheduled entry = scheduled.get(sourceId);
        return entry == null ? Optional.empty() : Optional.of(entry.status());
    }

    /** The owned sources paused after repeated failures, with their last error, at most {@code limit} of them. */
    Map<String, String> paused(int limit) {
        Map<String, String> paused = new java.util.TreeMap<>();
        for (Scheduled entry : scheduled.values()) {
            SourceStatus status = entry.status();
            if (status.state() == SourceStatus.State.PAUSED && paused.size() < limit) {
                paused.put(entry.source.sourceId(), String.valueOf(status.lastError()));
            }
        }
        return paused;
    }

    int pausedCount() {
        return paused.get();
    }

    int owned() {
        return scheduled.size();
    }

    private double stalestAgeSeconds() {
        Instant now = clock.instant();
        return scheduled.values()
            .stream()
            .filter(entry -> entry.source.enabled())
            .mapToDouble(entry -> Duration.between(entry.since(), now).toSeconds())
            .max()
            .orElse(0);
    }

    /** One owned source: its schedule and how its polls went. */
    private final class Scheduled {

        private final Source source;

        private final int partition;

        private final Instant scheduledAt = clock.instant();

        private volatile @Nullable ScheduledFuture<?> next;

        private volatile @Nullable Instant nextPollAt;

        private volatile @Nullable Instant lastPolledAt;

        private volatile @Nullable Instant lastSuccessAt;

        private volatile @Nullable String lastError;

        private volatile int failures;

        private volatile boolean cancelled;

        /** Held while a poll runs, so that releasing the source can wait for it. */
        private final ReentrantLock polling = new ReentrantLock();

        Scheduled(Source source, int partition) {
            this.source = source;
            this.partition = partition;
        }

        void at(Duration delay) {
            if (cancelled || !running) {
                return;
            }
            nextPollAt = clock.instant().plus(delay);
            next = timer.schedule(() -> polls.submit(this::poll), delay.toMillis(), TimeUnit.MILLISECONDS);
        }

        private void poll() {
            polling.lock();
            try {
                if (!cancelled) {
                    pollOnce();
                }
            }
            finally {
                polling.unlock();
            }
        }

        /** Whether no poll is under way by {@code deadline} ({@link System#nanoTime()}). */
        boolean awaitPoll(long deadline) throws InterruptedException {
            if (polling.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                polling.unlock();
                return true;
            }
            return false;
        }

        private void pollOnce() {
            lastPolledAt = clock.instant();
            SourceReader.Outcome outcome = reader.read(source, partition);
            if (outcome.failure() == null) {
                failures = 0;
                lastError = null;
                lastSuccessAt = clock.instant();
                at(outcome.nextPollIn() != null ? outcome.nextPollIn() : source.pollInterval());
                return;
            }
            failures++;
            lastError = outcome.failure();
            IngestProperties.Polling polling = properties.polling();
            if (failures >= polling.pauseAfterFailures()) {
                paused.incrementAndGet();
                nextPollAt = null;
                log.warn("Source {} paused after {} failures in a row; last: {}", source.sourceId(), failures,
                        lastError);
                return;
            }
            Duration backOff = source.pollInterval().multipliedBy(1L << Math.min(failures - 1, 16));
            Duration wait = backOff.compareTo(polling.maxBackOff()) > 0 ? polling.maxBackOff() : backOff;
            if (outcome.nextPollIn() != null && outcome.nextPollIn().compareTo(wait) > 0) {
                wait = outcome.nextPollIn();
            }
            at(wait);
        }

        Instant since() {
            return lastSuccessAt != null ? lastSuccessAt : scheduledAt;
        }

        SourceStatus status() {
            SourceStatus.State state;
            if (!source.enabled()) {
                state = SourceStatus.State.DISABLED;
            }
            else if (failures >= properties.polling().pauseAfterFailures()) {
                state = SourceStatus.State.PAUSED;
            }
            else if (failures > 0) {
                state = SourceStatus.State.BACKING_OFF;
            }
            else {
                state = SourceStatus.State.ACTIVE;
            }
            return new SourceStatus(state, lastPolledAt, lastSuccessAt, failures, lastError, nextPollAt);
        }

        void cancel() {
            cancelled = true;
            if (failures >= properties.polling().pauseAfterFailures()) {
                paused.decrementAndGet();
            }
            ScheduledFuture<?> pending = next;
            if (pending != null) {
                pending.cancel(false);
            }
        }
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        scheduled.values().forEach(Scheduled::cancel);
        scheduled.clear();
        timer.shutdownNow();
        polls.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the listener containers, which hand it sources, and stopped after them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 200;
    }
}
