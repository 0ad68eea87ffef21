package dev.kairos.leads.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import dev.kairos.events.Json;
import dev.kairos.events.Lead;
import dev.kairos.events.LeadIntent;
import dev.kairos.events.TriggerMatch;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class StateFormatTest {

    // nanoseconds, so that a format that rounds instants to millis fails
    static final Instant NOW = Instant.parse("2026-11-20T12:00:00.123456789Z");

    @Test
    void readsBackEveryFieldOfTheOpenLeadsExactly() {
        OpenLeads open = new OpenLeads(List.of(state(Matches.match(
                Matches.funding("a", NOW.minus(Duration.ofDays(2)), NOW), Matches.crate(),
                Matches.rule("series-b", Duration.ofDays(14)), NOW)),
                state(Matches.match(Matches.hire("cfo", NOW.minus(Duration.ofDays(1)), NOW), Matches.customer(),
                        Matches.customerRule(), NOW))));
        Serde<OpenLeads> serde = StateFormat.serde(OpenLeads.class);

        byte[] written = serde.serializer().serialize("open-leads-changelog", open);

        assertThat(serde.deserializer().deserialize("open-leads-changelog", written)).isEqualTo(open);
        // smaller than the JSON it replaces
        assertThat(written.length).isLessThan(Json.mapper().writeValueAsBytes(open).length);
    }

    @Test
    void namesTheStoreAndTypeOfAValueItCannotRead() {
        Serde<OpenLeads> serde = StateFormat.serde(OpenLeads.class);

        SerializationException ex = assertThrows(SerializationException.class, () -> serde.deserializer()
            .deserialize("open-leads-changelog", "not cbor".getBytes(StandardCharsets.UTF_8)));

        assertThat(ex.getMessage()).contains("open-leads-changelog", "OpenLeads");
    }

    private static LeadState state(TriggerMatch match) {
        Lead.Trigger trigger = Lead.Trigger.of(match.event());
        Lead lead = new Lead(Lead.SCHEMA_VERSION, "lead-" + match.matchId(), match.accountId(), match.accountName(),
                match.accountStatus(), match.ruleId(), trigger.type(), trigger.eventId(), "hot", 0.5,
                trigger.occurredAt(), trigger.occurredAt(), trigger.occurredAt().plus(Duration.ofDays(8)), List.of(),
                NOW, 1, Lead.Status.ACTIVE, match.campaign(), Lead.AccountSummary.of(match.account()),
                List.of(trigger), match.method(), match.matchScore(), List.of(), null, match.ruleVersion(),
                LeadIntent.NEW_BUSINESS);
        return new LeadState(lead, match.segments(), match.cooldown(), trigger.occurredAt(), Set.of(match.matchId()),
                match.account(), NOW.plus(Duration.ofDays(6)));
    }
}
