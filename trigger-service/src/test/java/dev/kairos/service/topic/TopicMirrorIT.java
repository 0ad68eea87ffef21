package dev.kairos.service.topic;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import dev.kairos.test.KafkaBroker;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopicMirrorIT {

    /** Upper-cases its value; "poison" cannot be read, an empty value is a tombstone. */
    private static final Deserializer<String> UPPER = (topic, data) -> {
        if (data == null) {
            return null;
        }
        String text = new String(data, StandardCharsets.UTF_8);
        if (text.equals("poison")) {
            throw new SerializationException("not a value");
        }
        return text.toUpperCase(Locale.ROOT);
    };

    private final String topic = "mirror-" + UUID.randomUUID();

    private final AtomicInteger changes = new AtomicInteger();

    private final TopicMirror<String> mirror = new TopicMirror<>(topic,
            Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(),
                    ConsumerConfig.GROUP_ID_CONFIG, "not-used"),
            UPPER, changes::incrementAndGet);

    private final KafkaProducer<String, String> producer = new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers()), new StringSerializer(),
            new StringSerializer());

    @AfterEach
    void close() {
        mirror.stop();
        producer.close();
    }

    @Test
    void holdsTheLatestReadableValueOfEveryKeyAndFollowsLaterWrites() throws Exception {
        for (ProducerRecord<String, String> record : List.of(new ProducerRecord<>(topic, "a", "first"),
                new ProducerRecord<>(topic, "a", "second"), new ProducerRecord<>(topic, "b", "gone"),
                new ProducerRecord<String, String>(topic, "b", null), new ProducerRecord<>(topic, "c", "poison"),
                new ProducerRecord<>(topic, "d", "kept"))) {
            producer.send(record).get();
        }

        mirror.start();
        mirror.awaitLoaded();

        assertThat(mirror.get("a")).contains("SECOND");
        assertThat(mirror.get("b")).isEmpty();
        assertThat(mirror.get("c")).isEmpty();
        assertThat(mirror.values()).containsExactlyInAnyOrder("SECOND", "KEPT");
        assertThat(changes.get()).isPositive();

        int before = changes.get();
        RecordMetadata later = producer.send(new ProducerRecord<>(topic, "e", "later")).get();
        assertThat(mirror.awaitApplied(new TopicPartition(topic, later.partition()), later.offset(),
                Duration.ofSeconds(30))).isTrue();
        assertThat(mirror.get("e")).contains("LATER");
        assertThat(changes.get()).isGreaterThan(before);
        assertThat(mirror.awaitApplied(new TopicPartition(topic, later.partition()), later.offset() + 1_000,
                Duration.ofMillis(200))).isFalse();
    }

    @Test
    void aLocalWriteIsVisibleAtOnce() throws Exception {
        producer.send(new ProducerRecord<>(topic, "y", "remote")).get();
        mirror.start();
        mirror.awaitLoaded();

        mirror.put("x", "LOCAL");
        assertThat(mirror.get("x")).contains("LOCAL");
        mirror.put("x", null);
        assertThat(mirror.get("x")).isEmpty();
        assertThat(mirror.get("y")).contains("REMOTE");
        assertThat(mirror.isRunning()).isTrue();
    }
}
