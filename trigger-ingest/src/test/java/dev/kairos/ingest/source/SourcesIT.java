package dev.kairos.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kairos.events.Json;
import dev.kairos.events.Topics;
import dev.kairos.events.TriggerEvent;
import dev.kairos.ingest.IngestApplication;
import dev.kairos.test.FixtureServer;
import dev.kairos.test.KafkaBroker;
import dev.kairos.test.KafkaIntegrationTest;
import dev.kairos.test.LocalHttp;
import dev.kairos.test.TestApiKey;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

@KafkaIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "spring.config.name=" + IngestApplication.CONFIG_NAME, "management.server.port=0",
                "kairos.security.api-keys[0].name=test",
                "kairos.security.api-keys[0].hash=" + TestApiKey.HASH,
                "kairos.security.api-keys[0].roles=sources:write,signals:write",
                "trigger.ingest.polling.min-interval=PT1S",
                "trigger.ingest.polling.pause-after-failures=2", "trigger.ingest.polling.max-back-off=PT2S",
                "trigger.ingest.fetch.timeout=PT2S", "trigger.ingest.fetch.min-delay-per-host=PT0S" })
// its instance must leave the sources group before other tests form their own
@DirtiesContext
class SourcesIT {

    static final FixtureServer news = FixtureServer.start();

    /** Stands for an internal service that no source may reach. */
    static final FixtureServer internal = FixtureServer.start();

    @DynamicPropertySource
    static void configuredSource(DynamicPropertyRegistry registry) {
        registry.add("trigger.ingest.sources[0].id", () -> "configured-funding");
        registry.add("trigger.ingest.sources[0].url", () -> news.feed("funding-news.rss"));
        registry.add("trigger.ingest.fetch.allowed-addresses", () -> "127.0.0.1:" + news.base().getPort());
    }

    @AfterAll
    static void stopServers() {
        news.close();
        internal.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Test
    void publishesTheTriggersOfConfiguredSourcesOnce() {
        List<TriggerEvent> events = readEvents("configured-funding", 2);

        assertThat(events).extracting(event -> event.company().name()).containsExactlyInAnyOrder("Crate",
                "Lattice Robotics");
        assertThat(events).extracting(TriggerEvent::revision).containsOnly(1);
        TriggerEvent first = events.stream().filter(e -> e.company().name().equals("Crate")).findFirst().orElseThrow();
        assertThat(first.company().key()).isEqualTo("crate");
        assertThat(first.occurredAt()).isEqualTo(Instant.parse("2026-11-18T09:30:00Z"));
        assertThat(first.evidence().url()).isEqualTo("https://funding.news.example/2026/11/crate-seed");
    }

    @Test
    void managesSourcesOverRestAndShowsHowPollingGoes() throws Exception {
        String id = "deals-" + UUID.randomUUID().toString().substring(0, 8);
        URI feed = news.feed("deals.atom");

        HttpResponse<String> created = send("POST", "/api/sources", "test-key",
                "{\"sourceId\": \"" + id + "\", \"url\": \"" + feed + "\", \"pollInterval\": \"PT1M\"}");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/sources/" + id);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode source = json(send("GET", "/api/sources/" + id, null, null));
            assertThat(source.at("/status/state").asString()).isEqualTo("ACTIVE");
            assertThat(source.at("/status/lastSuccessAt").isNull()).isFalse();
        });
        assertThat(readEvents(id, 1)).extracting(event -> event.company().name()).containsExactly("Helio Health");

