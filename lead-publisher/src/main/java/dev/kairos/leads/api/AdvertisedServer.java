package dev.kairos.leads.api;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Properties;

import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Advertises this instance's API to the other instances of the publisher through Kafka Streams'
 * {@code application.server}, so that each instance's stream metadata tells where every partition's leads are read.
 * It is set once the API listens, before Streams starts (the web server starts in an earlier lifecycle phase), so that
 * a random port ({@code server.port=0}) is advertised as the port really bound.
 */
@Component
class AdvertisedServer implements ApplicationListener<WebServerInitializedEvent> {

    private static final Logger log = LoggerFactory.getLogger(AdvertisedServer.class);

    private final StreamsBuilderFactoryBean streams;

    private final ReadApiProperties properties;

    private final Environment environment;

    private volatile @Nullable HostInfo self;

    AdvertisedServer(StreamsBuilderFactoryBean streams, ReadApiProperties properties, Environment environment) {
        this.streams = streams;
        this.properties = properties;
        this.environment = environment;
    }

    /** This instance as the stream metadata names it; null before the API listens, or without a web server. */
    @Nullable HostInfo self() {
        return self;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() != null) {
            return; // Actuator's own port: not the API
        }
        Properties config = streams.getStreamsConfiguration();
        if (config == null) {
            return;
        }
        String configured = config.getProperty(StreamsConfig.APPLICATION_SERVER_CONFIG);
        String server = properties.applicationServer() != null ? properties.applicationServer()
                : StringUtils.hasText(configured) ? configured : host() + ":" + event.getWebServer().getPort();
        if (streams.getKafkaStreams() != null) {
            log.warn("Kafka Streams started before the API listened: application.server is not {}; queries are "
                    + "answered from this instance's partitions only", server);
            return;
        }
        config.put(StreamsConfig.APPLICATION_SERVER_CONFIG, server);
        streams.setStreamsConfiguration(config);
        self = HostInfo.buildFromEndpoint(server);
        log.info("Read API advertised to the other publisher instances as {}", server);
    }

    private String host() {
        if (StringUtils.hasText(properties.advertisedHost())) {
            return properties.advertisedHost();
        }
        String bound = environment.getProperty("server.address");
        try {
            if (StringUtils.hasText(bound) && !InetAddress.getByName(bound).isAnyLocalAddress()) {
                return bound;
            }
            InetAddress local = InetAddress.getLocalHost();
            if (local.isLoopbackAddress()) {
                log.warn("This machine's address is {}, which other instances cannot reach: set "
                        + "trigger.publisher.api.advertised-host", local.getHostAddress());
            }
            return local.getHostAddress();
        }
        catch (UnknownHostException ex) {
            throw new IllegalStateException("Cannot find this machine's address for the other publisher instances: "
                    + "set trigger.publisher.api.advertised-host", ex);
        }
    }
}
