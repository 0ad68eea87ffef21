package dev.kairos.leads.webhook;

import java.time.Instant;
import java.util.List;

import dev.kairos.events.AccountStatus;
import dev.kairos.events.Lead;
import dev.kairos.events.TriggerType;
import org.jspecify.annotations.Nullable;

/** Leads for tests. */
final class Leads {

    static final Instant AT = Instant.parse("2026-11-20T12:00:00Z");

    private Leads() {
    }

    static Lead lead(String account, String leadId, int revision, @Nullable String campaign) {
        return new Lead(Lead.SCHEMA_VERSION, leadId, account, "Account " + account, AccountStatus.PROSPECT, "rule-1",
                TriggerType.FUNDING_ROUND, "event-" + leadId, "hot", 0.8, AT, AT, AT.plusSeconds(86_400), List.of(),
                AT, revision, Lead.Status.ACTIVE, campaign, null, List.of(), null, null, List.of(), null, null, null);
    }
}
