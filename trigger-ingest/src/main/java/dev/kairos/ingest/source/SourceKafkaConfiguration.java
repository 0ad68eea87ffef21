package dev.kairos.ingest.source;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;

import dev.kairos.events.Json;
import dev.kairos.events.Source;
import dev.kairos.events.Topics;
import dev.kairos.ingest.IngestProperties;
import dev.kairos.service.topic.DeadLetters;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.RangeAssignor;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Kafka wiring of the sources: {@code ingest.sources}, ingest's own {@code ingest.seen} (same partition count), and
 * the listener that reads both. Unreadable records go to {@code <topic>.dlt} (counted) instead of blocking a
 * partition.
 */
@Configuration(proxyBeanMethods = false)
class SourceKafkaConfiguration {

    @Bean
    KafkaAdmin.NewTopics sourceTopics(IngestProperties properties) {
        IngestProperties.TopicSettings settings = properties.topics();
        return new KafkaAdmin.NewTopics(topic(Topics.INGEST_SOURCES.name(), settings).compact().build(),
                topic(Topics.INGEST_SOURCES.deadLetter(), settings).build(),
                topic(SeenItem.TOPIC, settings).config(TopicConfig.CLEANUP_POLICY_CONFIG, "compact,delete")
                    .config(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(Duration.ofDays(90).toMillis()))
                    .build(),
                topic(SeenItem.TOPIC + ".dlt", settings).build());
    }

    private static TopicBuilder topic(String name, IngestProperties.TopicSettings settings) {
        return TopicBuilder.name(name).partitions(settings.partitions()).replicas(settings.replicas());
    }

    @Bean
    ConcurrentKafkaListenerContainerFactory<String, Object> sourcesListenerFactory(KafkaProperties kafka,
            MeterRegistry meters, ObjectProvider<SourceAssignment> assignment) {
        Map<String, Object> consumer = kafka.buildConsumerProperties();
        // partition n of ingest.sources and of ingest.seen go to the same instance
        consumer.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, RangeAssignor.class.getName());
        var consumers = new DefaultKafkaConsumerFactory<String, Object>(consumer, new StringDeserializer(),
                new ErrorHandlingDeserializer<>(valuesByTopic()));
        var factory = new ConcurrentKafkaListenerContainerFactory<String, Object>();
        factory.setConsumerFactory(consumers);
        // looked up when Kafka calls it: the assignment is also this factory's listener, so it cannot be injected
        factory.getContainerProperties().setConsumerRebalanceListener(new ConsumerAwareRebalanceListener() {
            @Override
            public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
                assignment.getObject().onPartitionsAssigned(consumer, partitions);
            }

            @Override
            public void onPartitionsRevokedBeforeCommit(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
                assignment.getObject().onPartitionsRevokedBeforeCommit(consumer, partitions);
            }

            @Override
            public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
                assignment.getObject().onPartitionsLost(consumer, partitions);
            }
        });
        var deadLetters = DeadLetters.recoverer(kafka, meters, "kairos.ingest.dead.letters", StringSerializer.class,
                Topics.INGEST_SOURCES.name());
        factory.setCommonErrorHandler(new DefaultErrorHandler(deadLetters, new FixedBackOff(0, 0)));
        return factory;
    }

    private static Deserializer<Object> valuesByTopic() {
        Deserializer<Source> sources = Json.serde(Topics.INGEST_SOURCES).deserializer();
        Deserializer<SeenItem> seen = Json.serde(SeenItem.class).deserializer();
        return (topic, data) -> topic.equals(SeenItem.TOPIC) ? seen.deserialize(topic, data)
                : sources.deserialize(topic, data);
    }
}
