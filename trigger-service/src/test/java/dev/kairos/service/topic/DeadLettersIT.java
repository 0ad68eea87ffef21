package dev.kairos.service.topic;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import dev.kairos.test.KafkaBroker;
import dev.kairos.test.TopicRecords;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DeadLettersIT {

    private static final String COUNTER = "kairos.test.dead.letters";

    /** Upper-cases its value; "poison" cannot be read. */
    private static final Serde<String> UPPER = Serdes.serdeFrom(new StringSerializer(), (topic, data) -> {
        String text = new String(data, StandardCharsets.UTF_8);
        if (text.equals("poison")) {
            throw new SerializationException("not a value");
        }
        return text.toUpperCase(Locale.ROOT);
    });

    private final String input = "dead-letters-in-" + UUID.randomUUID();

    private final String output = "dead-letters-out-" + UUID.randomUUID();

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @TempDir
    private Path stateDir;

    @Test
    void sendsWhatCannotBeReadToItsDeadLetterTopicCountsItAndGoesOn() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaBroker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(input, 1, (short) 1), new NewTopic(output, 1, (short) 1),
                    new NewTopic(input + ".dlt", 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        KafkaProperties kafka = new KafkaProperties();
        kafka.setBootstrapServers(List.of(KafkaBroker.bootstrapServers()));
        kafka.getStreams().setApplicationId("dead-letters-" + UUID.randomUUID());
        Map<String, Object> config = DeadLetters.streamsSettings(kafka,
                DeadLetters.recoverer(kafka, meters, COUNTER, ByteArraySerializer.class, input, "other.topic"));
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        config.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");

        // counted from the start: an alert sees zeros before the first dead letter
        assertThat(meters.get(COUNTER).tag("topic", "other.topic").counter().count()).isZero();
        assertThat(meters.get(COUNTER).tag("topic", input).counter().count()).isZero();

        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(input, Consumed.with(Serdes.String(), UPPER)).to(output, Produced.with(Serdes.String(), UPPER));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers()), new StringSerializer(),
                new StringSerializer());
                KafkaStreams streams = new KafkaStreams(builder.build(), new StreamsConfig(config))) {
            for (String value : List.of("first", "poison", "second")) {
                producer.send(new ProducerRecord<>(input, "k", value)).get();
            }
            streams.start();

            List<ConsumerRecord<String, byte[]>> read = TopicRecords.await(output,
                    new ByteArrayDeserializer(), record -> true, 2);
            assertThat(read).extracting(record -> new String(record.value(), StandardCharsets.UTF_8))
                .containsExactly("FIRST", "SECOND");
            List<ConsumerRecord<String, byte[]>> dead = TopicRecords.await(input + ".dlt",
                    new ByteArrayDeserializer(), record -> true, 1);
            assertThat(dead.getFirst().key()).isEqualTo("k");
            assertThat(new String(dead.getFirst().value(), StandardCharsets.UTF_8)).isEqualTo("poison");
            assertThat(new String(dead.getFirst().headers().lastHeader("kafka_dlt-original-topic").value(),
                    StandardCharsets.UTF_8)).isEqualTo(input);
            await().atMost(Duration.ofSeconds(30))
                .until(() -> meters.get(COUNTER).tag("topic", input).counter().count() == 1);
            assertThat(meters.get(COUNTER).tag("topic", "other.topic").counter().count()).isZero();
        }
    }
}
