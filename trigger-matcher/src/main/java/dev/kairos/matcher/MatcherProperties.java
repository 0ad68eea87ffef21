package dev.kairos.matcher;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of trigger-matcher.
 *
 * @param crmImport a CRM export loaded onto {@code crm.accounts} at start-up
 * @param defaultRule the rule applied to every match until rules are managed over the API
 * @param topics how the topics the matcher uses are created when missing
 */
@ConfigurationProperties("trigger.matcher")
@Validated
public record MatcherProperties(@Valid @DefaultValue CrmImport crmImport, @Valid @DefaultValue DefaultRule defaultRule,
        @Valid @DefaultValue TopicSettings topics) {

    /**
     * A CSV export of the CRM.
     *
     * @param file the CSV file (header {@code account_id,name,aliases,domains,status,owner}); none when unset
     */
    public record CrmImport(@Nullable Path file) {
    }

    /**
     * The built-in rule: every trigger type, every account.
     *
     * @param minConfidence triggers detected with less confidence are ignored
     * @param cooldown the same account and rule within this time is one lead
     */
    public record DefaultRule(@DefaultValue("0.5") @DecimalMin("0") @DecimalMax("1") double minConfidence,
            @DefaultValue("P14D") Duration cooldown) {
    }

    /**
     * How missing topics are created.
     *
     * @param partitions partitions of each topic
     * @param replicas replication factor of each topic
     */
    public record TopicSettings(@DefaultValue("3") @Min(1) int partitions, @DefaultValue("1") @Min(1) short replicas) {
    }
}
