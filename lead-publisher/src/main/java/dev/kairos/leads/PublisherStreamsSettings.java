package dev.kairos.leads;

import java.util.Properties;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The Kafka Streams settings the publisher runs with ({@code spring.kafka.streams.properties.*} of
 * {@code publisher.yaml}), for what builds a lead topology outside the application (its tests, the load harness) and
 * should run it as deployed.
 */
public final class PublisherStreamsSettings {

    private static final String PREFIX = "spring.kafka.streams.properties.";

    private PublisherStreamsSettings() {
    }

    /** The settings by their Streams names, as Boot passes them on: every value as its text. */
    public static Properties deployed() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("publisher.yaml"));
        Properties all = yaml.getObject();
        if (all == null) {
            throw new IllegalStateException("publisher.yaml is not on the class path");
        }
        Properties settings = new Properties();
        // YAML gives numbers and booleans as such: Streams takes their text
        all.forEach((name, value) -> {
            if (name.toString().startsWith(PREFIX)) {
                settings.put(name.toString().substring(PREFIX.length()), String.valueOf(value));
            }
        });
        return settings;
    }
}
