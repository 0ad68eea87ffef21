package dev.kairos.ingest;

import java.util.Map;

import dev.kairos.events.Json;
import dev.kairos.events.Source;
import dev.kairos.events.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Kafka wiring of ingest: its topics, and the listener of {@code ingest.sources}, whose unreadable records go to
 * {@code ingest.sources.dlt} (counted) instead of blocking the partition.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    @Bean
    KafkaAdmin.NewTopics ingestTopics(IngestProperties properties) {
        IngestProperties.TopicSettings settings = properties.topics();
        return new KafkaAdmin.NewTopics(topic(Topics.TRIGGER_EVENTS.name(), settings).build(),
                topic(Topics.INGEST_SOURCES.name(), settings).compact().build(),
                topic(Topics.INGEST_SOURCES.deadLetter(), settings).build());
    }

    private static TopicBuilder topic(String name, IngestProperties.TopicSettings settings) {
        return TopicBuilder.name(name).partitions(settings.partitions()).replicas(settings.replicas());
    }

    @Bean
    ConcurrentKafkaListenerContainerFactory<String, Source> sourcesListenerFactory(KafkaProperties kafka,
            MeterRegistry meters) {
        var consumers = new DefaultKafkaConsumerFactory<>(kafka.buildConsumerProperties(), new StringDeserializer(),
                new ErrorHandlingDeserializer<>(Json.serde(Topics.INGEST_SOURCES).deserializer()));
        var factory = new ConcurrentKafkaListenerContainerFactory<String, Source>();
        factory.setConsumerFactory(consumers);
        // DESIGN names dead-letter topics <topic>.dlt; spring-kafka's default suffix is -dlt
        Map<String, Object> producer = kafka.buildProducerProperties();
        producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        var template = new KafkaTemplate<Object, Object>(new DefaultKafkaProducerFactory<>(producer));
        var deadLetters = new DeadLetterPublishingRecoverer(template, (record, ex) -> {
            meters.counter("kairos.ingest.dead.letters", "topic", record.topic()).increment();
            return new TopicPartition(record.topic() + ".dlt", -1);
        });
        factory.setCommonErrorHandler(new DefaultErrorHandler(deadLetters, new FixedBackOff(0, 0)));
        return factory;
    }
}
