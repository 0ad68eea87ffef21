package dev.kairos.leads;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.kafka.annotation.EnableKafkaStreams;

/** lead-publisher: turns trigger matches into time-segmented leads on {@code leads}. */
@SpringBootApplication(proxyBeanMethods = false)
@ConfigurationPropertiesScan
@EnableKafkaStreams
public class PublisherApplication {

    /** Its own config file name, so that all services can share one JVM and classpath in the local run. */
    public static final String CONFIG_NAME = "publisher";

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(PublisherApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
