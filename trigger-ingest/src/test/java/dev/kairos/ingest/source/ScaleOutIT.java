package dev.kairos.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import dev.kairos.events.Topics;
import dev.kairos.events.TriggerEvent;
import dev.kairos.ingest.IngestApplication;
import dev.kairos.test.FixtureServer;
import dev.kairos.test.KafkaBroker;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/** Two ingest instances split the sources between them, and the survivor takes over when one goes. */
class ScaleOutIT {

    static final int SOURCES = 6;

    @Test
    void splitsSourcesBetweenInstancesAndMovesThemWithoutRepublishing() throws IOException {
        // letters only: a name like "Lattice 2297919" reads as a number, not as a company, and gives no event
        String runId = new Random().ints(6, 'a', 'z' + 1)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
        try (FixtureServer news = FixtureServer.start()) {
            String feed;
            try (InputStream in = getClass().getResourceAsStream("/feeds/funding-news.rss")) {
                feed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            List<String> args = new ArrayList<>(List.of("--spring.kafka.bootstrap-servers=" + KafkaBroker.bootstrapServers(),
                    "--server.port=0", "--management.server.port=0", "--trigger.ingest.bundled-sources=false",
                    "--spring.main.banner-mode=off",
                    "--trigger.ingest.fetch.allowed-addresses=127.0.0.1:" + news.base().getPort()));
            IntStream.rangeClosed(1, SOURCES).forEach(n -> {
                args.add("--trigger.ingest.sources[" + (n - 1) + "].id=scale-" + n);
                args.add("--trigger.ingest.sources[" + (n - 1) + "].url="
                        + news.serve("/scale-" + n, "application/rss+xml",
                                feed.replace("Crate", "Crate " + n + runId).replace("Lattice Robotics", "Lattice " + n + runId)));
                args.add("--trigger.ingest.sources[" + (n - 1) + "].poll-interval=PT5S");
            });
            try (ConfigurableApplicationContext first = IngestApplication.builder().run(args.toArray(String[]::new));
                    ConfigurableApplicationContext second = IngestApplication.builder()
                        .run(args.toArray(String[]::new))) {

                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    assertThat(assignedPartitions(first)).isPositive();
                    assertThat(assignedPartitions(second)).isPositive();
                    for (int n = 1; n <= SOURCES; n++) {
                        String id = "scale-" + n;
                        assertThat(owns(first, id) ^ owns(second, id)).as("exactly one instance polls %s", id)
                            .isTrue();
                    }
                    // requests to one host are spaced out, so the last source may be read a few seconds later
                    assertThat(IntStream.rangeClosed(1, SOURCES).allMatch(n -> news.hits("/scale-" + n) > 0)).isTrue();
                });

                first.close();

                await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(IntStream.rangeClosed(1, SOURCES)
                        .filter(n -> owns(second, "scale-" + n))
                        .count()).isEqualTo(SOURCES));
                // the survivor has polled every source it took over at least once more
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    for (int n = 1; n <= SOURCES; n++) {
                        assertThat(second.getBean(SourcePoller.class).status("scale-" + n).orElseThrow().lastSuccessAt())
                            .isNotNull();
                    }
                });
                for (int n = 1; n <= SOURCES; n++) {
                    List<TriggerEvent> events = SourcesIT.readEvents("scale-" + n, 2);
                    assertThat(events).extracting(event -> event.company().name())
                        .containsExactlyInAnyOrder("Crate " + n + runId, "Lattice " + n + runId);
                }
            }
        }
    }

    private static boolean owns(ConfigurableApplicationContext instance, String sourceId) {
        return instance.getBean(SourcePoller.class).status(sourceId).isPresent();
    }

    private static long assignedPartitions(ConfigurableApplicationContext instance) {
        MessageListenerContainer container = instance.getBean(KafkaListenerEndpointRegistry.class)
            .getListenerContainer(SourceAssignment.GROUP);
        return container.getAssignedPartitions() == null ? 0
                : container.getAssignedPartitions()
                    .stream()
                    .filter(partition -> partition.topic().equals(Topics.INGEST_SOURCES.name()))
                    .count();
    }
}
