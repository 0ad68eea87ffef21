package dev.kairos.leads.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.kairos.events.Json;
import dev.kairos.events.Lead;
import dev.kairos.events.LeadIntent;
import dev.kairos.events.TriggerMatch;
import org.junit.jupiter.api.Test;

class PublisherJsonTest {

    static final Instant NOW = Instant.parse("2026-11-20T12:00:00.123Z");

    @Test
    void writesALeadByteForByteAsTheSharedMappingDoes() {
        TriggerMatch match = Matches.match(Matches.hire("cfo", NOW.minus(Duration.ofDays(1)), NOW),
                Matches.customer(), Matches.customerRule(), NOW);
        Lead.Trigger trigger = Lead.Trigger.of(match.event());
        Lead lead = new Lead(Lead.SCHEMA_VERSION, "lead-1", match.accountId(), match.accountName(),
                match.accountStatus(), match.ruleId(), trigger.type(), trigger.eventId(), "hot", 0.57,
                trigger.occurredAt(), trigger.occurredAt(), trigger.occurredAt().plus(Duration.ofDays(8)),
                List.of(trigger.evidence()), NOW, 3, Lead.Status.ACTIVE, match.campaign(),
                Lead.AccountSummary.of(match.account()), List.of(trigger), match.method(), match.matchScore(),
                List.of(new Lead.ScorePart("trigger", 0.35, 0.639, "why")), null, match.ruleVersion(),
                LeadIntent.RENEWAL_RISK);

        assertThat(new String(PublisherJson.mapper().writeValueAsBytes(lead), StandardCharsets.UTF_8))
            .isEqualTo(new String(Json.mapper().writeValueAsBytes(lead), StandardCharsets.UTF_8));
    }
}
