package dev.kairos.matcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
import java.util.function.Predicate;

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
import dev.kairos.matcher.account.AccountIndex;
import dev.kairos.matcher.account.AccountLookup;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Two matcher instances share the events' partitions, and each holds the whole account index: an event about any
 * account is matched whichever instance owns its partition, and an account written or deleted after both started
 * reaches both indexes. The broker is this test's own, so that no other test's matcher takes events or writes matches.
 */
class MatcherScaleOutIT {

    static final int PARTITIONS = 6;

    /** Names that share no word and are no near spelling of each other: no fuzzy match between them. */
    static final String[] NAMES = { "Quillon Aerospace", "Brantwood Textiles", "Celestra Optics", "Dunmore Brewing",
            "Elbridge Pharma", "Farrowby Logistics", "Galtree Robotics", "Hollinmark Foods", "Ivyreach Telecom",
            "Jesperon Mining", "Kestrelvale Energy", "Lunford Ceramics", "Marrowind Shipping", "Norcastle Paper",
            "Oakhurst Semiconductors", "Pembrook Apparel", "Quaysend Insurance", "Redgrove Cement",
            "Saltmarsh Fisheries", "Thistlecombe Glass", "Umberfield Rail", "Vantorre Chemicals",
            "Wyecliff Furniture", "Yarrowdale Dairy" };

    static final int ACCOUNTS = NAMES.length;

    private EmbeddedKafkaKraftBroker broker;

    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    private static final Map<ConfigurableApplicationContext, String> NAMES_OF = new java.util.IdentityHashMap<>();

    private Path stateDir;

    @BeforeEach
    void startBroker() throws IOException {
        broker = new EmbeddedKafkaKraftBroker(1, PARTITIONS);
        broker.brokerProperties(Map.of("transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1", "auto.create.topics.enable", "true"));
        broker.afterPropertiesSet();
        stateDir = Files.createTempDirectory("matcher-scale-out");
    }

    @AfterEach
    void stopAll() {
        instances.forEach(ConfigurableApplicationContext::close);
        instances.forEach(NAMES_OF::remove);
        broker.destroy();
    }

