package dev.kairos.matcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.kairos.events.Account;
import dev.kairos.events.AccountStatus;
import dev.kairos.events.Company;
import dev.kairos.events.Evidence;
import dev.kairos.events.Json;
import dev.kairos.events.Topics;
import dev.kairos.events.TriggerDetails;
import dev.kairos.events.TriggerEvent;
import dev.kairos.events.TriggerMatch;
import dev.kairos.events.TriggerType;
import dev.kairos.matcher.rule.RuleBook;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Two matcher instances, each its own JVM, share the events; one is killed with SIGKILL mid-stream, the other takes
 * over its partitions. Read committed, {@code trigger.matches} holds every expected match exactly once. The broker is
 * this test's own, so that no other test's matcher writes matches meanwhile.
 */
class ExactlyOnceKillIT {

    static final int EVENTS = 5_000;

    static final int ACCOUNTS = 50;

    private EmbeddedKafkaKraftBroker broker;

    private final List<Process> instances = new ArrayList<>();

    private Path workDir;

    @BeforeEach
    void startBroker() throws IOException {
        broker = new EmbeddedKafkaKraftBroker(1, 6);
        broker.brokerProperties(Map.of("transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1", "auto.create.topics.enable", "true"));
        broker.afterPropertiesSet();
        workDir = Files.createTempDirectory("exactly-once-kill");
    }

    @AfterEach
    void stopAll() throws InterruptedException {
        for (Process instance : instances) {
            instance.destroy();
            if (!instance.waitFor(30, TimeUnit.SECONDS)) {
                instance.destroyForcibly();
            }
        }
        broker.destroy();
    }

