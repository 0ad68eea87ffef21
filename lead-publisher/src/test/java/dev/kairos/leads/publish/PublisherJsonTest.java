package dev.kairos.leads.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.kairos.events.Json;
import dev.kairos.events.Lead;
import dev.kairos.events.LeadIntent;
import dev.kairos.events.Topics;
import dev.kairos.events.TriggerMatch;
import org.apache.kafka.common.errors.SerializationException;
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

    @Test
    void readsAMatchAsTheSharedMappingDoes() {
        TriggerMatch match = Matches.match(Matches.funding("a", NOW.minus(Duration.ofDays(2)), NOW),
                Matches.crate(), Matches.rule("series-b", Duration.ofDays(14)), NOW);
        byte[] json = Json.mapper().writeValueAsBytes(match);

        TriggerMatch read = PublisherJson.serde(TriggerMatch.class).deserializer().deserialize("t", json);

        assertThat(read).isEqualTo(Json.serde(Topics.TRIGGER_MATCHES).deserializer().deserialize("t", json))
            .isEqualTo(match);
    }

    @Test
    void failsOnABadMatchWithTheSharedMappingsMessage() {
        byte[] bad = "{\"schemaVersion\": 1}".getBytes(StandardCharsets.UTF_8);

        SerializationException ours = assertThrows(SerializationException.class,
                () -> PublisherJson.serde(TriggerMatch.class).deserializer().deserialize("trigger.matches", bad));
        SerializationException shared = assertThrows(SerializationException.class,
                () -> Json.serde(Topics.TRIGGER_MATCHES).deserializer().deserialize("trigger.matches", bad));

        assertThat(ours.getMessage()).isEqualTo(shared.getMessage()).contains("trigger.matches", "TriggerMatch");
    }
}
