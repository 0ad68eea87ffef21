package dev.kairos.service.topic;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The latest value of every key of a compacted topic, read in full by every instance (no consumer group, no committed
 * offsets, {@code read_committed}) on a thread of its own and kept up to date, so that a change written on any
 * instance applies on all of them within a poll. A tombstone removes its key; a record that cannot be read is logged
 * and skipped, the rest of the topic still applies.
 *
 * @param <V> the topic's value
 */
public final class TopicMirror<V> {

    private static final Logger log = LoggerFactory.getLogger(TopicMirror.class);

    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(60);

    private static final Duration POLL = Duration.ofMillis(500);

    private final String topic;

    private final Map<String, Object> consumerConfig;

    private final Deserializer<V> deserializer;

    private final Runnable onChange;

    private final Map<String, V> values = new ConcurrentHashMap<>();

    private final Map<TopicPartition, Long> applied = new ConcurrentHashMap<>();

    private final Object progress = new Object();

    private final CountDownLatch loaded = new CountDownLatch(1);

    private volatile @Nullable KafkaConsumer<String, byte[]> consumer;

    private volatile @Nullable Thread thread;

    private volatile @Nullable RuntimeException failure;

    /**
     * @param consumerConfig the application's consumer settings; its group id and auto-commit are not used
     * @param onChange runs after the values changed (on the reading thread, or on the thread of {@link #put})
     */
    public TopicMirror(String topic, Map<String, Object> consumerConfig, Deserializer<V> deserializer,
            Runnable onChange) {
        this.topic = topic;
        this.consumerConfig = new HashMap<>(consumerConfig);
        this.deserializer = deserializer;
        this.onChange = onChange;
    }

    public Optional<V> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    public Collection<V> values() {
        return List.copyOf(values.values());
    }

    public int size() {
        return values.size();
    }

    /** Applies a write of this instance at once, so that its client reads its own write before the topic says so. */
    public void put(String key, @Nullable V value) {
        if (value == null) {
            values.remove(key);
        }
        else {
            values.put(key, value);
        }
        onChange.run();
    }

    /** Starts reading from the beginning of the topic. */
    public void start() {
        Map<String, Object> config = new HashMap<>(consumerConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // writers may change a record together with its audit record in one transaction
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        KafkaConsumer<String, byte[]> created = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer());
        consumer = created;
        thread = Thread.ofPlatform().name(topic + "-mirror").daemon().start(() -> run(created));
    }

    /** Waits until the mirror holds everything that was on the topic when it started. */
    public void awaitLoaded() {
        try {
            if (!loaded.await(LOAD_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(topic + " could not be read within " + LOAD_TIMEOUT);
            }
            RuntimeException failed = failure;
            if (failed != null) {
                throw new IllegalStateException(topic + " could not be read: " + failed.getMessage(), failed);
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + topic, ex);
        }
    }

    /** Waits until the record written at {@code offset} of {@code partition} has been read; false on time-out. */
    public boolean awaitApplied(TopicPartition partition, long offset, Duration timeout) {
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

    private void run(KafkaConsumer<String, byte[]> consumer) {
        try {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, LOAD_TIMEOUT)
                .stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
            if (partitions.isEmpty()) {
                throw new IllegalStateException("the topic does not exist");
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (true) {
                boolean changed = false;
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    changed |= apply(record);
                }
                if (changed) {
                    onChange.run();
                }
                synchronized (progress) {
                    for (TopicPartition partition : partitions) {
                        applied.put(partition, consumer.position(partition) - 1);
                    }
                    progress.notifyAll();
                }
                if (loaded.getCount() > 0
                        && end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
                    log.info("Read {}: {} records in force", topic, values.size());
                    loaded.countDown();
                }
            }
        }
        catch (WakeupException stopping) {
            // stop() asked us to stop
        }
        catch (RuntimeException ex) {
            log.error("Stopped reading {}: {}", topic, ex.getMessage(), ex);
            failure = ex;
            loaded.countDown();
        }
        finally {
            consumer.close();
        }
    }

    private boolean apply(ConsumerRecord<String, byte[]> record) {
        if (record.key() == null) {
            return false;
        }
        try {
            V value = deserializer.deserialize(record.topic(), record.value());
            if (value == null) {
                values.remove(record.key());
            }
            else {
                values.put(record.key(), value);
            }
            return true;
        }
        catch (SerializationException ex) {
            log.warn("Ignoring an unreadable record {} at {}-{}@{}: {}", record.key(), record.topic(),
                    record.partition(), record.offset(), ex.getMessage());
            return false;
        }
    }

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

    public boolean isRunning() {
        return consumer != null;
    }
}
