package dev.kairos.service.topic;

import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.StreamsConfig;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.streams.RecoveringDeserializationExceptionHandler;

/**
 * Where a service puts the records it cannot read: on {@code <topic>.dlt} (DESIGN's name; spring-kafka's own suffix is
 * {@code -dlt}) with their original bytes and the error in spring-kafka's {@code kafka_dlt-*} headers, counted by the
 * topic they came from, while the records after them are still processed.
 */
public final class DeadLetters {

    private DeadLetters() {
    }

    /**
     * @param counter the service's counter, e.g. {@code kairos.matcher.dead.letters}
     * @param keys how a record's key is written back: byte arrays where nothing of the record was read (Kafka
     *     Streams), the key's own serializer where a listener read the key but not the value
     * @param sources the topics whose counters exist from the start, so that an alert sees a zero rather than no
     *     series before the first dead letter
     */
    public static DeadLetterPublishingRecoverer recoverer(KafkaProperties kafka, MeterRegistry meters, String counter,
            Class<? extends Serializer<?>> keys, String... sources) {
        for (String source : sources) {
            count(meters, counter, source);
        }
        Map<String, Object> producer = kafka.buildProducerProperties();
        producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, keys);
        producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        KafkaTemplate<Object, Object> template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(producer));
        return new DeadLetterPublishingRecoverer(template, (record, error) -> {
            count(meters, counter, record.topic()).increment();
            return new TopicPartition(record.topic() + ".dlt", -1);
        });
    }

    /**
     * The service's Kafka Streams settings ({@code spring.kafka.streams.*}) with records that cannot be deserialized
     * handed to {@code recoverer}, rather than stopping the stream thread.
     */
    public static Map<String, Object> streamsSettings(KafkaProperties kafka, DeadLetterPublishingRecoverer recoverer) {
        Map<String, Object> config = kafka.buildStreamsProperties();
        config.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                RecoveringDeserializationExceptionHandler.class);
        config.put(RecoveringDeserializationExceptionHandler.KSTREAM_DESERIALIZATION_RECOVERER, recoverer);
        return config;
    }

    private static Counter count(MeterRegistry meters, String counter, String topic) {
        return Counter.builder(counter)
            .description("Records written to a dead-letter topic, by the topic they came from")
            .tag("topic", topic)
            .register(meters);
    }
}
