package dev.kairos.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.kairos.ingest.detect.TriggerDetector;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/** Detection over headline + lede items, in items per second (target: 50,000 per core). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DetectBenchmark {

    static final int ITEMS = 1_000;

    private final TriggerDetector detector = new TriggerDetector();

    private List<Corpus.Item> items;

    @Setup
    public void items() {
        items = Corpus.items(ITEMS);
    }

    @Benchmark
    @OperationsPerInvocation(ITEMS)
    public void detect(Blackhole sink) {
        for (Corpus.Item item : items) {
            sink.consume(detector.detect(item.title(), item.text()));
        }
    }
}
