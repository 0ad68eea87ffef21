package dev.kairos.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.kairos.events.Source;
import dev.kairos.ingest.IngestProperties;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SourcePollerTest {

    private final CountDownLatch pollStarted = new CountDownLatch(1);

    private final CountDownLatch pollMayEnd = new CountDownLatch(1);

    private final AtomicInteger polls = new AtomicInteger();

    private final SourcePoller poller = new SourcePoller((source, partition) -> {
        polls.incrementAndGet();
        pollStarted.countDown();
        try {
            pollMayEnd.await();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        return new SourceReader.Outcome(1, null, null);
    }, new IngestProperties(List.of(), false, Duration.ofMillis(50), 1000, 20, false,
            new IngestProperties.Polling(5, Duration.ofHours(6), Duration.ofSeconds(1)),
            IngestProperties.Fetch.defaults(), new IngestProperties.TopicSettings(3, (short) 1)),
            Clock.systemUTC(), new SimpleMeterRegistry());

    @AfterEach
    void stop() {
        pollMayEnd.countDown();
        poller.stop();
    }

    @Test
    void releasesASourceOnlyOnceItsPollUnderWayHasEnded() throws Exception {
        poller.start();
        poller.schedule(new Source(Source.SCHEMA_VERSION, "wire", Source.Kind.FEED, "https://news.example/wire", null,
                Duration.ofMillis(50), true), 0);
        assertThat(pollStarted.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Boolean> released = CompletableFuture.supplyAsync(() -> poller.release(List.of("wire")));
        Thread.sleep(300);
        assertThat(released).as("released while its poll is under way").isNotDone();
        assertThat(poller.status("wire")).as("no longer owned").isEmpty();

        pollMayEnd.countDown();
        assertThat(released.get(10, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(200);
        assertThat(polls).as("not polled again after its release").hasValue(1);
    }

    @Test
    void releasesASourceWithoutAPollUnderWayAtOnce() {
        poller.start();
        poller.schedule(new Source(Source.SCHEMA_VERSION, "idle", Source.Kind.FEED, "https://news.example/idle", null,
                Duration.ofMillis(50), false), 0);

        assertThat(poller.release(List.of("idle", "never-owned"))).isTrue();
        assertThat(poller.status("idle")).isEmpty();
        assertThat(polls).hasValue(0);
    }
}
