package dev.kairos.leads;

import java.time.Duration;
import java.util.List;

import dev.kairos.leads.score.ScoreWeights;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of lead-publisher.
 *
 * @param topics how the topics the publisher uses are created when missing
 * @param ageingInterval how often active leads due for their next segment are re-emitted (wall-clock time)
 * @param clockSpeed how fast the publisher's clock runs: 1 is real time; a demo may set e.g. 720 (a day in two minutes)
 * @param historyRetention how long an expired lead's revisions stay in the read API after it expired
 * @param campaignTopics copies of leads on {@code leads.<campaign>}
 * @param cloudevents how leads are written: plain JSON ({@code none}), or as CloudEvents 1.0 in {@code binary} or
 *     {@code structured} mode
 * @param cloudeventsSource the CloudEvents {@code source} attribute of every lead
 * @param score the weights of the lead score's parts
 */
@ConfigurationProperties("trigger.publisher")
@Validated
public record PublisherProperties(@Valid @DefaultValue TopicSettings topics,
        @DefaultValue("PT1M") @NotNull Duration ageingInterval,
        @DefaultValue("1") @DecimalMin("0.001") double clockSpeed,
        @DefaultValue("P30D") @NotNull Duration historyRetention, @Valid @DefaultValue CampaignTopics campaignTopics,
        @DefaultValue("none") @NotNull CloudEventsMode cloudevents,
        @DefaultValue("urn:kairos:lead-publisher") @NotNull String cloudeventsSource,
        @Valid @DefaultValue @NestedConfigurationProperty ScoreWeights score) {

    /**
     * How missing topics are created.
     *
     * @param partitions partitions of each topic
     * @param replicas replication factor of each topic
     */
    public record TopicSettings(@DefaultValue("3") @Min(1) int partitions, @DefaultValue("1") @Min(1) short replicas) {
    }

    /**
     * Per-campaign copies of leads.
     *
     * @param enabled whether a lead whose rule names a campaign is also written to {@code leads.<campaign>}
     * @param campaigns campaigns whose topics are created at start-up (in production they are provisioned)
     * @param refreshInterval how often the publisher looks for campaign topics created since it started
     */
    public record CampaignTopics(@DefaultValue("true") boolean enabled, @DefaultValue List<String> campaigns,
            @DefaultValue("PT1M") @NotNull Duration refreshInterval) {
    }

    /** How leads are written to Kafka. */
    public enum CloudEventsMode {
        /** the lead's JSON as the value, no CloudEvents headers */
        NONE,
        /** the lead's JSON as the value, the CloudEvents attributes in {@code ce_*} headers */
        BINARY,
        /** a CloudEvents JSON envelope ({@code application/cloudevents+json}) with the lead as its data */
        STRUCTURED
    }
}