        HttpResponse<String> disabled = send("PUT", "/api/sources/" + id, "test-key",
                "{\"url\": \"" + feed + "\", \"enabled\": false}");
        assertThat(disabled.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30))
            .untilAsserted(() -> assertThat(json(send("GET", "/api/sources/" + id, null, null)).at("/status/state")
                .asString()).isEqualTo("DISABLED"));

        assertThat(send("DELETE", "/api/sources/" + id, "test-key", null).statusCode()).isEqualTo(204);
        HttpResponse<String> gone = send("GET", "/api/sources/" + id, null, null);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void pausesASourceThatKeepsFailingAndReportsWhy() throws Exception {
        String id = "missing-" + UUID.randomUUID().toString().substring(0, 8);

        send("PUT", "/api/sources/" + id, "test-key",
                "{\"url\": \"" + news.base().resolve("/no-such-feed") + "\", \"pollInterval\": \"PT1S\"}");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode status = json(send("GET", "/api/sources/" + id, null, null)).get("status");
            assertThat(status.get("state").asString()).isEqualTo("PAUSED");
            assertThat(status.get("consecutiveFailures").asInt()).isEqualTo(2);
            assertThat(status.get("lastError").asString()).contains("404");
        });
        assertThat(meters.get("kairos.ingest.sources.paused").gauge().value()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void keepsReadingGoodSourcesWhileEachBadOneFailsWithAClearCountedError() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        byte[] bogusCharset = new String(resource("/feeds/deals.atom"), StandardCharsets.UTF_8)
            .replace("encoding=\"utf-8\"", "encoding=\"bogus\"")
            .getBytes(StandardCharsets.UTF_8);
        Map<String, URI> bad = new LinkedHashMap<>();
        bad.put("xxe", news.feed("xxe.rss"));
        bad.put("billion-laughs", news.feed("billion-laughs.rss"));
        bad.put("gzip-bomb", news.gzipBomb(64 * 1024 * 1024));
        bad.put("endless", news.huge());
        bad.put("slow-drip", news.slow(Duration.ofMillis(200)));
        bad.put("redirect-loop", news.redirectLoop());
        bad.put("to-loopback", news.redirect("/to-loopback", internal.base().resolve("/secret").toString()));
        bad.put("to-metadata", news.redirect("/to-metadata", "http://169.254.169.254/latest/meta-data/"));
        bad.put("to-mapped", news.redirect("/to-mapped", "http://[::ffff:127.0.0.1]:" + internal.base().getPort() + "/"));
        bad.put("wrong-type", news.wrongContentType());
        bad.put("bogus-charset", news.serve("/bogus-charset", "application/atom+xml", bogusCharset));
        bad.put("empty", news.serve("/empty", "application/rss+xml", new byte[0]));
        bad.put("html-as-feed", news.serve("/html-as-feed", "application/rss+xml",
                "<!DOCTYPE html><html><head><title>Home</title></head><body><p>Welcome</body></html>"));
        Map<String, String> reasons = Map.ofEntries(Map.entry("xxe", "DOCTYPE"), Map.entry("billion-laughs", "DOCTYPE"),
                Map.entry("gzip-bomb", "inflates to more than 5 MB"), Map.entry("endless", "larger than 5 MB"),
                Map.entry("slow-drip", "no complete response within 2 s"),
                Map.entry("redirect-loop", "more than 5 redirects"), Map.entry("to-loopback", "a loopback address"),
                Map.entry("to-metadata", "169.254.169.254, a link-local address"),
                Map.entry("to-mapped", "a loopback address"), Map.entry("wrong-type", "served as text/html"),
                Map.entry("bogus-charset", "unsupported character encoding 'BOGUS'"),
                Map.entry("empty", "empty body"), Map.entry("html-as-feed", "this is an HTML page, not a feed"));
        for (Map.Entry<String, URI> source : bad.entrySet()) {
            send("PUT", "/api/sources/bad-" + source.getKey() + "-" + run, "test-key",
                    "{\"url\": \"" + source.getValue() + "\", \"pollInterval\": \"PT1S\"}");
        }
        String good = "good-" + run;
        send("PUT", "/api/sources/" + good, "test-key", "{\"url\": \"" + news.serve("/good-" + run,
                "application/atom+xml", new String(resource("/feeds/deals.atom"), StandardCharsets.UTF_8)
                    .replace("Helio Health", "Helio" + run)) + "\", \"pollInterval\": \"PT1S\"}");

        assertThat(readEvents(good, 1)).extracting(event -> event.company().name()).containsExactly("Helio" + run);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String name : bad.keySet()) {
                JsonNode status = json(send("GET", "/api/sources/bad-" + name + "-" + run, null, null)).get("status");
                assertThat(status.get("state").asString()).as(name).isIn("BACKING_OFF", "PAUSED");
                assertThat(status.get("lastError").asString()).as(name).contains(reasons.get(name));
            }
        });
        assertThat(internal.hits("/secret") + internal.hits("/")).isZero();
        for (String outcome : List.of("too_large", "timeout", "too_many_redirects", "blocked_address",
                "wrong_content_type")) {
            assertThat(count("kairos.ingest.fetches", outcome)).as(outcome).isPositive();
        }
        assertThat(count("kairos.ingest.reads", "unreadable")).isPositive();
        assertThat(json(send("GET", "/api/sources/" + good, null, null)).at("/status/state").asString())
            .isEqualTo("ACTIVE");
    }

    @Test
    void readsTheFirstItemsOfAHundredThousandItemFeed() throws Exception {
        String id = "long-" + UUID.randomUUID().toString().substring(0, 6);
        StringBuilder feed = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>");
        for (int i = 0; i < 100_000; i++) {
            feed.append("<item><title>n ").append(i).append("</title></item>");
        }
        URI url = news.serve("/" + id, "application/rss+xml", feed.append("</channel></rss>").toString());

        send("PUT", "/api/sources/" + id, "test-key", "{\"url\": \"" + url + "\", \"pollInterval\": \"PT1M\"}");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode status = json(send("GET", "/api/sources/" + id, null, null)).get("status");
            assertThat(status.get("state").asString()).isEqualTo("ACTIVE");
            assertThat(status.get("lastSuccessAt").isNull()).isFalse();
        });
    }

    @Test
    void asksConditionallySoThatAnUnchangedFeedCostsA304() throws Exception {
        String id = "etag-" + UUID.randomUUID().toString().substring(0, 6);
        // a company of its own: the same funding round from another source would be one event with two evidences
        byte[] feed = new String(resource("/feeds/deals.atom"), StandardCharsets.UTF_8).replace("Helio Health", id)
            .getBytes(StandardCharsets.UTF_8);
        URI url = news.conditional("/" + id, "application/atom+xml", feed, "\"" + id + "\"");
        long before = count("kairos.ingest.reads", "not_modified");

        send("PUT", "/api/sources/" + id, "test-key", "{\"url\": \"" + url + "\", \"pollInterval\": \"PT1S\"}");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(news.hits("/" + id)).isGreaterThanOrEqualTo(2);
            assertThat(news.lastRequestHeaders("/" + id)).containsEntry("if-none-match", "\"" + id + "\"");
            assertThat(count("kairos.ingest.reads", "not_modified")).isGreaterThan(before);
        });
        send("DELETE", "/api/sources/" + id, "test-key", null);
    }

    @Test
    void refusesWritesWithoutTheApiKey() throws Exception {
        HttpResponse<String> response = send("POST", "/api/sources", null, "{\"sourceId\": \"x\", \"url\": \"https://a.example/\"}");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).get("detail").asString()).contains("X-API-Key");
        assertThat(send("POST", "/api/sources", "wrong", "{}").statusCode()).isEqualTo(401);
    }

    @Test
    void explainsEveryInvalidFieldAsAProblem() throws Exception {
        HttpResponse<String> response = send("POST", "/api/sources", "test-key",
                "{\"sourceId\": \"Bad Id\", \"kind\": \"PAGE\", \"url\": \"ftp://files.example/feed\","
                        + " \"pollInterval\": \"PT0.5S\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        List<String> fields = new ArrayList<>();
        json(response).get("errors").forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).containsExactly("sourceId", "url", "pollInterval", "selectors.articleLinks");

        HttpResponse<String> malformed = send("POST", "/api/sources", "test-key", "{not json");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void bundlesWellKnownNewsFeedsDisabled() throws Exception {
        JsonNode sources = json(send("GET", "/api/sources", null, null));

        List<JsonNode> bundled = new ArrayList<>();
        sources.forEach(source -> {
            if (source.get("sourceId").asString().equals("techcrunch-fundraising")) {
                bundled.add(source);
            }
        });
        assertThat(bundled).singleElement().satisfies(source -> {
            assertThat(source.get("enabled").asBoolean()).isFalse();
            assertThat(source.at("/status/state").asString()).isIn("DISABLED", "ELSEWHERE");
        });
    }

    private HttpResponse<String> send(String method, String path, String apiKey, String body) throws Exception {
        return LocalHttp.send(port, method, path, apiKey, body);
    }

    /** Timings recorded with this outcome, over all other tags. */
    private long count(String timer, String outcome) {
        return meters.find(timer).tag("outcome", outcome).timers().stream().mapToLong(t -> t.count()).sum();
    }

    private static byte[] resource(String name) throws IOException {
        try (var in = SourcesIT.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        return Json.mapper().readTree(response.body());
    }

    /** Reads trigger.events until {@code count} events of a source arrived, and checks that no more do. */
    static List<TriggerEvent> readEvents(String sourceId, int count) {
        List<TriggerEvent> seen = new ArrayList<>();
        try (KafkaConsumer<String, TriggerEvent> consumer = new KafkaConsumer<>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                Json.keySerde().deserializer(), Json.serde(Topics.TRIGGER_EVENTS).deserializer())) {
            consumer.subscribe(List.of(Topics.TRIGGER_EVENTS.name()));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                collect(consumer, sourceId, seen);
                return seen.size() >= count;
            });
            for (int i = 0; i < 4; i++) {
                collect(consumer, sourceId, seen);
            }
        }
        assertThat(seen).as("events of %s, each once", sourceId).hasSize(count);
        return seen;
    }

    private static void collect(KafkaConsumer<String, TriggerEvent> consumer, String sourceId,
            List<TriggerEvent> seen) {
        for (ConsumerRecord<String, TriggerEvent> record : consumer.poll(Duration.ofMillis(250))) {
            if (record.value().evidence().source().equals(sourceId)) {
                seen.add(record.value());
            }
        }
    }
}
