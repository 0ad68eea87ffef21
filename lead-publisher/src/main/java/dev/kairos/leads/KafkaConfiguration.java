package dev.kairos.leads;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.kairos.events.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.KafkaStreamsDefaultConfiguration;
import org.springframework.kafka.config.KafkaStreamsConfiguration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.streams.RecoveringDeserializationExceptionHandler;

/**
 * Kafka wiring of the publisher: its topics, the Streams configuration, and the dead-letter path for records that
 * cannot be read ({@code <topic>.dlt}, counted per source topic).
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    @Bean
    KafkaAdmin.NewTopics publisherTopics(PublisherProperties properties) {
        PublisherProperties.TopicSettings settings = properties.topics();
        List<NewTopic> topics = new ArrayList<>(List.of(topic(Topics.TRIGGER_MATCHES.name(), settings, false),
                topic(Topics.TRIGGER_MATCHES.deadLetter(), settings, false),
                topic(Topics.LEADS.name(), settings, false)));
        if (properties.campaignTopics().enabled()) {
            // in production these are provisioned with the rest; created here for a single-broker set-up
            for (String campaign : properties.campaignTopics().campaigns()) {
                topics.add(topic(Topics.leadsOf(campaign).name(), settings, false));
            }
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    private static NewTopic topic(String name, PublisherProperties.TopicSettings settings, boolean compacted) {
        TopicBuilder builder = TopicBuilder.name(name).partitions(settings.partitions()).replicas(settings.replicas());
        return (compacted ? builder.compact() : builder).build();
    }

    @Bean(name = KafkaStreamsDefaultConfiguration.DEFAULT_STREAMS_CONFIG_BEAN_NAME)
    KafkaStreamsConfiguration kafkaStreamsConfiguration(KafkaProperties kafka, MeterRegistry meters) {
        Map<String, Object> config = kafka.buildStreamsProperties();
        config.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                RecoveringDeserializationExceptionHandler.class);
        config.put(RecoveringDeserializationExceptionHandler.KSTREAM_DESERIALIZATION_RECOVERER,
                deadLetters(kafka, meters));
        return new KafkaStreamsConfiguration(config);
    }

    private static DeadLetterPublishingRecoverer deadLetters(KafkaProperties kafka, MeterRegistry meters) {
        // registered at start-up, zero-valued, so that the dead-letter alert has a series before the first one
        meters.counter("kairos.publisher.dead.letters", "topic", Topics.TRIGGER_MATCHES.name());
        Map<String, Object> producer = kafka.buildProducerProperties();
        producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        KafkaTemplate<Object, Object> template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(producer));
        // registered before the first dead letter, so that alerts see a zero rather than nothing
        meters.counter("kairos.publisher.dead.letters", "topic", Topics.TRIGGER_MATCHES.name());
        meters.counter("kairos.publisher.dead.letters", "topic", Topics.LEADS.name());
        // DESIGN names dead-letter topics <topic>.dlt; spring-kafka's default suffix is -dlt
        return new DeadLetterPublishingRecoverer(template, (record, ex) -> {
            meters.counter("kairos.publisher.dead.letters", "topic", record.topic()).increment();
            return new TopicPartition(record.topic() + ".dlt", -1);
        });
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock(PublisherProperties properties) {
        return properties.clockSpeed() == 1 ? Clock.systemUTC()
                : new ScaledClock(Clock.systemUTC(), properties.clockSpeed());
    }
}
