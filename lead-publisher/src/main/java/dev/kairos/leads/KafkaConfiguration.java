package dev.kairos.leads;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import dev.kairos.events.Topics;
import dev.kairos.service.topic.DeadLetters;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.KafkaStreamsDefaultConfiguration;
import org.springframework.kafka.config.KafkaStreamsConfiguration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/**
 * Kafka wiring of the publisher: its topics, the Streams configuration, and the dead-letter path for records that
 * cannot be read ({@code <topic>.dlt}, counted per source topic).
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    @Bean
    KafkaAdmin.NewTopics publisherTopics(PublisherProperties properties) {
        PublisherProperties.TopicSettings settings = properties.topics();
        List<NewTopic> topics = new ArrayList<>(List.of(topic(Topics.TRIGGER_MATCHES.name(), settings),
                topic(Topics.TRIGGER_MATCHES.deadLetter(), settings),
                topic(Topics.LEADS.name(), settings)));
        if (properties.campaignTopics().enabled()) {
            // in production these are provisioned with the rest; created here for a single-broker set-up
            for (String campaign : properties.campaignTopics().campaigns()) {
                topics.add(topic(Topics.leadsOf(campaign).name(), settings));
            }
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    private static NewTopic topic(String name, PublisherProperties.TopicSettings settings) {
        return TopicBuilder.name(name).partitions(settings.partitions()).replicas(settings.replicas()).build();
    }

    /** One writer of dead letters for both Streams applications: matches and leads that cannot be read. */
    @Bean
    DeadLetterPublishingRecoverer deadLetters(KafkaProperties kafka, MeterRegistry meters) {
        return DeadLetters.recoverer(kafka, meters, "kairos.publisher.dead.letters", ByteArraySerializer.class,
                Topics.TRIGGER_MATCHES.name(), Topics.LEADS.name());
    }

    @Bean(name = KafkaStreamsDefaultConfiguration.DEFAULT_STREAMS_CONFIG_BEAN_NAME)
    KafkaStreamsConfiguration kafkaStreamsConfiguration(KafkaProperties kafka,
            DeadLetterPublishingRecoverer deadLetters) {
        return new KafkaStreamsConfiguration(DeadLetters.streamsSettings(kafka, deadLetters));
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock(PublisherProperties properties) {
        return properties.clockSpeed() == 1 ? Clock.systemUTC()
                : new ScaledClock(Clock.systemUTC(), properties.clockSpeed());
    }
}
