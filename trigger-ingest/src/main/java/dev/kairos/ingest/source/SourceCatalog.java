package dev.kairos.ingest.source;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.kairos.events.Json;
import dev.kairos.events.Source;
import dev.kairos.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Every source on {@code ingest.sources}, read in full by every instance (no consumer group) and kept up to date, so
 * that any instance can answer the sources API. Which sources an instance polls is {@link SourceAssignment}'s job.
 */
@Component
public class SourceCatalog implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SourceCatalog.class);

    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(60);

    private final Map<String, Source> sources = new ConcurrentHashMap<>();

    private final KafkaProperties kafka;

    private final CountDownLatch loaded = new CountDownLatch(1);

    private volatile KafkaConsumer<String, byte[]> consumer;

    private volatile Thread thread;

    SourceCatalog(KafkaProperties kafka) {
        this.kafka = kafka;
    }

    public Collection<Source> all() {
        return List.copyOf(sources.values());
    }

    public Optional<Source> get(String sourceId) {
        return Optional.ofNullable(sources.get(sourceId));
    }

    /** Waits until the catalogue holds everything that was on the topic when the instance started. */
    public void awaitLoaded() {
        try {
            if (!loaded.await(LOAD_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("ingest.sources could not be read within " + LOAD_TIMEOUT);
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading ingest.sources", ex);
        }
    }

    /** Applies a write of this instance at once, so that a client reads its own writes. */
    void apply(String sourceId, Source source) {
        if (source == null) {
            sources.remove(sourceId);
        }
        else {
            sources.put(sourceId, source);
        }
    }

    @Override
    public void start() {
        Map<String, Object> config = kafka.buildConsumerProperties();
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        thread = Thread.ofPlatform().name("source-catalog").daemon().start(this::run);
    }

    private void run() {
        var deserializer = Json.serde(Topics.INGEST_SOURCES).deserializer();
        try {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.INGEST_SOURCES.name(), LOAD_TIMEOUT)
                .stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (true) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                    try {
                        apply(record.key(), deserializer.deserialize(record.topic(), record.value()));
                    }
                    catch (SerializationException ex) {
                        log.warn("Ignoring an unreadable source {} at {}-{}@{}: {}", record.key(), record.topic(),
                                record.partition(), record.offset(), ex.getMessage());
                    }
                }
                if (loaded.getCount() > 0
                        && end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
                    log.info("Source catalogue loaded: {} sources", sources.size());
                    loaded.countDown();
                }
            }
        }
        catch (WakeupException stopping) {
            // stop() asked us to stop
        }
        catch (RuntimeException ex) {
            log.error("The source catalogue stopped reading ingest.sources: {}", ex.getMessage(), ex);
        }
        finally {
            consumer.close();
        }
    }

    @Override
    public void stop() {
        if (consumer != null) {
            consumer.wakeup();
            try {
                thread.join(Duration.ofSeconds(10));
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

    /** First of the source components: the seeder waits for it. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 300;
    }
}
