package dev.kairos.ingest;

import dev.kairos.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** Creates the topic ingest publishes to when it is missing. The sources' own wiring is in the source package. */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    @Bean
    NewTopic triggerEventsTopic(IngestProperties properties) {
        return TopicBuilder.name(Topics.TRIGGER_EVENTS.name())
            .partitions(properties.topics().partitions())
            .replicas(properties.topics().replicas())
            .build();
    }
}
