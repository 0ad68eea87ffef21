package dev.kairos.leads.webhook;

import static dev.kairos.leads.webhook.Leads.lead;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.function.Function;

import dev.kairos.events.Json;
import dev.kairos.events.Lead;
import dev.kairos.events.Topics;
import dev.kairos.test.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The delivery topology driven by TopologyTestDriver and a test clock, against a real local HTTP receiver. */
class WebhookDeliveryTest {

    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    static final Instant START = Instant.parse("2026-11-20T12:00:00Z");

    @TempDir
    Path stateDir;

    final MutableClock clock = new MutableClock(START);

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    final List<AutoCloseable> closing = new ArrayList<>();

    TopologyTestDriver driver;

    TestInputTopic<String, Lead> leads;

    TestInputTopic<String, WebhookEndpoint> endpoints;

    TestOutputTopic<String, Lead> deadLetters;

    @AfterEach
    void close() throws Exception {
        if (driver != null) {
            driver.close();
        }
        for (AutoCloseable closeable : closing) {
            closeable.close();
        }
    }

    @Test
    void receiverDownForTenMinutesGetsEveryLeadOnceAndInEachAccountsOrder() {
        Instant upAt = START.plus(Duration.ofMinutes(10));
        Receiver receiver = receiver(request -> Receiver.Answer.status(clock.instant().isBefore(upAt) ? 503 : 200));
        start(Map.of("outreach", receiver.url("/hooks/outreach")), null);
        List<Lead> written = List.of(lead("A", "a1", 1, "outreach"), lead("B", "b1", 1, "outreach"),
                lead("A", "a1", 2, "outreach"), lead("C", "c1", 1, "outreach"), lead("A", "a2", 1, "outreach"),
                lead("B", "b1", 2, "outreach"), lead("C", "c1", 2, "outreach"), lead("A", "a1", 3, "outreach"),
                lead("C", "c2", 1, "outreach"), lead("B", "b2", 1, "outreach"));
        written.forEach(lead -> leads.pipeInput(lead.accountId(), lead));

        advance(Duration.ofMinutes(5), Duration.ofSeconds(10));
        assertThat(receiver.delivered()).isEmpty();
        assertThat(gauge("kairos.publisher.webhook.retry.queue")).isEqualTo(written.size());
        assertThat(gauge("kairos.publisher.webhook.oldest.undelivered.age")).isGreaterThanOrEqualTo(295);

        advance(Duration.ofMinutes(10), Duration.ofSeconds(10));

        List<Receiver.Request> delivered = receiver.delivered();
        assertThat(delivered).extracting(Receiver.Request::id)
            .doesNotHaveDuplicates()
            .containsExactlyInAnyOrderElementsOf(written.stream().map(PendingDelivery::webhookId).toList());
        assertThat(byAccount(delivered)).isEqualTo(byAccount(written));
        WebhookSigner signer = new WebhookSigner(SECRET);
        assertThat(delivered).allSatisfy(request -> assertThat(
                signer.verify(request.id(), request.timestamp(), request.body(), request.signature()))
            .isTrue());
        assertThat(receiver.requests().stream().filter(request -> request.status() == 503))
            .as("only the first lead of each account was tried while the receiver was down")
            .extracting(Receiver.Request::id)
            .containsOnly("a1.1", "b1.1", "c1.1");
        assertThat(counter("delivered")).isEqualTo(written.size());
        assertThat(counter("retried")).isGreaterThan(3);
        assertThat(counter("failed")).isZero();
        assertThat(gauge("kairos.publisher.webhook.retry.queue")).isZero();
        assertThat(gauge("kairos.publisher.webhook.oldest.undelivered.age")).isZero();
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void otherAccountsAreDeliveredWhileOneIsRetried() {
        Receiver receiver = receiver(request -> Receiver.Answer.status(request.path().equals("/down") ? 500 : 204));
        start(Map.of("down", receiver.url("/down"), "up", receiver.url("/up")), null);
        leads.pipeInput("A", lead("A", "a1", 1, "down"));
        leads.pipeInput("A", lead("A", "a2", 1, "up"));
        leads.pipeInput("B", lead("B", "b1", 1, "up"));
        leads.pipeInput("B", lead("B", "b1", 2, "up"));

        advance(Duration.ofSeconds(30), Duration.ofSeconds(1));

        assertThat(receiver.delivered()).extracting(Receiver.Request::id).containsExactly("b1.1", "b1.2");
        assertThat(receiver.requests()).extracting(Receiver.Request::id)
            .as("a2 waits behind a1, which is being retried")
            .doesNotContain("a2.1")
            .contains("a1.1");
    }

    @Test
    void clientErrorSendsTheLeadToTheDeadLetterTopicAtOnceAndTheAccountGoesOn() {
        Receiver receiver = receiver(request -> request.id().equals("a1.1")
                ? new Receiver.Answer(400, Map.of(), "unknown field 'score'") : Receiver.Answer.status(200));
        start(Map.of("outreach", receiver.url("/hooks")), null);
        leads.pipeInput("A", lead("A", "a1", 1, "outreach"));
        leads.pipeInput("A", lead("A", "a1", 2, "outreach"));

        advance(Duration.ofSeconds(3), Duration.ofSeconds(1));

        TestRecord<String, Lead> dead = deadLetters.readRecord();
        assertThat(dead.key()).isEqualTo("A");
        assertThat(dead.value().leadId()).isEqualTo("a1");
        assertThat(header(dead, WebhookDelivery.ERROR_HEADER)).isEqualTo("HTTP 400: unknown field 'score'");
        assertThat(header(dead, WebhookDelivery.ATTEMPTS_HEADER)).isEqualTo("1");
        assertThat(header(dead, WebhookDelivery.STATUS_HEADER)).isEqualTo("400");
        assertThat(header(dead, WebhookDelivery.ID_HEADER)).isEqualTo("a1.1");
        assertThat(deadLetters.isEmpty()).isTrue();
        assertThat(receiver.requests()).extracting(Receiver.Request::id).containsExactly("a1.1", "a1.2");
        assertThat(counter("failed")).isEqualTo(1);
        assertThat(meters.counter("kairos.publisher.dead.letters", "topic", "leads").count()).isEqualTo(1);
    }

    @Test
    void goneEndpointIsNotRetried() {
        Receiver receiver = receiver(request -> Receiver.Answer.status(410));
        start(Map.of("outreach", receiver.url("/hooks")), null);
        leads.pipeInput("A", lead("A", "a1", 1, "outreach"));

        advance(Duration.ofSeconds(10), Duration.ofSeconds(1));

        assertThat(receiver.requests()).hasSize(1);
        assertThat(header(deadLetters.readRecord(), WebhookDelivery.ERROR_HEADER)).contains("410", "gone");
    }

    @Test
    void givesUpAfterTheConfiguredTimeAndDeadLettersWithTheAttempts() {
        Receiver receiver = receiver(request -> Receiver.Answer.status(503));
        start(Map.of("outreach", receiver.url("/hooks")), null);
        leads.pipeInput("A", lead("A", "a1", 1, "outreach"));

        advance(Duration.ofMinutes(59), Duration.ofMinutes(1));
        assertThat(deadLetters.isEmpty()).isTrue();
        advance(Duration.ofMinutes(2), Duration.ofMinutes(1));

        TestRecord<String, Lead> dead = deadLetters.readRecord();
        int attempts = Integer.parseInt(header(dead, WebhookDelivery.ATTEMPTS_HEADER));
        assertThat(attempts).isEqualTo(receiver.requests().size()).isGreaterThan(30);
        assertThat(header(dead, WebhookDelivery.ERROR_HEADER)).isEqualTo("HTTP 503");
        assertThat(counter("retried")).isEqualTo(attempts - 1);
        assertThat(counter("failed")).isEqualTo(1);
        assertThat(gauge("kairos.publisher.webhook.retry.queue")).isZero();
    }

    @Test
    void honoursRetryAfter() {
        Receiver receiver = receiver(request -> Receiver.Answer.status(200));
        receiver.answer(request -> {
            receiver.answer(next -> Receiver.Answer.status(200));
            return new Receiver.Answer(429, Map.of("Retry-After", "120"), "");
        });
        start(Map.of("outreach", receiver.url("/hooks")), null);
        leads.pipeInput("A", lead("A", "a1", 1, "outreach"));

        advance(Duration.ofSeconds(1), Duration.ofSeconds(1));
        advance(Duration.ofSeconds(110), Duration.ofSeconds(10));
        assertThat(receiver.requests()).extracting(Receiver.Request::status).containsExactly(429);
        advance(Duration.ofSeconds(20), Duration.ofSeconds(10));

        assertThat(receiver.requests()).extracting(Receiver.Request::status).containsExactly(429, 200);
    }

    @Test
    void managedEndpointReplacesTheConfiguredOneAndTheDefaultCampaignTakesLeadsWithout() {
        Receiver receiver = receiver(request -> Receiver.Answer.status(200));
        start(Map.of("outreach", receiver.url("/configured")), "outreach");
        endpoints.pipeInput("outreach", new WebhookEndpoint(receiver.url("/managed"), SECRET, START));
        leads.pipeInput("A", lead("A", "a1", 1, null));
        leads.pipeInput("B", lead("B", "b1", 1, "elsewhere"));

        advance(Duration.ofSeconds(3), Duration.ofSeconds(1));

        assertThat(receiver.requests()).extracting(Receiver.Request::path, Receiver.Request::id)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("/managed", "a1.1"));
        assertThat(meters.counter("kairos.publisher.webhook.unrouted").count()).isEqualTo(1);
    }

