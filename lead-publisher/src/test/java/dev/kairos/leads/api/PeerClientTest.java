package dev.kairos.leads.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import dev.kairos.test.FixtureServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** Forwarding to another instance, against a real local HTTP server standing in for it. */
class PeerClientTest {

    static final HostInfo SELF = new HostInfo("127.0.0.1", 1);

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    FixtureServer peer;

    PeerClient client;

    @BeforeEach
    void startPeer() {
        peer = FixtureServer.start();
        peer.answer("/api/leads", 200, Map.of(PeerClient.PARTITIONS, "2,0"),
                "{\"items\":[],\"page\":0,\"size\":50,\"total\":0}".getBytes(StandardCharsets.UTF_8));
        client = new PeerClient(
                new ReadApiProperties(null, null, "http", Duration.ofSeconds(2), Duration.ofSeconds(5)), meters);
    }

    @AfterEach
    void stopPeer() {
        peer.close();
        client.destroy();
    }

    @Test
    void forwardsTheRequestAsSentWithTheCallersCredentialsAndTheMark() {
        HttpHeaders credentials = new HttpHeaders();
        credentials.add("X-API-Key", "the-callers-key");
        HostInfo to = new HostInfo("127.0.0.1", peer.base().getPort());

        PeerClient.Answer answer = client.forward(to, SELF, "/api/leads?campaign=spring&page=1&size=7", credentials)
            .join();

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.partitions()).containsExactly(0, 2);
        assertThat(answer.body()).contains("\"total\":0");
        assertThat(peer.lastRequestTarget("/api/leads")).isEqualTo("/api/leads?campaign=spring&page=1&size=7");
        assertThat(peer.lastRequestHeaders("/api/leads")).containsEntry("x-api-key", "the-callers-key")
            .containsEntry(PeerClient.FORWARDED.toLowerCase(), "127.0.0.1:1");
    }

    @Test
    void reportsAnInstanceThatDoesNotListenAsUnreachable() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }

        PeerClient.Answer answer = client.forward(new HostInfo("127.0.0.1", closed), SELF, "/api/leads",
                new HttpHeaders())
            .join();

        assertThat(answer.status()).isZero();
        assertThat(answer.failure()).isNotNull();
    }

    @Test
    void registersEveryOutcomeAtStartUpAndCountsThem() {
        client.count(PeerClient.Outcome.UNREACHABLE);

        assertThat(meters.find("kairos.publisher.api.forwarded").counters())
            .extracting(counter -> counter.getId().getTag("outcome"))
            .containsExactlyInAnyOrder("answered", "stale", "unavailable", "unreachable", "failed");
        assertThat(meters.counter("kairos.publisher.api.forwarded", "outcome", "unreachable").count()).isEqualTo(1);
    }

    @Test
    void readsAndWritesThePartitionsHeader() {
        assertThat(PeerClient.format(new TreeSet<>(List.of(3, 0)))).isEqualTo("0,3");
        assertThat(PeerClient.format(new TreeSet<>())).isEqualTo("none");
        assertThat(PeerClient.parse("none")).isEmpty();
        assertThat(PeerClient.parse(" 1, 0")).containsExactly(0, 1);
        assertThat(PeerClient.parse("0,x")).isNull();
    }
}
