package dev.kairos.test;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The one real Kafka broker of a test JVM, started on first use: an external broker when
 * {@code KAIROS_TEST_BOOTSTRAP_SERVERS} names one, else Testcontainers Kafka when a Docker engine answers, else the
 * in-process KRaft broker. The same tests run against all three.
 */
public final class KafkaBroker {

    private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);

    static final String EXTERNAL_ENV = "KAIROS_TEST_BOOTSTRAP_SERVERS";

    private static volatile String bootstrapServers;

    private KafkaBroker() {
    }

    /** The bootstrap servers of the shared broker, starting it if this is the first call. */
    public static String bootstrapServers() {
        String servers = bootstrapServers;
        if (servers == null) {
            synchronized (KafkaBroker.class) {
                if (bootstrapServers == null) {
                    bootstrapServers = start();
                }
                servers = bootstrapServers;
            }
        }
        return servers;
    }

    private static String start() {
        String external = System.getenv(EXTERNAL_ENV);
        if (external != null && !external.isBlank()) {
            log.info("Tests use the external Kafka broker {}", external);
            return external;
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            // never stopped explicitly: the Testcontainers reaper removes it when the JVM exits
            KafkaContainer container = new KafkaContainer("apache/kafka:4.1.2");
            container.start();
            log.info("Tests use a Testcontainers Kafka broker at {}", container.getBootstrapServers());
            return container.getBootstrapServers();
        }
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.brokerProperties(Map.of("transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1", "auto.create.topics.enable", "true"));
        broker.afterPropertiesSet();
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(broker::destroy));
        log.info("Tests use the in-process KRaft broker at {}", broker.getBrokersAsString());
        return broker.getBrokersAsString();
    }
}
