package dev.kairos.service.health;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Health contributors {@code kafka} (the broker answers) and, in Kafka Streams apps, {@code kafkaStreams} (the app
 * runs). Each service's readiness group includes them; liveness does not, so a broker outage never restarts a pod.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnClass(KafkaAdmin.class)
public class KafkaHealthConfiguration {

    @Bean
    @ConditionalOnBean(KafkaAdmin.class)
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin) {
        Map<String, Object> config = new HashMap<>(admin.getConfigurationProperties());
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, config.getOrDefault(AdminClientConfig.CLIENT_ID_CONFIG,
                "kairos") + "-health");
        return new KafkaHealthIndicator(config, Duration.ofSeconds(5));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(KafkaStreams.class)
    static class Streams {

        @Bean
        @ConditionalOnBean(StreamsBuilderFactoryBean.class)
        KafkaStreamsHealthIndicator kafkaStreamsHealthIndicator(StreamsBuilderFactoryBean streams) {
            return new KafkaStreamsHealthIndicator(streams);
        }
    }
}
