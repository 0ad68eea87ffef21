package dev.kairos.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

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
import dev.kairos.test.KafkaBroker;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the publisher (kill -9 of the JVM running it) in the middle of 10,000 matches, restarts it, and checks that
 * every expected lead revision is on {@code leads} exactly once: exactly-once from trigger.matches to leads.
 */
class PublisherKillIT {

    static final int ACCOUNTS = 2_500;

    static final int TRIGGERS_PER_ACCOUNT = 4;

    static final int MATCHES = ACCOUNTS * TRIGGERS_PER_ACCOUNT;

    @TempDir
    Path work;

    private final String run = "KILL-" + UUID.randomUUID().toString().substring(0, 8) + "-";

    @Test
    void writesEveryLeadRevisionExactlyOnceAcrossAKillAndRestart() throws Exception {
        createTopics();
        List<TriggerMatch> matches = matches();
        Set<String> expected = new HashSet<>();
        for (int account = 0; account < ACCOUNTS; account++) {
            String leadId = Lead.idFor(accountId(account), "kill-rule", matches.get(account).event().eventId());
            for (int revision = 1; revision <= TRIGGERS_PER_ACCOUNT; revision++) {
                expected.add(leadId + ":" + revision);
            }
        }
        String applicationId = "publisher-kill-" + UUID.randomUUID();
        Map<String, Integer> seen = new HashMap<>();
        try (KafkaConsumer<String, Lead> leads = consumer();
                KafkaProducer<String, TriggerMatch> producer = producer()) {
            // the first round of triggers (revision 1 of every lead) before the publisher starts
            for (int i = 0; i < ACCOUNTS; i++) {
                producer.send(new ProducerRecord<>(Topics.TRIGGER_MATCHES.name(), matches.get(i).accountId(),
                        matches.get(i)));
            }
            producer.flush();
            Process first = startPublisher(applicationId, "first");
            long seenAtKill;
            try {
                await().atMost(Duration.ofMinutes(3)).until(() -> read(leads, seen) > 0);
                // the rest arrive while the publisher runs; it is killed part-way through them
                Thread feeder = Thread.ofPlatform().start(() -> {
                    for (int i = ACCOUNTS; i < MATCHES; i++) {
                        producer.send(new ProducerRecord<>(Topics.TRIGGER_MATCHES.name(), matches.get(i).accountId(),
                                matches.get(i)));
                        if (i % 500 == 0) {
                            producer.flush();
                            pause(250);
                        }
                    }
                    producer.flush();
                });
                await().atMost(Duration.ofMinutes(3)).until(() -> read(leads, seen) >= MATCHES * 3 / 10);
                first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                seenAtKill = total(seen);
                feeder.join(Duration.ofMinutes(2));
            }
            finally {
                first.destroyForcibly();
            }
            assertThat(seenAtKill).as("killed in the middle").isLessThan(MATCHES);

            Process second = startPublisher(applicationId, "second");
            try {
                await().atMost(Duration.ofMinutes(4)).until(() -> {
                    read(leads, seen);
                    return seen.keySet().containsAll(expected);
                });
                // anything written twice would follow within a few commits
                long quietUntil = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                while (System.nanoTime() < quietUntil) {
                    read(leads, seen);
                }
            }
            finally {
                second.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
        assertThat(seen.keySet()).isEqualTo(expected);
        assertThat(seen.values()).containsOnly(1);
    }

    private long read(KafkaConsumer<String, Lead> consumer, Map<String, Integer> seen) {
        for (ConsumerRecord<String, Lead> record : consumer.poll(Duration.ofMillis(200))) {
            if (record.key() != null && record.key().startsWith(run)) {
                seen.merge(record.value().leadId() + ":" + record.value().revision(), 1, Integer::sum);
            }
        }
        return total(seen);
    }

    private static long total(Map<String, Integer> seen) {
        return seen.values().stream().mapToLong(Integer::longValue).sum();
    }

    /** The publisher in a JVM of its own, so that it can be killed as a crash would. */
    private Process startPublisher(String applicationId, String name) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx512m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), PublisherApplication.class.getName(),
                "--spring.kafka.bootstrap-servers=" + KafkaBroker.bootstrapServers(),
                "--spring.kafka.streams.application-id=" + applicationId,
                // the same state directory after the restart, as a restarted pod with its volume would have
                "--spring.kafka.streams.state-dir=" + work.resolve("state"),
                // a killed member leaves no goodbye: let the group notice soon
                "--spring.kafka.streams.properties.session.timeout.ms=6000",
                "--spring.kafka.streams.properties.heartbeat.interval.ms=1000",
                "--trigger.publisher.campaign-topics.enabled=false", "--server.port=0",
                "--management.server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.org.apache.kafka=WARN"));
        return new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(work.resolve(name + ".log").toFile())
            .start();
    }

    private List<TriggerMatch> matches() {
        Instant now = Instant.now();
        TriggerRule rule = new TriggerRule(TriggerRule.SCHEMA_VERSION, "kill-rule", "Kill test", Set.of(), Set.of(),
                0, Segment.DEFAULTS, Duration.ofDays(14), true, null, null, null, null, LeadIntent.NEW_BUSINESS, 1L,
                null, null);
        List<TriggerMatch> matches = new ArrayList<>(MATCHES);
        for (int round = 0; round < TRIGGERS_PER_ACCOUNT; round++) {
            for (int account = 0; account < ACCOUNTS; account++) {
                Instant occurred = now.minus(Duration.ofDays(4 - round));
                TriggerEvent event = new TriggerEvent(1,
                        TriggerEvent.idFor(run + account + "/" + round, TriggerType.PRODUCT_LAUNCH), 1,
                        Company.named("Company " + account), new TriggerDetails.ProductLaunch("Product " + round),
                        occurred, now, 0.8, new Evidence("kill-test", null, "Company launches product " + round, null));
                Account crm = new Account(Account.SCHEMA_VERSION, accountId(account), "Company " + account, List.of(),
                        List.of(), AccountStatus.PROSPECT, null);
                matches.add(TriggerMatch.of(event, crm, rule, MatchMethod.NAME, 0.9, crm.name(), now));
            }
        }
        return matches;
    }

    private String accountId(int account) {
        return run + account;
    }

    private static void createTopics() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaBroker.bootstrapServers()))) {
            for (String topic : List.of(Topics.TRIGGER_MATCHES.name(), Topics.LEADS.name(),
                    Topics.TRIGGER_MATCHES.deadLetter())) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
                }
                catch (java.util.concurrent.ExecutionException ex) {
                    if (!(ex.getCause() instanceof TopicExistsException)) {
                        throw ex;
                    }
                }
            }
        }
    }

    private static KafkaProducer<String, TriggerMatch> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(),
                ProducerConfig.LINGER_MS_CONFIG, 5), Json.keySerde().serializer(),
                Json.serde(Topics.TRIGGER_MATCHES).serializer());
    }

    private static KafkaConsumer<String, Lead> consumer() {
        KafkaConsumer<String, Lead> consumer = new KafkaConsumer<>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG, "kill-test-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                Json.keySerde().deserializer(), Json.serde(Topics.LEADS).deserializer());
        consumer.subscribe(List.of(Topics.LEADS.name()));
        return consumer;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
