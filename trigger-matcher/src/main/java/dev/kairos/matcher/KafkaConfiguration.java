package dev.kairos.matcher;

import java.time.Clock;

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

/**
 * Kafka wiring of the matcher: its topics, the Streams configuration, and the dead-letter path for records that
 * cannot be read ({@code <topic>.dlt}, counted per source topic).
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    @Bean
    KafkaAdmin.NewTopics matcherTopics(MatcherProperties properties) {
        MatcherProperties.TopicSettings settings = properties.topics();
        return new KafkaAdmin.NewTopics(topic(Topics.TRIGGER_EVENTS.name(), settings, false),
                topic(Topics.TRIGGER_EVENTS.deadLetter(), settings, false),
                topic(Topics.CRM_ACCOUNTS.name(), settings, true),
                topic(Topics.CRM_ACCOUNTS.deadLetter(), settings, false),
                topic(Topics.TRIGGER_MATCHES.name(), settings, false),
                topic(Topics.TRIGGER_UNMATCHED.name(), settings, false));
    }

    private static NewTopic topic(String name, MatcherProperties.TopicSettings settings, boolean compacted) {
        TopicBuilder builder = TopicBuilder.name(name).partitions(settings.partitions()).replicas(settings.replicas());
        return (compacted ? builder.compact() : builder).build();
    }

    @Bean(name = KafkaStreamsDefaultConfiguration.DEFAULT_STREAMS_CONFIG_BEAN_NAME)
    KafkaStreamsConfiguration kafkaStreamsConfiguration(KafkaProperties kafka, MeterRegistry meters) {
        return new KafkaStreamsConfiguration(DeadLetters.streamsSettings(kafka, DeadLetters.recoverer(kafka, meters,
                "kairos.matcher.dead.letters", ByteArraySerializer.class, Topics.TRIGGER_EVENTS.name(),
                Topics.CRM_ACCOUNTS.name())));
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