    @Test
    void aRevisionReadTwiceIsSentOnce() {
        Receiver receiver = receiver(request -> Receiver.Answer.status(200));
        start(Map.of("outreach", receiver.url("/hooks")), null);
        Lead lead = lead("A", "a1", 1, "outreach");
        leads.pipeInput("A", lead);
        leads.pipeInput("A", lead);
        advance(Duration.ofSeconds(3), Duration.ofSeconds(1));
        leads.pipeInput("A", lead);
        advance(Duration.ofSeconds(3), Duration.ofSeconds(1));

        assertThat(receiver.requests()).extracting(Receiver.Request::id).containsExactly("a1.1");
        assertThat(new String(receiver.requests().getFirst().body(), StandardCharsets.UTF_8))
            .isEqualTo(Json.write(lead));
    }

    private Receiver receiver(Function<Receiver.Request, Receiver.Answer> responder) {
        Receiver receiver = Receiver.start(responder);
        closing.add(receiver);
        return receiver;
    }

    private void start(Map<String, URI> configured, @Nullable String defaultCampaign) {
        Map<String, WebhookProperties.Endpoint> endpointsByCampaign = new LinkedHashMap<>();
        configured.forEach((campaign, url) -> endpointsByCampaign.put(campaign,
                new WebhookProperties.Endpoint(url, SECRET)));
        WebhookProperties settings = new WebhookProperties(true, "webhooks-test", defaultCampaign,
                endpointsByCampaign, List.of("127.0.0.1"), true,
                new WebhookProperties.Retry(Duration.ofSeconds(1), 2.0, Duration.ofMinutes(1), Duration.ofHours(1)),
                Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofSeconds(5), 8);
        WebhookClient client = new WebhookClient(new AddressGuard(settings.allowedAddresses()),
                settings.connectTimeout(), settings.timeout(), 8, clock);
        closing.add(client);
        DeliveryMetrics metrics = new DeliveryMetrics(meters, clock);
        StreamsBuilder builder = new StreamsBuilder();
        SplittableRandom random = new SplittableRandom(42);
        WebhookTopology.define(builder, () -> new WebhookDelivery(settings, client, clock, random, metrics));
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "webhooks-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(builder.build(), config, START);
        leads = driver.createInputTopic(Topics.LEADS.name(), Json.keySerde().serializer(),
                Json.serde(Topics.LEADS).serializer());
        endpoints = driver.createInputTopic(WebhookEndpoint.TOPIC, Json.keySerde().serializer(),
                Json.serde(WebhookEndpoint.class).serializer());
        deadLetters = driver.createOutputTopic(WebhookTopology.DEAD_LETTERS, Json.keySerde().deserializer(),
                Json.serde(Topics.LEADS).deserializer());
    }

    /** Moves the test clock and the driver's wall clock together, a step at a time, punctuating at each step. */
    private void advance(Duration total, Duration step) {
        for (Duration moved = Duration.ZERO; moved.compareTo(total) < 0; moved = moved.plus(step)) {
            clock.advance(step);
            driver.advanceWallClockTime(step);
        }
    }

    private double counter(String outcome) {
        return meters.counter("kairos.publisher.webhook.deliveries", "outcome", outcome).count();
    }

    private double gauge(String name) {
        return meters.get(name).gauge().value();
    }

    private static String header(TestRecord<String, Lead> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "<none>" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Map<String, List<String>> byAccount(List<?> leadsOrRequests) {
        Map<String, List<String>> order = new LinkedHashMap<>();
        for (Object item : leadsOrRequests) {
            Lead lead = item instanceof Lead given ? given
                    : Json.read(new String(((Receiver.Request) item).body(), StandardCharsets.UTF_8), Lead.class);
            order.computeIfAbsent(lead.accountId(), account -> new ArrayList<>()).add(PendingDelivery.webhookId(lead));
        }
        order.replaceAll((account, ids) -> List.copyOf(ids));
        return new java.util.TreeMap<>(order);
    }
}
