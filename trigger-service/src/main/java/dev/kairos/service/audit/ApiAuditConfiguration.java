package dev.kairos.service.audit;

import java.time.Clock;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import tools.jackson.databind.json.JsonMapper;
import dev.kairos.service.MetricNames;

/** Records the changes made through a service's REST API on {@code api.audit} (see {@link ApiAuditTrail}). */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBooleanProperty(name = "kairos.security.audit.enabled", matchIfMissing = true)
public class ApiAuditConfiguration {

    @Bean
    ApiAuditTrail apiAuditTrail(KafkaProperties kafka, JsonMapper json, Environment environment,
            ObjectProvider<Clock> clock, MeterRegistry meters) {
        Map<String, Object> producer = kafka.buildProducerProperties();
        producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        // its own producer: a service's transactional or typed template must not carry audit records
        producer.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        producer.put(ProducerConfig.CLIENT_ID_CONFIG, environment.getProperty("spring.application.name", "kairos")
                + "-audit");
        return new ApiAuditTrail(new DefaultKafkaProducerFactory<>(producer), json,
                environment.getProperty("spring.application.name", "unknown"), clock.getIfAvailable(Clock::systemUTC),
                meters, MetricNames.of(environment, "api.audit.records"));
    }

    /** Partitions and replicas: the broker's defaults. */
    @Bean
    NewTopic apiAuditTopic() {
        return TopicBuilder.name(ApiAuditTrail.TOPIC).build();
    }
}
