package dev.kairos.leads.webhook;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The delivery's own Kafka Streams application (its own application id, consumer group and state), started and
 * stopped with the publisher. It is not a Spring {@code StreamsBuilderFactoryBean}, so that the lead topology keeps
 * the only {@code StreamsBuilder} bean.
 */
final class WebhookStreams implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookStreams.class);

    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final Supplier<Topology> topology;

    private final Map<String, Object> config;

    private volatile @Nullable KafkaStreams streams;

    WebhookStreams(Supplier<Topology> topology, Map<String, Object> config) {
        this.topology = topology;
        this.config = Map.copyOf(config);
    }

    @Override
    public synchronized void start() {
        if (streams != null) {
            return;
        }
        Properties properties = new Properties();
        properties.putAll(config);
        KafkaStreams started = new KafkaStreams(topology.get(), properties);
        // a failing stream thread is replaced rather than leaving leads undelivered until a restart
        started.setUncaughtExceptionHandler(ex -> {
            log.error("Webhook delivery thread failed; replacing it", ex);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        started.start();
        streams = started;
    }

    /** Closes the application: it commits what it delivered and flushes its state. */
    @Override
    public synchronized void stop() {
        KafkaStreams running = streams;
        if (running != null) {
            running.close(CLOSE_TIMEOUT);
            streams = null;
        }
    }

    @Override
    public boolean isRunning() {
        return streams != null;
    }

    @Override
    public int getPhase() {
        // with the lead topology's Streams application, after the topics exist
        return Integer.MAX_VALUE - 1000;
    }

    /** The application's state, e.g. RUNNING; null when stopped. */
    KafkaStreams.@Nullable State state() {
        KafkaStreams running = streams;
        return running == null ? null : running.state();
    }

    /** The endpoints managed over the REST API, as this instance's global table holds them. */
    ReadOnlyKeyValueStore<String, WebhookEndpoint> managedEndpoints() {
        KafkaStreams running = streams;
        if (running == null) {
            throw new InvalidStateStoreException("webhook delivery is not running");
        }
        return running.store(StoreQueryParameters.fromNameAndType(WebhookDelivery.ENDPOINTS,
                QueryableStoreTypes.<String, WebhookEndpoint>keyValueStore()));
    }
}