    @Test
    void matchesEveryAccountOnEitherInstanceAndAppliesLaterAccountChangesToBoth() throws Exception {
        String servers = broker.getBrokersAsString();
        String applicationId = "matcher-scale-" + UUID.randomUUID().toString().substring(0, 8);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers))) {
            admin.createTopics(List.of(new NewTopic(Topics.TRIGGER_EVENTS.name(), PARTITIONS, (short) 1),
                    new NewTopic(Topics.CRM_ACCOUNTS.name(), PARTITIONS, (short) 1)
                        .configs(Map.of("cleanup.policy", "compact"))))
                .all()
                .get();
        }
        try (KafkaProducer<String, Object> producer = producer(servers)) {
            for (int i = 0; i < ACCOUNTS; i++) {
                producer.send(new ProducerRecord<>(Topics.CRM_ACCOUNTS.name(), "S-" + i, account("S-" + i,
                        NAMES[i], "scale" + i + ".example")));
            }
        }
        ConfigurableApplicationContext a = start("instance-a", servers, applicationId);
        ConfigurableApplicationContext b = start("instance-b", servers, applicationId);
        List<ConfigurableApplicationContext> both = List.of(a, b);
        await().atMost(Duration.ofMinutes(3)).until(() -> !owned(a).isEmpty() && !owned(b).isEmpty()
                && both.stream().allMatch(instance -> index(instance).size() == ACCOUNTS));

        // every account's event, on a partition chosen by the account: the partitions of both instances get some
        Map<Integer, String> owners = owners(a, b);
        System.out.printf("Partitions of %s by owner: %s%n", Topics.TRIGGER_EVENTS.name(), owners);
        Set<String> expected = new HashSet<>();
        Set<String> owningInstances = new HashSet<>();
        try (KafkaProducer<String, Object> producer = producer(servers)) {
            for (int i = 0; i < ACCOUNTS; i++) {
                TriggerEvent event = event("first-" + i, NAMES[i], "scale" + i + ".example");
                int partition = i % PARTITIONS;
                producer.send(new ProducerRecord<>(Topics.TRIGGER_EVENTS.name(), partition, event.company().key(),
                        event));
                expected.add(TriggerMatch.idFor(event.eventId(), "S-" + i, "default"));
                owningInstances.add(owners.get(partition));
            }
        }
        assertThat(owningInstances).containsExactlyInAnyOrder("instance-a", "instance-b");
        assertThat(matchIds(servers, expected::contains, expected.size())).isEqualTo(expected);

        // an account written after both started reaches both indexes, and matches on both instances
        try (KafkaProducer<String, Object> producer = producer(servers)) {
            producer.send(new ProducerRecord<>(Topics.CRM_ACCOUNTS.name(), "S-NEW",
                    account("S-NEW", "Newcomer Quarries", "newcomer-quarries.example")));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> both.stream()
            .allMatch(instance -> instance.getBean(AccountLookup.class)
                .find(Company.named("Newcomer Quarries"), null)
                .isMatched()));
        Map<String, TriggerEvent> onEach = new HashMap<>();
        try (KafkaProducer<String, Object> producer = producer(servers)) {
            for (ConfigurableApplicationContext instance : both) {
                String name = name(instance);
                TriggerEvent event = event("new-" + name, "Newcomer Quarries", null);
                producer.send(new ProducerRecord<>(Topics.TRIGGER_EVENTS.name(), owned(instance).getFirst(),
                        event.company().key(), event));
                onEach.put(TriggerMatch.idFor(event.eventId(), "S-NEW", "default"), event);
            }
        }
        assertThat(matchIds(servers, onEach::containsKey, 2)).isEqualTo(onEach.keySet());

        // a deleted account leaves both indexes: events about it go unmatched on both instances
        try (KafkaProducer<String, Object> producer = producer(servers)) {
            producer.send(new ProducerRecord<>(Topics.CRM_ACCOUNTS.name(), "S-0", null));
        }
        await().atMost(Duration.ofSeconds(60))
            .until(() -> both.stream().noneMatch(instance -> index(instance).contains("S-0")));
        Set<String> gone = new HashSet<>();
        try (KafkaProducer<String, Object> producer = producer(servers)) {
            for (ConfigurableApplicationContext instance : both) {
                TriggerEvent event = event("gone-" + name(instance), NAMES[0],
                        "scale0.example");
                producer.send(new ProducerRecord<>(Topics.TRIGGER_EVENTS.name(), owned(instance).getFirst(),
                        event.company().key(), event));
                gone.add(event.eventId());
            }
        }
        List<ConsumerRecord<String, byte[]>> unmatched = read(servers, Topics.TRIGGER_UNMATCHED.name(), record -> {
            TriggerEvent event = Json.read(new String(record.value(), StandardCharsets.UTF_8), TriggerEvent.class);
            return gone.contains(event.eventId());
        }, 2);
        assertThat(unmatched).allSatisfy(record -> assertThat(
                new String(record.headers().lastHeader("kairos-unmatched-reason").value(), StandardCharsets.UTF_8))
            .isEqualTo("no_account"));
        // and none of them matched: the whole of trigger.matches holds no match of theirs
        assertThat(read(servers, Topics.TRIGGER_MATCHES.name(), record -> true, 0).stream()
            .map(record -> Json.read(new String(record.value(), StandardCharsets.UTF_8), TriggerMatch.class))
            .filter(match -> gone.contains(match.event().eventId()))
            .toList()).isEmpty();
    }

    private ConfigurableApplicationContext start(String name, String servers, String applicationId) {
        ConfigurableApplicationContext context = MatcherApplication.builder()
            .run("--spring.kafka.bootstrap-servers=" + servers, "--server.port=0", "--management.server.port=0",
                    "--spring.kafka.streams.application-id=" + applicationId,
                    "--spring.kafka.streams.client-id=" + name,
                    "--spring.kafka.streams.state-dir=" + stateDir.resolve(name),
                    "--trigger.matcher.topics.partitions=" + PARTITIONS);
        instances.add(context);
        NAMES_OF.put(context, name);
        return context;
    }

    private static String name(ConfigurableApplicationContext instance) {
        return NAMES_OF.get(instance);
    }

    private static AccountIndex index(ConfigurableApplicationContext instance) {
        return instance.getBean(AccountIndex.class);
    }

    /** The partitions of the events' topic that the instance's stream threads own now. */
    private static List<Integer> owned(ConfigurableApplicationContext instance) {
        KafkaStreams streams = instance.getBean(StreamsBuilderFactoryBean.class).getKafkaStreams();
        if (streams == null || streams.state() != KafkaStreams.State.RUNNING) {
            return List.of();
        }
        List<Integer> partitions = new ArrayList<>();
        streams.metadataForLocalThreads()
            .forEach(thread -> thread.activeTasks()
                .forEach(task -> task.topicPartitions()
                    .stream()
                    .filter(partition -> partition.topic().equals(Topics.TRIGGER_EVENTS.name()))
                    .forEach(partition -> partitions.add(partition.partition()))));
        return partitions.stream().sorted().toList();
    }

    private static Map<Integer, String> owners(ConfigurableApplicationContext... instances) {
        Map<Integer, String> owners = new HashMap<>();
        for (ConfigurableApplicationContext instance : instances) {
            owned(instance).forEach(partition -> owners.put(partition, name(instance)));
        }
        return owners;
    }

    private static Set<String> matchIds(String servers, Predicate<String> wanted, int count) {
        Set<String> ids = new HashSet<>();
        read(servers, Topics.TRIGGER_MATCHES.name(), record -> {
            String id = Json.read(new String(record.value(), StandardCharsets.UTF_8), TriggerMatch.class).matchId();
            return wanted.test(id) && ids.add(id);
        }, count);
        return ids;
    }

    /**
     * The records of a topic that pass {@code wanted}, read committed, once {@code count} did; with a count of 0,
     * every record up to the end offsets found at the start.
     */
    private static List<ConsumerRecord<String, byte[]>> read(String servers, String topic,
            Predicate<ConsumerRecord<String, byte[]>> wanted, int count) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers, ConsumerConfig.GROUP_ID_CONFIG,
                "scale-out-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofMinutes(2)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (record.value() != null && wanted.test(record)) {
                        found.add(record);
                    }
                });
                if (count > 0) {
                    return found.size() >= count;
                }
                var assigned = consumer.assignment();
                return !assigned.isEmpty() && consumer.endOffsets(assigned)
                    .entrySet()
                    .stream()
                    .allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
            });
        }
        return found;
    }

    private static Account account(String id, String name, String domain) {
        return new Account(Account.SCHEMA_VERSION, id, name, List.of(), List.of(domain), AccountStatus.PROSPECT,
                null);
    }

    private static TriggerEvent event(String item, String company, String domain) {
        Instant now = Instant.now();
        return new TriggerEvent(1, TriggerEvent.idFor(item, TriggerType.FUNDING_ROUND), 1,
                new Company(company, domain),
                new TriggerDetails.Funding("SEED", new BigDecimal("1000000"), Currency.getInstance("USD"), List.of()),
                now.minus(Duration.ofDays(1)), now, 0.9,
                new Evidence("it", "https://news.example/" + item, company + " raises $1M", null));
    }

    private static KafkaProducer<String, Object> producer(String servers) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ProducerConfig.LINGER_MS_CONFIG, 5), Json.keySerde().serializer(), new Json.JsonSerializer<>());
    }
}
