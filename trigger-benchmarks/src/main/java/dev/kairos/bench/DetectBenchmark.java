package dev.kairos.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.kairos.ingest.detect.TriggerDetector;
import dev.kairos.ingest.detect.model.LabelledItem;
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

/**
 * Detection (finders and model) over real published news: the headline + lede items of the shared labelled set
 * ({@code ../shared/detection/real-dev.jsonl} beside the project, or the file {@code -Dkairos.detection.set}
 * names), in items per second (target: 50,000 per core). Without the set the benchmark stops with a message: made-up
 * items would measure something else.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// a pass over the set reaches its steady speed after about ten seconds, not six: the first passes work out each
// distinct word's pattern masks (once per word for the process's life) while the finders are being compiled
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(1)
public class DetectBenchmark {

    /** Items of the shared set per invocation; the figure is per item. */
    static final int ITEMS = 4_335;

    private final TriggerDetector detector = new TriggerDetector();

    private List<LabelledItem> items;

    @Setup
    public void items() throws IOException {
        Path set = labelledSet();
        if (set == null) {
            throw new IllegalStateException("DetectBenchmark measures real news and needs the shared labelled set: "
                    + "../shared/detection/real-dev.jsonl beside the project was not found (or name the file with "
                    + "-Dkairos.detection.set=<path>); skipped");
        }
        List<LabelledItem> all = LabelledItem.read(set);
        // every item in turn, wrapped round to a fixed count so that the per-item figure stays exact
        items = java.util.stream.IntStream.range(0, ITEMS).mapToObj(i -> all.get(i % all.size())).toList();
    }

    @Benchmark
    @OperationsPerInvocation(ITEMS)
    public void detect(Blackhole sink) {
        for (LabelledItem item : items) {
            sink.consume(detector.detect(item.title(), item.text()));
        }
    }

    static Path labelledSet() {
        String named = System.getProperty("kairos.detection.set");
        if (named != null) {
            return Files.isRegularFile(Path.of(named)) ? Path.of(named) : null;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/detection/real-dev.jsonl");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
