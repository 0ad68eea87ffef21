package dev.kairos.matcher.rule;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import dev.kairos.events.Json;
import dev.kairos.events.Topics;
import dev.kairos.events.TriggerRule;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Every rule on the compacted {@code trigger.rules}, read in full by every instance (no consumer group,
 * {@code read_committed}) and kept up to date, so that a change made on any instance applies on all of them as soon as
 * the record is read, typically within a poll of a few milliseconds. The topology reads {@link #book()} per event.
 * Start-up waits until everything on the topic has been read, so that no event is matched against a partial book.
 */
@Component
public class RuleCatalog implements SmartLifecycle, Supplier<RuleBook> {

    private static final Logger log = LoggerFactory.getLogger(RuleCatalog.class);

    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(60);

    private final Map<String, TriggerRule> rules = new ConcurrentHashMap<>();

    private final Map<TopicPartition, Long> applied = new ConcurrentHashMap<>();

    private final Object progress = new Object();

    private final KafkaProperties kafka;

    private final CountDownLatch loaded = new CountDownLatch(1);

    private volatile RuleBook book = RuleBook.empty();

    private volatile @Nullable KafkaConsumer<String, byte[]> consumer;

    private volatile @Nullable Thread thread;

    RuleCatalog(KafkaProperties kafka) {
        this.kafka = kafka;
    }

    /** The rules in force now. */
    public RuleBook book() {
        return book;
    }

    @Override
    public RuleBook get() {
        return book;
    }

    public Optional<TriggerRule> rule(String ruleId) {
        return Optional.ofNullable(rules.get(ruleId));
    }

    /** Waits until the record written at {@code offset} of {@code partition} has been read. */
    boolean awaitApplied(TopicPartition partition, long offset, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (progress) {
            while (applied.getOrDefault(partition, -1L) < offset) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    return false;
                }
                try {
                    progress.wait(left);
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public void start() {
        Map<String, Object> config = kafka.buildConsumerProperties();
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // rules are written together with their audit record in one transaction
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        KafkaConsumer<String, byte[]> created = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer());
        consumer = created;
        thread = Thread.ofPlatform().name("rule-catalog").daemon().start(() -> run(created));
        awaitLoaded();
    }

    private void awaitLoaded() {
        try {
            if (!loaded.await(LOAD_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(Topics.TRIGGER_RULES.name() + " could not be read within "
                        + LOAD_TIMEOUT);
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + Topics.TRIGGER_RULES.name(), ex);
        }
    }

    private void run(KafkaConsumer<String, byte[]> consumer) {
        var deserializer = Json.serde(Topics.TRIGGER_RULES).deserializer();
        try {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.TRIGGER_RULES.name(), LOAD_TIMEOUT)
                .stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (true) {
                boolean changed = false;
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    changed |= apply(record, deserializer);
                }
                if (changed) {
                    book = new RuleBook(rules.values());
                }
                synchronized (progress) {
                    for (TopicPartition partition : partitions) {
                        applied.put(partition, consumer.position(partition) - 1);
                    }
                    progress.notifyAll();
                }
                if (loaded.getCount() > 0
                        && end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
                    log.info("Rule catalogue loaded: {} rules", rules.size());
                    loaded.countDown();
                }
            }
        }
        catch (WakeupException stopping) {
            // stop() asked us to stop
        }
        catch (RuntimeException ex) {
            log.error("The rule catalogue stopped reading {}: {}", Topics.TRIGGER_RULES.name(), ex.getMessage(), ex);
        }
        finally {
            consumer.close();
        }
    }

    private boolean apply(ConsumerRecord<String, byte[]> record,
            org.apache.kafka.common.serialization.Deserializer<TriggerRule> deserializer) {
        if (record.key() == null) {
            return false;
        }
        try {
            TriggerRule rule = deserializer.deserialize(record.topic(), record.value());
            if (rule == null) {
                rules.remove(record.key());
            }
            else {
                rules.put(record.key(), rule);
            }
            return true;
        }
        catch (SerializationException ex) {
            log.warn("Ignoring an unreadable rule {} at {}-{}@{}: {}", record.key(), record.topic(),
                    record.partition(), record.offset(), ex.getMessage());
            return false;
        }
    }

    @Override
    public void stop() {
        KafkaConsumer<String, byte[]> current = consumer;
        Thread reader = thread;
        if (current != null && reader != null) {
            current.wakeup();
            try {
                reader.join(Duration.ofSeconds(10));
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            consumer = null;
        }
    }

    @Override
    public boolean isRunning() {
        return consumer != null;
    }

    /** Before the rule seeder and Kafka Streams ({@code Integer.MAX_VALUE - 1000}), which match against the book. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1300;
    }
}
