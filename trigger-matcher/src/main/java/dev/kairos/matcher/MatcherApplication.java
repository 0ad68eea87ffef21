package dev.kairos.matcher;

import dev.kairos.matcher.cli.CommandLine;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.kafka.annotation.EnableKafkaStreams;

/** trigger-matcher: ties trigger events to CRM accounts and evaluates rules, writing {@code trigger.matches}. */
@SpringBootApplication(proxyBeanMethods = false)
@ConfigurationPropertiesScan
@EnableKafkaStreams
public class MatcherApplication {

    /** Its own config file name, so that all services can share one JVM and classpath in the local run. */
    public static final String CONFIG_NAME = "matcher";

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(MatcherApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            // command-line modes must start in about a second: no Spring, no Kafka Streams
            System.exit(CommandLine.run(args, System.in, System.out, System.err));
        }
        builder().run(args);
    }
}
