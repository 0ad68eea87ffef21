package dev.kairos.bench;

import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

/** jsoup parsing of a 200 KB article and extraction of headline, date and body text, in articles per second. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ArticleExtractBenchmark {

    private String html;

    @Setup
    public void article() {
        html = Corpus.article(200 * 1024);
    }

    @Benchmark
    public String extract() {
        Document page = Jsoup.parse(html, "https://news.example/2026/11/crate-seed");
        return page.select("h1.headline").text() + page.select("time").attr("datetime")
                + page.select("article .body p").text();
    }
}
