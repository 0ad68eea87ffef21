package dev.kairos.ingest;

import dev.kairos.ingest.cli.CommandLine;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** trigger-ingest: polls sources, detects buying triggers and publishes them to {@code trigger.events}. */
@SpringBootApplication(proxyBeanMethods = false)
@ConfigurationPropertiesScan
public class IngestApplication {

    /** Its own config file name, so that all services can share one JVM and classpath in the local run. */
    public static final String CONFIG_NAME = "ingest";

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(IngestApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            // command-line modes must start in about a second: no Spring, no Kafka
            System.exit(CommandLine.run(args, System.in, System.out, System.err));
        }
        builder().run(args);
    }
}
