package dev.kairos.leads;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of lead-publisher.
 *
 * @param topics how the topics the publisher uses are created when missing
 */
@ConfigurationProperties("trigger.publisher")
@Validated
public record PublisherProperties(@Valid @DefaultValue TopicSettings topics) {

    /**
     * How missing topics are created.
     *
     * @param partitions partitions of each topic
     * @param replicas replication factor of each topic
     */
    public record TopicSettings(@DefaultValue("3") @Min(1) int partitions, @DefaultValue("1") @Min(1) short replicas) {
    }
}
