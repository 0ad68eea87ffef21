package dev.kairos.bench;

import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
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
import org.xml.sax.InputSource;

/**
 * Parsing a 50 KB RSS feed, in feeds per second (target: 500): through ingest's {@code FeedParser} (rome plus guards,
 * dates, keys and plain-text summaries), and through rome alone, for comparison.
 */
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

    @Benchmark
    public SyndFeed romeAlone() throws FeedException {
        return new SyndFeedInput().build(new InputSource(new ByteArrayInputStream(feed)));
    }
}
