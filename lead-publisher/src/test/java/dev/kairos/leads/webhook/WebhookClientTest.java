package dev.kairos.leads.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.kairos.test.MutableClock;

import org.apache.hc.core5.http.message.BasicHeader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebhookClientTest {

    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    static final byte[] BODY = "{\"leadId\":\"l-1\"}".getBytes(StandardCharsets.UTF_8);

    final MutableClock clock = new MutableClock(NOW);

    final WebhookSigner signer = new WebhookSigner(WebhookDeliveryTest.SECRET);

    Receiver receiver;

    WebhookClient client = client(List.of("127.0.0.1"));

    @AfterEach
    void close() throws Exception {
        client.close();
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void sendsTheStandardWebhooksHeadersAndTheBodyAsIs() {
        receiver = Receiver.start(request -> Receiver.Answer.status(204));

        WebhookClient.Result result = client.send(receiver.url("/hook"), signer, "l-1.2", BODY);

        assertThat(result.outcome()).isEqualTo(WebhookClient.Outcome.DELIVERED);
        Receiver.Request request = receiver.requests().getFirst();
        assertThat(request.id()).isEqualTo("l-1.2");
        assertThat(request.timestamp()).isEqualTo(NOW.getEpochSecond());
        assertThat(request.body()).isEqualTo(BODY);
        assertThat(request.signature()).isEqualTo(signer.sign("l-1.2", NOW.getEpochSecond(), BODY));
    }

    @ParameterizedTest
    @CsvSource({ "200, DELIVERED", "202, DELIVERED", "408, RETRY", "429, RETRY", "500, RETRY", "503, RETRY",
            "400, PERMANENT", "401, PERMANENT", "404, PERMANENT", "410, PERMANENT", "413, PERMANENT" })
    void judgesTheAnswerByItsStatus(int status, WebhookClient.Outcome outcome) {
        receiver = Receiver.start(request -> Receiver.Answer.status(status));

        WebhookClient.Result result = client.send(receiver.url("/hook"), signer, "l-1.1", BODY);

        assertThat(result.outcome()).isEqualTo(outcome);
        assertThat(result.status()).isEqualTo(status);
    }

    @Test
    void doesNotFollowRedirects() {
        receiver = Receiver.start(request -> request.path().equals("/hook")
                ? new Receiver.Answer(307, Map.of("Location", "/elsewhere"), "") : Receiver.Answer.status(200));

        WebhookClient.Result result = client.send(receiver.url("/hook"), signer, "l-1.1", BODY);

        assertThat(result.outcome()).isEqualTo(WebhookClient.Outcome.PERMANENT);
        assertThat(result.error()).contains("307", "redirects are not followed");
        assertThat(receiver.requests()).extracting(Receiver.Request::path).containsExactly("/hook");
    }

    @Test
    void refusesLoopbackUnlessAllowedWithoutSendingAnything() throws Exception {
        receiver = Receiver.start(request -> Receiver.Answer.status(200));
        client.close();
        client = client(List.of());

        WebhookClient.Result result = client.send(receiver.url("/hook"), signer, "l-1.1", BODY);

        assertThat(result.outcome()).isEqualTo(WebhookClient.Outcome.PERMANENT);
        assertThat(result.error()).contains("refused", "127.0.0.1", "loopback");
        assertThat(receiver.requests()).isEmpty();
    }

    @Test
    void retriesWhenNobodyListens() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }

        WebhookClient.Result result = client.send(URI.create("http://127.0.0.1:" + port + "/hook"), signer, "l-1.1",
                BODY);

        assertThat(result.outcome()).isEqualTo(WebhookClient.Outcome.RETRY);
        assertThat(result.status()).isZero();
    }

    @Test
    void keepsTheStartOfAnErrorBodyAndTheRetryAfter() {
        receiver = Receiver.start(request -> new Receiver.Answer(503, Map.of("Retry-After", "30"),
                "maintenance\nuntil noon " + "x".repeat(500)));

        WebhookClient.Result result = client.send(receiver.url("/hook"), signer, "l-1.1", BODY);

        assertThat(result.error()).startsWith("HTTP 503: maintenance until noon xxx").hasSizeLessThan(220);
        assertThat(result.retryAfter()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void readsRetryAfterAsSecondsOrAsADate() {
        assertThat(WebhookClient.retryAfter(new BasicHeader("Retry-After", "120"), NOW))
            .isEqualTo(Duration.ofSeconds(120));
        assertThat(WebhookClient.retryAfter(new BasicHeader("Retry-After", "Fri, 20 Nov 2026 12:05:00 GMT"), NOW))
            .isEqualTo(Duration.ofMinutes(5));
        assertThat(WebhookClient.retryAfter(new BasicHeader("Retry-After", "soon"), NOW)).isNull();
        assertThat(WebhookClient.retryAfter(null, NOW)).isNull();
    }

    private WebhookClient client(List<String> allowed) {
        return new WebhookClient(new AddressGuard(allowed), Duration.ofSeconds(2), Duration.ofSeconds(5), 4, clock);
    }
}
