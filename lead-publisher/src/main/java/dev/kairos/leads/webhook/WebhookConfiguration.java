package dev.kairos.leads.webhook;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import dev.kairos.events.Json;
import dev.kairos.leads.PublisherProperties;
import dev.kairos.service.topic.DeadLetters;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/** Wires webhook delivery: its topics, HTTP client, Streams application and endpoint store. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "trigger.publisher.webhooks.enabled", matchIfMissing = true)
class WebhookConfiguration {

    /** Long enough for a round of deliveries (tick budget plus one request's timeouts) inside one transaction. */
    private static final int TRANSACTION_TIMEOUT_MS = 120_000;

    @Bean
    KafkaAdmin.NewTopics webhookTopics(PublisherProperties publisher) {
        PublisherProperties.TopicSettings settings = publisher.topics();
        return new KafkaAdmin.NewTopics(
                TopicBuilder.name(WebhookTopology.DEAD_LETTERS)
                    .partitions(settings.partitions())
                    .replicas(settings.replicas())
                    .build(),
                TopicBuilder.name(WebhookEndpoint.TOPIC).partitions(1).replicas(settings.replicas()).compact().build(),
                TopicBuilder.name(WebhookEndpoint.TOPIC + ".dlt")
                    .partitions(1)
                    .replicas(settings.replicas())
                    .build());
    }

    @Bean
    AddressGuard webhookAddressGuard(WebhookProperties settings) {
        return new AddressGuard(settings.allowedAddresses());
    }

    @Bean(destroyMethod = "close")
    WebhookClient webhookClient(WebhookProperties settings, AddressGuard guard) {
        EndpointRules rules = new EndpointRules(settings.allowHttpOnLoopback());
        // a configured endpoint that can never work stops the start rather than dead-lettering every lead
        settings.endpoints().forEach((campaign, endpoint) -> {
            try {
                rules.check(campaign, endpoint.url(), endpoint.secret());
            }
            catch (IllegalArgumentException ex) {
                throw new IllegalStateException(
                        "trigger.publisher.webhooks.endpoints." + campaign + ": " + ex.getMessage(), ex);
            }
        });
        // signatures carry wall-clock time, whatever pace the publisher's lead clock runs at (a demo runs it fast):
        // receivers check the timestamp against their own clocks
        return new WebhookClient(guard, settings.connectTimeout(), settings.timeout(), settings.maxConcurrent(),
                Clock.systemUTC());
    }

    @Bean
    DeliveryMetrics webhookDeliveryMetrics(MeterRegistry meters, Clock clock) {
        return new DeliveryMetrics(meters, clock);
    }

    @Bean
    WebhookStreams webhookStreams(KafkaProperties kafka, WebhookProperties settings, WebhookClient client,
            Clock clock, DeliveryMetrics metrics, DeadLetterPublishingRecoverer deadLetters) {
        // unreadable leads join the undeliverable ones on leads.dlt
        Map<String, Object> config = DeadLetters.streamsSettings(kafka, deadLetters);
        // derived from the lead topology's, so that whatever separates two publishers separates their deliveries
        Object topologyId = config.getOrDefault(StreamsConfig.APPLICATION_ID_CONFIG, "lead-publisher");
        config.put(StreamsConfig.APPLICATION_ID_CONFIG,
                settings.applicationId() != null ? settings.applicationId() : topologyId + "-webhooks");
        config.put(StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG), TRANSACTION_TIMEOUT_MS);
        return new WebhookStreams(() -> {
            StreamsBuilder builder = new StreamsBuilder();
            WebhookTopology.define(builder,
                    () -> new WebhookDelivery(settings, client, clock, new SplittableRandom(), metrics));
            return builder.build();
        }, config);
    }

    /** {@code webhookDelivery} in Actuator health: down when the delivery's Streams application failed or stopped. */
    @Bean
    HealthIndicator webhookDeliveryHealthIndicator(WebhookStreams streams) {
        return () -> {
            KafkaStreams.State state = streams.state();
            boolean up = state != null && (state.isRunningOrRebalancing() || state == KafkaStreams.State.CREATED);
            return (up ? Health.up() : Health.down()).withDetail("state", String.valueOf(state)).build();
        };
    }

    @Bean(destroyMethod = "close")
    ManagedEndpoints managedEndpoints(KafkaProperties kafka, WebhookStreams streams, WebhookProperties settings,
            AddressGuard guard, Clock clock) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        KafkaProducer<String, WebhookEndpoint> producer = new KafkaProducer<>(config, new StringSerializer(),
                Json.serde(WebhookEndpoint.class).serializer());
        return new ManagedEndpoints(producer, streams, settings, guard, clock);
    }
}
