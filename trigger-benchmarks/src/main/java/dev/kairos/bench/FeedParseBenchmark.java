package dev.kairos.bench;

import java.util.concurrent.TimeUnit;

import dev.kairos.ingest.feed.Feed;
import dev.kairos.ingest.feed.FeedParser;
import dev.kairos.ingest.feed.UnreadableFeedException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** rome parsing (plus ingest's plain-text summaries) of a 50 KB RSS feed, in feeds per second (target: 500). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FeedParseBenchmark {

    private final FeedParser parser = new FeedParser(1_000);

    private byte[] feed;

    @Setup
    public void feed() {
        feed = Corpus.feed(50 * 1024);
    }

    @Benchmark
    public Feed parse() throws UnreadableFeedException {
        return parser.parse(feed);
    }
}
