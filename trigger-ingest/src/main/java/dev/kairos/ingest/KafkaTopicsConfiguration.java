package dev.kairos.ingest;

import dev.kairos.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** Creates the topics ingest writes when they are missing. */
@Configuration(proxyBeanMethods = false)
class KafkaTopicsConfiguration {

    @Bean
    NewTopic triggerEventsTopic(IngestProperties properties) {
        return TopicBuilder.name(Topics.TRIGGER_EVENTS.name())
            .partitions(properties.topics().partitions())
            .replicas(properties.topics().replicas())
            .build();
    }
}
