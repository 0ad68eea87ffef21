package dev.kairos.leads.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import dev.kairos.events.Account;
import dev.kairos.events.AccountStatus;
import dev.kairos.events.Company;
import dev.kairos.events.Evidence;
import dev.kairos.events.Json;
import dev.kairos.events.Lead;
import dev.kairos.events.LeadIntent;
import dev.kairos.events.MatchMethod;
import dev.kairos.events.Segment;
import dev.kairos.events.Topics;
import dev.kairos.events.TriggerDetails;
import dev.kairos.events.TriggerEvent;
import dev.kairos.events.TriggerMatch;
import dev.kairos.events.TriggerRule;
import dev.kairos.events.TriggerType;
import dev.kairos.leads.PublisherApplication;
import dev.kairos.leads.publish.LeadHistory;
import dev.kairos.leads.publish.LeadTopology;
import dev.kairos.test.KafkaBroker;
import dev.kairos.test.LocalHttp;
import dev.kairos.test.TestApiKey;
import dev.kairos.test.TopicRecords;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

/**
 * Two instances of the publisher (two application contexts, one Streams application id, a state directory each) on
 * the real broker split the partitions of trigger.matches; the read API of each answers for both.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LeadApiAcrossInstancesIT {

    static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    static final String CAMPAIGN = "across-" + RUN;

    static final String RULE = "across-rule";

    static final int ACCOUNTS = 40;

    static ConfigurableApplicationContext first;

    static ConfigurableApplicationContext second;

    /** Lead id → its revision numbers, as read from the leads topic. */
    static final Map<String, List<Integer>> expected = new TreeMap<>();

    @BeforeAll
    static void startTwoInstancesAndFeedThem() throws Exception {
        String applicationId = "publisher-instances-it-" + RUN;
        first = start(applicationId);
        second = start(applicationId);
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            assertThat(partitionsOf(first)).isNotEmpty();
            assertThat(partitionsOf(second)).isNotEmpty();
            for (ConfigurableApplicationContext instance : List.of(first, second)) {
                assertThat(streams(instance).streamsMetadataForStore(LeadTopology.HISTORY_STORE)).hasSize(2);
            }
        });
        try (Admin admin = Admin.create(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers()))) {
            int partitions = admin.describeTopics(List.of(Topics.TRIGGER_MATCHES.name()))
                .allTopicNames()
                .get()
                .get(Topics.TRIGGER_MATCHES.name())
                .partitions()
                .size();
            assertThat(partitions).as("partitions of trigger.matches").isGreaterThanOrEqualTo(2);
        }

        int revisions = 0;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            Instant now = Instant.now();
            for (int i = 0; i < ACCOUNTS; i++) {
                String account = account(i);
                // one to three triggers within the cooldown: one lead with as many revisions
                for (int trigger = 0; trigger <= i % 3; trigger++) {
                    TriggerMatch match = match(account, "t" + trigger, now.minus(Duration.ofHours(30 - trigger)));
                    producer.send(new ProducerRecord<>(Topics.TRIGGER_MATCHES.name(), account, Json.write(match)));
                    revisions++;
                }
            }
        }
        List<ConsumerRecord<String, Lead>> leads = TopicRecords.await(Topics.LEADS.name(),
                Json.serde(Topics.LEADS).deserializer(), record -> record.key().startsWith("ACROSS-" + RUN), revisions,
                Duration.ofSeconds(90));
        for (ConsumerRecord<String, Lead> record : leads) {
            expected.computeIfAbsent(record.value().leadId(), lead -> new ArrayList<>()).add(record.value().revision());
        }
        assertThat(expected).hasSize(ACCOUNTS);
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] { second, first }) {
            if (instance != null) {
                instance.close();
            }
        }
    }

    @Test
    @Order(1)
    void eachInstanceHoldsOnlyItsOwnPartitionsLeads() throws Exception {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            HttpResponse<String> ofFirst = get(first, listPath(0, 500), true);
            HttpResponse<String> ofSecond = get(second, listPath(0, 500), true);
            assertThat(ofFirst.statusCode()).isEqualTo(200);
            assertThat(ofSecond.statusCode()).isEqualTo(200);

            SortedSet<Integer> firstPartitions = partitionsHeader(ofFirst);
            SortedSet<Integer> secondPartitions = partitionsHeader(ofSecond);
            assertThat(firstPartitions).isNotEmpty().doesNotContainAnyElementsOf(secondPartitions);
            assertThat(secondPartitions).isNotEmpty();

            Set<String> onFirst = leadIds(ofFirst.body());
            Set<String> onSecond = leadIds(ofSecond.body());
            // the reason for forwarding: neither instance alone has every lead
            assertThat(onFirst).isNotEmpty().doesNotContainAnyElementsOf(onSecond);
            assertThat(onSecond).isNotEmpty();
            Set<String> both = new HashSet<>(onFirst);
            both.addAll(onSecond);
            assertThat(both).isEqualTo(expected.keySet());
        });
    }

    @Test
    @Order(2)
    void eachInstanceListsEveryLeadOnceAcrossPagesAtItsLatestRevision() {
        for (ConfigurableApplicationContext instance : List.of(first, second)) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                List<Lead> paged = new ArrayList<>();
                long total = -1;
                // 40 leads in pages of 7: six pages, the last one short, then an empty one
                for (int page = 0; page < 7; page++) {
                    HttpResponse<String> answer = get(instance, listPath(page, 7), false);
                    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                    LeadPage body = Json.read(answer.body(), LeadPage.class);
                    assertThat(body.items()).hasSizeLessThanOrEqualTo(7);
                    total = body.total();
                    paged.addAll(body.items());
                }

                assertThat(total).isEqualTo(ACCOUNTS);
                assertThat(paged).extracting(Lead::leadId).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(expected.keySet());
                assertThat(paged).isSortedAccordingTo(LeadQuery.NEWEST_FIRST);
                assertThat(paged).allSatisfy(lead -> assertThat(lead.revision())
                    .isEqualTo(expected.get(lead.leadId()).stream().mapToInt(Integer::intValue).max().orElseThrow()));
            });
        }
    }

    @Test
    @Order(3)
    void eachInstanceFindsEveryLeadWithEveryRevision() {
        for (ConfigurableApplicationContext instance : List.of(first, second)) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                for (Map.Entry<String, List<Integer>> lead : expected.entrySet()) {
                    HttpResponse<String> answer = get(instance, "/api/leads/" + lead.getKey(), false);
                    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                    LeadHistory history = Json.read(answer.body(), LeadHistory.class);
                    assertThat(history.revisions()).extracting(Lead::revision)
                        .containsExactlyElementsOf(lead.getValue().stream().sorted().toList());
                }
                HttpResponse<String> missing = get(instance, "/api/leads/no-such-lead-" + RUN, false);
                assertThat(missing.statusCode()).isEqualTo(404);
                assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
            });
            assertThat(forwarded(instance, "answered")).isPositive();
        }
    }

    @Test
    @Order(4)
    void answersUnavailableRatherThanPartlyWhenAnInstanceCannotBeReached() throws Exception {
        String ownedByFirst = ownedBy(first);
        String ownedBySecond = ownedBy(second);
        double unreachableBefore = forwarded(first, "unreachable");
        // the second instance keeps its partitions but its API no longer answers
        ((WebServerApplicationContext) second).getWebServer().stop();

        HttpResponse<String> list = get(first, listPath(0, 50), false);
        HttpResponse<String> theirs = get(first, "/api/leads/" + ownedBySecond, false);
        HttpResponse<String> ours = get(first, "/api/leads/" + ownedByFirst, false);

        for (HttpResponse<String> unavailable : List.of(list, theirs)) {
            assertThat(unavailable.statusCode()).isEqualTo(503);
            assertThat(unavailable.headers().firstValue("Retry-After")).hasValue(LeadController.RETRY_AFTER_SECONDS);
            assertThat(unavailable.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(Json.mapper().readTree(unavailable.body()).get("detail").asString()).contains("did not answer");
        }
        // a lead this instance holds needs no other instance
        assertThat(ours.statusCode()).isEqualTo(200);
        assertThat(forwarded(first, "unreachable")).isGreaterThanOrEqualTo(unreachableBefore + 2);
    }

    /** A lead the instance holds itself, by its answer to a forwarded (local-only) list. */
    private static String ownedBy(ConfigurableApplicationContext instance) throws Exception {
        return leadIds(get(instance, listPath(0, 500), true).body()).iterator().next();
    }

    private static ConfigurableApplicationContext start(String applicationId) throws IOException {
        String stateDir = Files.createTempDirectory("publisher-instances-it").toAbsolutePath().toString();
        // arguments, not default properties: they must win over publisher.yaml's fixed ports
        Map<String, String> settings = Map.ofEntries(
                Map.entry("spring.kafka.bootstrap-servers", KafkaBroker.bootstrapServers()),
                Map.entry("spring.kafka.streams.application-id", applicationId),
                Map.entry("spring.kafka.streams.state-dir", stateDir), Map.entry("server.port", "0"),
                Map.entry("management.server.port", "0"), Map.entry("spring.main.banner-mode", "off"),
                Map.entry("trigger.publisher.webhooks.enabled", "false"),
                Map.entry("trigger.publisher.campaign-topics.enabled", "false"),
                Map.entry("kairos.security.api-keys[0].name", "reader"),
                Map.entry("kairos.security.api-keys[0].hash", TestApiKey.HASH),
                Map.entry("kairos.security.api-keys[0].roles", "leads:read"));
        return PublisherApplication.builder()
            .run(settings.entrySet()
                .stream()
                .map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                .toArray(String[]::new));
    }

    private static KafkaStreams streams(ConfigurableApplicationContext instance) {
        KafkaStreams streams = instance.getBean(StreamsBuilderFactoryBean.class).getKafkaStreams();
        assertThat(streams).isNotNull();
        assertThat(streams.state()).isEqualTo(KafkaStreams.State.RUNNING);
        return streams;
    }

    private static Set<Integer> partitionsOf(ConfigurableApplicationContext instance) {
        Set<Integer> partitions = new TreeSet<>();
        streams(instance).metadataForLocalThreads()
            .forEach(thread -> thread.activeTasks().forEach(task -> partitions.add(task.taskId().partition())));
        return partitions;
    }

    private static double forwarded(ConfigurableApplicationContext instance, String outcome) {
        return instance.getBean(MeterRegistry.class).counter("kairos.publisher.api.forwarded", "outcome", outcome)
            .count();
    }

    private static String listPath(int page, int size) {
        return "/api/leads?campaign=" + CAMPAIGN + "&page=" + page + "&size=" + size;
    }

    private static HttpResponse<String> get(ConfigurableApplicationContext instance, String path, boolean forwarded)
            throws IOException, InterruptedException {
        int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-API-Key", TestApiKey.KEY);
        if (forwarded) {
            headers.put(PeerClient.FORWARDED, "test");
        }
        return LocalHttp.send(port, "GET", path, headers, null);
    }

    private static SortedSet<Integer> partitionsHeader(HttpResponse<String> answer) {
        String header = answer.headers().firstValue(PeerClient.PARTITIONS).orElseThrow();
        SortedSet<Integer> partitions = PeerClient.parse(header);
        assertThat(partitions).as(header).isNotNull();
        return partitions;
    }

    private static Set<String> leadIds(String page) {
        Set<String> ids = new HashSet<>();
        Json.read(page, LeadPage.class).items().forEach(lead -> ids.add(lead.leadId()));
        return ids;
    }

    private static String account(int i) {
        return "ACROSS-" + RUN + "-" + i;
    }

    private static TriggerMatch match(String accountId, String item, Instant occurredAt) {
        TriggerEvent event = new TriggerEvent(1, TriggerEvent.idFor(accountId + item, TriggerType.FUNDING_ROUND), 1,
                new Company("Crate", "crate.io"), new TriggerDetails.Funding("SEED", null, null, List.of()),
                occurredAt, Instant.now(), 0.9, new Evidence("it", null, "Crate raises a seed round", null));
        Account account = new Account(Account.SCHEMA_VERSION, accountId, "Crate.io GmbH", List.of(), List.of(),
                AccountStatus.PROSPECT, null);
        TriggerRule rule = new TriggerRule(TriggerRule.SCHEMA_VERSION, RULE, "Across", Set.of(), Set.of(), 0,
                Segment.DEFAULTS, Duration.ofDays(14), true, null, null, null, CAMPAIGN, LeadIntent.NEW_BUSINESS, 1L,
                null, null);
        return TriggerMatch.of(event, account, rule, MatchMethod.DOMAIN, 1.0, "crate.io", Instant.now());
    }
}
