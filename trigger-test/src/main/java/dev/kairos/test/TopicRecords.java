package dev.kairos.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

/** Reads a topic of the shared broker from the start until the wanted records have arrived. */
public final class TopicRecords {

    private TopicRecords() {
    }

    /** The records that pass {@code wanted}, read committed, once at least {@code count} did, within a minute. */
    public static <V> List<ConsumerRecord<String, V>> await(String topic, Deserializer<V> values,
            Predicate<ConsumerRecord<String, V>> wanted, int count) {
        return await(topic, values, wanted, count, Duration.ofMinutes(1));
    }

    /**
     * The records that pass {@code wanted}, read committed, once at least {@code count} did, within {@code limit}.
     * Tombstones are skipped, so {@code wanted} may read every record's value.
     */
    public static <V> List<ConsumerRecord<String, V>> await(String topic, Deserializer<V> values,
            Predicate<ConsumerRecord<String, V>> wanted, int count, Duration limit) {
        List<ConsumerRecord<String, V>> found = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), values)) {
            consumer.subscribe(List.of(topic));
            Awaitility.await().atMost(limit).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (record.value() != null && wanted.test(record)) {
                        found.add(record);
                    }
                });
                return found.size() >= count;
            });
        }
        return found;
    }
}