    @Test
    void losesAndDuplicatesNoMatchWhenAnInstanceIsKilledMidStream() throws Exception {
        String servers = broker.getBrokersAsString();
        String applicationId = "matcher-kill-" + UUID.randomUUID().toString().substring(0, 8);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers))) {
            admin.createTopics(List.of(new NewTopic(Topics.TRIGGER_EVENTS.name(), 6, (short) 1))).all().get();
        }
        try (KafkaProducer<String, Object> producer = producer(servers)) {
            for (int i = 0; i < ACCOUNTS; i++) {
                Account account = new Account(1, "K-" + i, "Kill Account " + i, List.of(),
                        List.of("kill" + i + ".example"), AccountStatus.PROSPECT, null);
                producer.send(new ProducerRecord<>(Topics.CRM_ACCOUNTS.name(), account.accountId(), account));
            }
        }

        Process doomed = start("instance-a", servers, applicationId);
        Process survivor = start("instance-b", servers, applicationId);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers))) {
            await().atMost(Duration.ofMinutes(4)).ignoreExceptions().until(() -> partitionsOf(admin, applicationId, "instance-a") > 0
                    && partitionsOf(admin, applicationId, "instance-b") > 0);
        }

        // warm-up events until every account matches, so that the account index is complete before the events
        // that count; an event read before its account was indexed finds none, so these are sent again as needed
        Set<String> expected = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, TriggerEvent> warmUps = new HashMap<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            TriggerEvent warmUp = event("warm-up-" + i, i);
            warmUps.put(TriggerMatch.idFor(warmUp.eventId(), "K-" + i, RuleBook.DEFAULT_RULE_ID), warmUp);
        }
        try (KafkaConsumer<String, TriggerMatch> matches = matchesConsumer(servers);
                KafkaProducer<String, Object> warmUpProducer = producer(servers)) {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).until(() -> {
                long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
                while (System.nanoTime() < deadline) {
                    poll(matches, seen);
                }
                warmUps.forEach((matchId, warmUp) -> {
                    if (!seen.containsKey(matchId)) {
                        warmUpProducer.send(new ProducerRecord<>(Topics.TRIGGER_EVENTS.name(),
                                warmUp.company().key(), warmUp));
                    }
                });
                return seen.keySet().containsAll(warmUps.keySet());
            });
            seen.keySet().removeAll(warmUps.keySet());

            List<TriggerEvent> events = new ArrayList<>();
            for (int i = 0; i < EVENTS; i++) {
                TriggerEvent event = event("item-" + i, i % ACCOUNTS);
                events.add(event);
                expected.add(TriggerMatch.idFor(event.eventId(), "K-" + (i % ACCOUNTS), RuleBook.DEFAULT_RULE_ID));
            }
            // paced, so that the kill falls in the middle of the stream: 50 events every 100 ms
            AtomicInteger sent = new AtomicInteger();
            ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
            try (KafkaProducer<String, Object> producer = producer(servers)) {
                pacer.scheduleAtFixedRate(() -> {
                    for (int n = 0; n < 50 && sent.get() < EVENTS; n++) {
                        TriggerEvent event = events.get(sent.getAndIncrement());
                        producer.send(new ProducerRecord<>(Topics.TRIGGER_EVENTS.name(), event.company().key(),
                                event));
                    }
                }, 0, 100, TimeUnit.MILLISECONDS);
                await().atMost(Duration.ofMinutes(2)).until(() -> {
                    poll(matches, seen);
                    return seen.size() >= EVENTS / 5;
                });
                int matchesBeforeKill = seen.size();
                doomed.destroyForcibly();
                assertThat(doomed.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(doomed.exitValue()).isEqualTo(137);
                System.out.printf("Killed instance-a with SIGKILL after %,d of %,d matches, %,d events sent%n",
                        matchesBeforeKill, expected.size(), sent.get());
                assertThat(matchesBeforeKill).isLessThan(expected.size());
                await().atMost(Duration.ofMinutes(1)).until(() -> sent.get() >= EVENTS);
            }
            finally {
                pacer.shutdownNow();
            }

            await().atMost(Duration.ofMinutes(4)).until(() -> {
                poll(matches, seen);
                return seen.keySet().containsAll(expected);
            });
            // then everything committed up to the end, so that a late duplicate would show
            Map<TopicPartition, Long> end = matches.endOffsets(matches.assignment());
            await().atMost(Duration.ofMinutes(1)).until(() -> {
                poll(matches, seen);
                return end.entrySet().stream().allMatch(e -> matches.position(e.getKey()) >= e.getValue());
            });
        }

        // a warm-up event sent again may match twice; it is no part of the count
        seen.keySet().removeAll(warmUps.keySet());
        assertThat(seen.keySet()).isEqualTo(expected);
        assertThat(seen.entrySet().stream().filter(e -> e.getValue() != 1).toList()).isEmpty();
        assertThat(survivor.isAlive()).isTrue();
    }

    private static void poll(KafkaConsumer<String, TriggerMatch> consumer, Map<String, Integer> seen) {
        for (ConsumerRecord<String, TriggerMatch> record : consumer.poll(Duration.ofMillis(200))) {
            seen.merge(record.value().matchId(), 1, Integer::sum);
        }
    }

    private static int partitionsOf(Admin admin, String applicationId, String clientId) throws Exception {
        ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(applicationId))
            .all()
            .get()
            .get(applicationId);
        int partitions = 0;
        for (MemberDescription member : group.members()) {
            if (member.clientId().startsWith(clientId)) {
                partitions += (int) member.assignment()
                    .topicPartitions()
                    .stream()
                    .filter(p -> p.topic().equals(Topics.TRIGGER_EVENTS.name()))
                    .count();
            }
        }
        return partitions;
    }

    private Process start(String name, String servers, String applicationId) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "--enable-native-access=ALL-UNNAMED", "-cp", classpath,
                MatcherApplication.class.getName(), "--spring.kafka.bootstrap-servers=" + servers,
                "--server.port=0", "--management.server.port=0",
                "--spring.kafka.streams.application-id=" + applicationId, "--spring.kafka.streams.client-id=" + name,
                "--spring.kafka.streams.state-dir=" + workDir.resolve(name),
                // a killed instance's partitions move after 6 s without heartbeats, not the default 45 s
                "--spring.kafka.streams.properties.session.timeout.ms=6000",
                "--spring.kafka.streams.properties.heartbeat.interval.ms=1500",
                "--logging.level.root=WARN", "--logging.level.org.apache.kafka=ERROR");
        File log = workDir.resolve(name + ".log").toFile();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        instances.add(process);
        System.out.printf("Started %s (pid %d), log %s%n", name, process.pid(), log);
        return process;
    }

    private static TriggerEvent event(String item, int account) {
        Instant now = Instant.now();
        return new TriggerEvent(1, TriggerEvent.idFor(item, TriggerType.FUNDING_ROUND), 1,
                new Company("Kill Account " + account, "kill" + account + ".example"),
                new TriggerDetails.Funding("SEED", new BigDecimal("1000000"), Currency.getInstance("USD"), List.of()),
                now.minus(Duration.ofDays(1)), now, 0.9,
                new Evidence("it", "https://news.example/" + item, "Kill Account " + account + " raises $1M", null));
    }

    private static KafkaProducer<String, Object> producer(String servers) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ProducerConfig.LINGER_MS_CONFIG, 5), Json.keySerde().serializer(), new Json.JsonSerializer<>());
    }

    private static KafkaConsumer<String, TriggerMatch> matchesConsumer(String servers) {
        KafkaConsumer<String, TriggerMatch> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers, ConsumerConfig.GROUP_ID_CONFIG,
                "kill-test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), Json.keySerde().deserializer(),
                Json.serde(Topics.TRIGGER_MATCHES).deserializer());
        consumer.subscribe(List.of(Topics.TRIGGER_MATCHES.name()));
        return consumer;
    }
}
