package dev.kairos.ingest.source;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import dev.kairos.events.Source;
import dev.kairos.ingest.IngestProperties;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Load harness for the poller: schedules N sources (default 10,000) on one instance, each poll standing in for a
 * fetch with a sleep of 0.2 to 2 s, and prints how late polls start against their schedule. The interval is scaled
 * down (default 60 s instead of 15 min) so that the harness puts 15 times the real load on the scheduler within a
 * couple of minutes. Fetching itself is not exercised here: the per-host limits are the fetcher's.
 *
 * <pre>
 * trigger-benchmarks/run-harness [sources] [interval-seconds] [duration-seconds]
 * </pre>
 */
public final class PollingLoadHarness {

    private PollingLoadHarness() {
    }

    public static void main(String[] args) throws InterruptedException {
        int sources = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Duration interval = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 60);
        Duration duration = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 150);

        ConcurrentHashMap<String, Long> due = new ConcurrentHashMap<>();
        LongAdder polls = new LongAdder();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger peakInFlight = new AtomicInteger();
        ConcurrentLinkedQueue<Long> lateness = new ConcurrentLinkedQueue<>();

        SourcePoller.Reading simulatedFetch = (source, partition) -> {
            long startedAt = System.nanoTime();
            Long expected = due.get(source.sourceId());
            if (expected != null) {
                lateness.add(Math.max(0, startedAt - expected));
            }
            peakInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(ThreadLocalRandom.current().nextLong(200, 2_000));
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            finally {
                inFlight.decrementAndGet();
            }
            polls.increment();
            due.put(source.sourceId(), System.nanoTime() + interval.toNanos());
            return new SourceReader.Outcome(0, null, null);
        };

        IngestProperties properties = new IngestProperties(List.of(), false, interval, 1000, 20, false,
                new IngestProperties.Polling(5, Duration.ofHours(6), Duration.ofSeconds(1)),
                IngestProperties.Fetch.defaults(), new IngestProperties.TopicSettings(3, (short) 1));
        SourcePoller poller = new SourcePoller(simulatedFetch, properties, Clock.systemUTC(), new SimpleMeterRegistry());
        poller.start();
        long began = System.nanoTime();
        for (int i = 0; i < sources; i++) {
            String id = "source-" + i;
            due.put(id, System.nanoTime());
            poller.schedule(new Source(Source.SCHEMA_VERSION, id, Source.Kind.FEED, "https://news.example/" + i, null,
                    interval, true), i % 3);
        }
        long scheduling = System.nanoTime() - began;
        Thread.sleep(duration);
        poller.stop();

        long[] late = lateness.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("sources %,d, interval %s, ran %s, scheduled all in %d ms%n", sources, interval, duration,
                scheduling / 1_000_000);
        System.out.printf("polls %,d (%.0f/s), peak polls in flight %,d, live platform threads %d%n", polls.sum(),
                polls.sum() / (double) duration.toSeconds(), peakInFlight.get(),
                Thread.getAllStackTraces().keySet().stream().filter(t -> !t.isVirtual()).count());
        System.out.printf("poll start after due: p50 %d ms, p99 %d ms, max %d ms%n", percentile(late, 0.50),
                percentile(late, 0.99), late.length == 0 ? 0 : late[late.length - 1] / 1_000_000);
    }

    private static long percentile(long[] sorted, double quantile) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, sorted.length * quantile)] / 1_000_000;
    }
}
