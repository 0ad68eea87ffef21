package dev.kairos.leads.publish;

import java.time.Instant;

import org.apache.kafka.common.serialization.Serializer;
import org.jspecify.annotations.Nullable;

/**
 * A lead revision as the topology writes it: its JSON, and what routing it and wrapping it as a CloudEvent need.
 *
 * @param leadId the lead
 * @param revision its revision
 * @param accountId the account, the record's key
 * @param campaign the rule's campaign, if any
 * @param emittedAt when the revision was written
 * @param json the lead's JSON ({@link LeadJson})
 */
public record LeadRevision(String leadId, int revision, String accountId, @Nullable String campaign,
        Instant emittedAt, byte[] json) {

    /** Writes the revision's JSON as it is: the value of {@code leads} without CloudEvents. */
    public static Serializer<LeadRevision> asJson() {
        return (topic, revision) -> revision == null ? null : revision.json();
    }
}
