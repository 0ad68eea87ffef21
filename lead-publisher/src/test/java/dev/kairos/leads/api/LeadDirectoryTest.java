package dev.kairos.leads.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import dev.kairos.events.AccountStatus;
import dev.kairos.events.Evidence;
import dev.kairos.events.Json;
import dev.kairos.events.Lead;
import dev.kairos.events.TriggerType;
import dev.kairos.leads.publish.LeadHistory;
import dev.kairos.test.FixtureServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.streams.state.HostInfo;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.http.HttpHeaders;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

/**
 * How answers of other instances are judged and merged: the other instance is a real local HTTP server answering as
 * a forwarded request is answered; this instance's own partitions are a fixed set of leads.
 */
class LeadDirectoryTest {

    static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");

    static final HostInfo SELF = new HostInfo("127.0.0.1", 1);

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    FixtureServer other;

    HostInfo otherHost;

    PeerClient peers;

    LeadDirectory directory;

    @BeforeEach
    void start() {
        other = FixtureServer.start();
        otherHost = new HostInfo("127.0.0.1", other.base().getPort());
        ReadApiProperties properties = new ReadApiProperties(null, null, "http", Duration.ofSeconds(2),
                Duration.ofSeconds(5));
        peers = new PeerClient(properties, meters);
        directory = new LeadDirectory(new OwnPartitions(properties), peers);
    }

    @AfterEach
    void stop() {
        other.close();
        peers.destroy();
    }

    /** What the other instance answers to every lead request: status, partitions header (null: none), body. */
    private void otherAnswers(int status, @Nullable String partitions, String body) {
        Map<String, String> headers = partitions == null ? Map.of("Content-Type", "application/json")
                : Map.of("Content-Type", "application/json", PeerClient.PARTITIONS, partitions);
        other.answer("/api/leads", status, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void mergesTheOtherInstancesWindowWithItsOwnIntoOnePage() {
        otherAnswers(200, "1,2", Json.write(new LeadPage(List.of(lead("b-1", 5), lead("b-2", 1)), 0, 2, 2)));
        LeadQuery query = new LeadQuery(null, null, null, null, null, 0, 2);

        LeadPage page = directory.list(query, "/api/leads?size=2", new HttpHeaders());

        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).extracting(Lead::leadId).containsExactly("b-1", "a-4");
        assertThat(forwarded("answered")).isEqualTo(1);
    }

    @Test
    void answersUnavailableWhenTheOtherInstanceAnswersForOtherPartitions() {
        otherAnswers(200, "2", Json.write(new LeadPage(List.of(lead("b-1", 5)), 0, 2, 1)));
        LeadQuery query = new LeadQuery(null, null, null, null, null, 0, 2);

        LeadStore.StoreUnavailableException refused = assertThrows(LeadStore.StoreUnavailableException.class,
                () -> directory.list(query, "/api/leads?size=2", new HttpHeaders()));

        assertThat(refused.getMessage()).contains("answered for partitions [2]");
        assertThat(forwarded("stale")).isEqualTo(1);
    }

    @Test
    void answersUnavailableWhenTheOtherInstanceIsNotReadyOrRefuses() {
        LeadQuery query = new LeadQuery(null, null, null, null, null, 0, 2);
        otherAnswers(503, "1,2", "");
        assertThrows(LeadStore.StoreUnavailableException.class,
                () -> directory.list(query, "/api/leads", new HttpHeaders()));
        otherAnswers(401, null, "");
        assertThrows(LeadStore.StoreUnavailableException.class,
                () -> directory.list(query, "/api/leads", new HttpHeaders()));

        assertThat(forwarded("unavailable")).isEqualTo(1);
        assertThat(forwarded("failed")).isEqualTo(1);
    }

    @Test
    void findsALeadOnTheOtherInstanceAndSaysNotFoundOnlyWhenEveryPartitionWasRead() {
        otherAnswers(200, "1,2", Json.write(new LeadHistory("b-1", List.of(lead("b-1", 1), lead("b-1", 2)))));
        assertThat(directory.find("b-1", "/api/leads/b-1", new HttpHeaders())).hasValueSatisfying(
                history -> assertThat(history.revisions()).hasSize(2));
        // held here: the other instance is not asked
        otherAnswers(500, "1,2", "");
        assertThat(directory.find("a-1", "/api/leads/a-1", new HttpHeaders())).isPresent();

        otherAnswers(404, "1,2", "{\"title\":\"Lead not found\"}");
        assertThat(directory.find("c-1", "/api/leads/c-1", new HttpHeaders())).isEmpty();
        otherAnswers(404, "1", "{\"title\":\"Lead not found\"}");
        assertThrows(LeadStore.StoreUnavailableException.class,
                () -> directory.find("c-1", "/api/leads/c-1", new HttpHeaders()));
        assertThat(forwarded("answered")).isEqualTo(2);
        assertThat(forwarded("stale")).isEqualTo(1);
    }

    private double forwarded(String outcome) {
        return meters.counter("kairos.publisher.api.forwarded", "outcome", outcome).count();
    }

    private static Lead lead(String leadId, int minutes) {
        return new Lead(Lead.SCHEMA_VERSION, leadId, "A-" + leadId, "Crate", AccountStatus.PROSPECT, "r",
                TriggerType.FUNDING_ROUND, "e", "hot", 0.5, NOW, NOW, NOW,
                List.of(new Evidence("feed", null, "t", null)), NOW.plus(Duration.ofMinutes(minutes)), 1,
                Lead.Status.ACTIVE, "spring", null, List.of(), null, null, List.of(), null, null, null);
    }

    /** This instance: partition 0 with leads a-1, a-3 and a-4 (a-N written N minutes after NOW); the other: 1 and 2. */
    private final class OwnPartitions extends LeadStore {

        OwnPartitions(ReadApiProperties properties) {
            super(new StreamsBuilderFactoryBean(), new AdvertisedServer(new StreamsBuilderFactoryBean(), properties,
                    new StandardEnvironment()));
        }

        @Override
        Owners owners() {
            return new Owners(SELF, Map.of(SELF, partitions(0), otherHost, partitions(1, 2)));
        }

        @Override
        Local<Optional<LeadHistory>> find(String leadId) {
            Optional<LeadHistory> found = leadId.startsWith("a-")
                    ? Optional.of(new LeadHistory(leadId, List.of(lead(leadId, 1)))) : Optional.empty();
            return new Local<>(found, partitions(0));
        }

        @Override
        Local<LeadQuery.LeadWindow> select(LeadQuery query) {
            return new Local<>(query.collect(List.of(lead("a-1", 1), lead("a-3", 3), lead("a-4", 4)).iterator()),
                    partitions(0));
        }

        private static SortedSet<Integer> partitions(Integer... partitions) {
            return new TreeSet<>(List.of(partitions));
        }
    }
}
