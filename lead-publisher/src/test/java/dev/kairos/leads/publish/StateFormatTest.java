package dev.kairos.leads.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import dev.kairos.events.Account;
import dev.kairos.events.Json;
import dev.kairos.events.Lead;
import dev.kairos.events.LeadIntent;
import dev.kairos.events.Segment;
import dev.kairos.events.TriggerMatch;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.dataformat.cbor.CBORMapper;

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

        // field by field, the triggers' JSON by content
        assertThat(serde.deserializer().deserialize("open-leads-changelog", written)).usingRecursiveComparison()
            .isEqualTo(open);
        // smaller than the JSON it replaces
        assertThat(written.length).isLessThan(Json.mapper().writeValueAsBytes(open).length);
    }

    @Test
    void readsTheOpenLeadsAsVersionsBeforeThisOneWroteThem() {
        TriggerMatch first = Matches.match(Matches.funding("a", NOW.minus(Duration.ofDays(3)), NOW), Matches.crate(),
                Matches.rule("series-b", Duration.ofDays(14)), NOW);
        TriggerMatch second = Matches.match(Matches.hire("cfo", NOW.minus(Duration.ofDays(1)), NOW), Matches.crate(),
                Matches.rule("series-b", Duration.ofDays(14)), NOW);
        List<Lead.Trigger> triggers = List.of(Lead.Trigger.of(first.event()), Lead.Trigger.of(second.event()));
        Lead whole = lead(first, triggers);
        EarlierOpenLeads earlier = new EarlierOpenLeads(List.of(new EarlierLeadState(whole, first.segments(),
                first.cooldown(), triggers.getFirst().occurredAt(), Set.of(first.matchId(), second.matchId()),
                first.account(), NOW.plus(Duration.ofDays(6)))));
        // as those versions wrote it: instants and durations as decimal seconds
        byte[] written = EARLIER_FORMAT.writeValueAsBytes(earlier);

        LeadState read = StateFormat.serde(OpenLeads.class)
            .deserializer()
            .deserialize("open-leads-changelog", written)
            .leads()
            .getFirst();

        assertThat(read.head()).isEqualTo(LeadState.headOf(whole));
        assertThat(read.triggers()).extracting(LeadState.Trigger::eventId)
            .containsExactly(triggers.get(0).eventId(), triggers.get(1).eventId());
        assertThat(read.triggers().getLast().person()).isEqualTo(new Lead.Person("Dana Reyes",
                "Chief Financial Officer", dev.kairos.events.RoleCategory.CFO, true));
        assertThat(read.nextTransition()).isEqualTo(NOW.plus(Duration.ofDays(6)));
        assertThat(read.employees()).isEqualTo(250);
        assertThat(LeadJson.write(read.head(), read.triggers())).isEqualTo(Json.mapper().writeValueAsBytes(
                new Lead(whole.schemaVersion(), whole.leadId(), whole.accountId(), whole.accountName(),
                        whole.accountStatus(), whole.ruleId(), whole.triggerType(), whole.eventId(), whole.segment(),
                        whole.score(), whole.occurredAt(), whole.validFrom(), whole.validUntil(),
                        triggers.reversed().stream().map(Lead.Trigger::evidence).toList(), whole.emittedAt(),
                        whole.revision(), whole.status(), whole.campaign(), whole.account(), triggers,
                        whole.matchMethod(), whole.matchScore(), whole.scoreBreakdown(), whole.person(),
                        whole.ruleVersion(), whole.intent())));
    }

    @ParameterizedTest
    @ValueSource(strings = { "1970-01-01T00:00:00Z", "1969-12-31T23:59:58.5Z", "2262-04-11T23:47:16.854775807Z",
            "-10000-01-01T00:00:00.000000001Z", "+100000-12-31T23:59:59.999999999Z" })
    void readsBackInstantsAndDurationsExactlyFarFromNowToo(String text) {
        Instant instant = Instant.parse(text);
        Duration duration = Duration.ofSeconds(instant.getEpochSecond(), instant.getNano());
        Serde<Times> serde = StateFormat.serde(Times.class);

        Times read = serde.deserializer().deserialize("t", serde.serializer().serialize("t", new Times(instant,
                duration)));

        assertThat(read).isEqualTo(new Times(instant, duration));
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
        return new LeadState(LeadState.headOf(lead(match, List.of(trigger))), List.of(LeadState.Trigger.of(trigger)),
                match.segments(), match.cooldown(), trigger.occurredAt(), Set.of(match.matchId()),
                match.account().employees(), NOW.plus(Duration.ofDays(6)));
    }

    private static Lead lead(TriggerMatch match, List<Lead.Trigger> triggers) {
        Lead.Trigger newest = triggers.getLast();
        return new Lead(Lead.SCHEMA_VERSION, "lead-" + match.matchId(), match.accountId(), match.accountName(),
                match.accountStatus(), match.ruleId(), newest.type(), newest.eventId(), "hot", 0.5,
                newest.occurredAt(), newest.occurredAt(), newest.occurredAt().plus(Duration.ofDays(8)), List.of(),
                NOW, 1, Lead.Status.ACTIVE, match.campaign(), Lead.AccountSummary.of(match.account()), triggers,
                match.method(), match.matchScore(), List.of(), null, match.ruleVersion(), LeadIntent.NEW_BUSINESS);
    }

    /** The open-leads state as versions before the triggers' JSON was kept wrote it: the whole lead. */
    record EarlierLeadState(Lead lead, List<Segment> segments, Duration cooldown, Instant anchor,
            Set<String> matchIds, Account account, Instant nextTransition) {
    }

    record EarlierOpenLeads(List<EarlierLeadState> leads) {
    }

    record Times(Instant instant, Duration duration) {
    }

    /** The state's format before instants and durations were written as nanoseconds. */
    static final ObjectMapper EARLIER_FORMAT = CBORMapper.builder()
        .enable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .enable(DateTimeFeature.WRITE_DATE_TIMESTAMPS_AS_NANOSECONDS)
        .build();
}
