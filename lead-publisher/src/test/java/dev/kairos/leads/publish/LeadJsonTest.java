package dev.kairos.leads.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.kairos.events.Company;
import dev.kairos.events.Evidence;
import dev.kairos.events.Json;
import dev.kairos.events.Lead;
import dev.kairos.events.LeadIntent;
import dev.kairos.events.TriggerEvent;
import dev.kairos.events.TriggerMatch;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LeadJsonTest {

    static final Instant NOW = Instant.parse("2026-11-20T12:00:00.123Z");

    @ParameterizedTest
    @ValueSource(ints = { 1, 2, 5 })
    void putsALeadTogetherByteForByteAsTheSharedMappingWritesIt(int count) {
        List<Lead.Trigger> triggers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            TriggerEvent event = i % 2 == 0 ? Matches.funding("f" + i, NOW.minus(Duration.ofDays(9 - i)), NOW)
                    : Matches.hire("h" + i, NOW.minus(Duration.ofDays(9 - i)), NOW);
            triggers.add(Lead.Trigger.of(event));
        }
        Lead lead = lead(triggers, null, true);

        byte[] together = LeadJson.write(lead(triggers, null, false),
                triggers.stream().map(LeadState.Trigger::of).toList());

        assertThat(new String(together, StandardCharsets.UTF_8))
            .isEqualTo(new String(Json.mapper().writeValueAsBytes(lead), StandardCharsets.UTF_8));
        assertThat(Json.mapper().readValue(together, Lead.class)).isEqualTo(lead);
    }

    @Test
    void findsTheListsEvenWhenTextsOfTheLeadSpellTheirNames() {
        String tricky = "\"evidence\":[] and \"triggers\":[] in a title, \u00e9t\u00e9 \u2014 \ud83d\ude80";
        TriggerEvent base = Matches.funding("tricky", NOW.minus(Duration.ofDays(2)), NOW);
        TriggerEvent event = new TriggerEvent(base.schemaVersion(), base.eventId(), base.revision(),
                new Company(tricky, null), base.details(), base.occurredAt(), base.detectedAt(), base.confidence(),
                new Evidence("feed", "https://news.example/x?evidence=[]", tricky, tricky));
        Lead.Trigger trigger = Lead.Trigger.of(event);
        Lead named = lead(List.of(trigger), tricky, true);

        byte[] together = LeadJson.write(lead(List.of(trigger), tricky, false),
                List.of(LeadState.Trigger.of(trigger)));

        assertThat(new String(together, StandardCharsets.UTF_8))
            .isEqualTo(new String(Json.mapper().writeValueAsBytes(named), StandardCharsets.UTF_8));
    }

    @Test
    void refusesAHeadThatStillHasItsTriggers() {
        Lead lead = lead(List.of(Lead.Trigger.of(Matches.funding("a", NOW.minus(Duration.ofDays(2)), NOW))), null,
                true);

        assertThrows(IllegalArgumentException.class, () -> LeadJson.write(lead, List.of()));
    }

    /**
     * A lead of these triggers, named {@code name} (account and campaign; the match's when null): whole, or its head
     * as {@link LeadJson#write(Lead, List)} takes it, without triggers and evidence.
     */
    private static Lead lead(List<Lead.Trigger> triggers, @Nullable String name, boolean whole) {
        TriggerMatch match = Matches.match(Matches.funding("a", NOW.minus(Duration.ofDays(2)), NOW), Matches.crate(),
                Matches.rule("series-b", Duration.ofDays(14)), NOW);
        Lead.Trigger newest = triggers.getLast();
        return new Lead(Lead.SCHEMA_VERSION, "lead-1", match.accountId(), name == null ? match.accountName() : name,
                match.accountStatus(), match.ruleId(), newest.type(), newest.eventId(), "hot", 0.57,
                newest.occurredAt(), newest.occurredAt(), newest.occurredAt().plus(Duration.ofDays(8)),
                whole ? triggers.reversed().stream().map(Lead.Trigger::evidence).toList() : List.of(), NOW, 3,
                Lead.Status.ACTIVE, name == null ? match.campaign() : name, Lead.AccountSummary.of(match.account()),
                whole ? triggers : List.of(), match.method(), match.matchScore(),
                List.of(new Lead.ScorePart("trigger", 0.35, 0.639, "why")),
                new Lead.Person("Dana Reyes", "CFO", dev.kairos.events.RoleCategory.CFO, true), match.ruleVersion(),
                LeadIntent.NEW_BUSINESS);
    }
}
