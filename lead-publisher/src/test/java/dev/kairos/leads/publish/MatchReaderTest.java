package dev.kairos.leads.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;

import dev.kairos.events.Company;
import dev.kairos.events.Evidence;
import dev.kairos.events.Json;
import dev.kairos.events.RoleCategory;
import dev.kairos.events.TriggerDetails;
import dev.kairos.events.TriggerEvent;
import dev.kairos.events.TriggerMatch;
import dev.kairos.events.TriggerType;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class MatchReaderTest {

    static final Instant NOW = Instant.parse("2026-11-20T12:00:00.123456789Z");

    private final MatchReader reader = new MatchReader();

    static Stream<TriggerEvent> events() {
        Instant when = NOW.minus(Duration.ofDays(3));
        return Stream.of(Matches.funding("a", when, NOW), Matches.hire("b", when, NOW),
                event(new TriggerDetails.Funding("SEED", null, null, List.of()), 0.1),
                event(new TriggerDetails.Acquisition("Großmann AG", null, new BigDecimal("1.25E+9"),
                        Currency.getInstance("EUR")), 1.0),
                event(new TriggerDetails.Acquisition(null, "Target \"quoted\" \\ Inc.", null, null), 0.7),
                event(new TriggerDetails.LeadershipDeparture("Ana Ruiz", null, RoleCategory.OTHER_EXEC),
                        0.33333333333333331),
                event(new TriggerDetails.Ipo("NASDAQ", new BigDecimal("120000000.50"), Currency.getInstance("USD")),
                        0.95),
                event(new TriggerDetails.Layoffs(120, new BigDecimal("0.12")), 0.6),
                event(new TriggerDetails.Expansion("São Paulo"), 0.81), event(new TriggerDetails.ProductLaunch(null),
                        0.5),
                event(new TriggerDetails.Partnership("Acme\u2028Partners 😀"), 0.99));
    }

    private static TriggerEvent event(TriggerDetails details, double confidence) {
        return new TriggerEvent(1, TriggerEvent.idFor("item-" + details.type(), details.type()), 2,
                new Company("Crate \"Data\" GmbH", details.type() == TriggerType.IPO ? null : "crate.io"), details,
                Instant.parse("2026-11-01T08:00:00Z"), NOW, confidence,
                new Evidence("feed", null, "Crate’s news <b>&amp;</b>\ttab", "line one\nline two"));
    }

    @ParameterizedTest
    @MethodSource("events")
    void readsWhatTheRecordsGiveAndWritesTheTriggerAsTheSharedMappingDoes(TriggerEvent event) {
        TriggerMatch match = Matches.match(event, Matches.crate(), Matches.rule("series-b", Duration.ofDays(14)), NOW);

        MatchInput read = reader.deserialize("trigger.matches", Json.mapper().writeValueAsBytes(match));

        assertSame(read, MatchInput.of(match));
    }

    @Test
    void readsAMatchWithoutTheOptionalFieldsOfLaterVersions() {
        TriggerMatch first = new TriggerMatch(1, "m-1", Matches.funding("a", NOW.minus(Duration.ofDays(1)), NOW),
                "A-1", "Crate", null, "series-b", Matches.rule("series-b", Duration.ofDays(3)).segments(),
                Duration.ofDays(3), null, 0.5, NOW);

        MatchInput read = reader.deserialize("trigger.matches", Json.mapper().writeValueAsBytes(first));

        assertSame(read, MatchInput.of(first));
        assertThat(read.account()).isNull();
        assertThat(read.employees()).isNull();
    }

    @Test
    void readsPropertiesInAnyOrderSpacedOutAndSkipsOnesItDoesNotKnow() {
        TriggerMatch match = Matches.match(Matches.hire("b", NOW.minus(Duration.ofDays(2)), NOW),
                Matches.customer(), Matches.customerRule(), NOW);
        ObjectNode tree = (ObjectNode) Json.mapper().valueToTree(match);
        ObjectNode event = (ObjectNode) tree.remove("event");
        ObjectNode reordered = Json.mapper().createObjectNode();
        // the type before the details, the evidence first, an object and a list the reader does not know
        reordered.set("evidence", event.get("evidence"));
        reordered.set("type", event.get("type"));
        event.properties().forEach(property -> reordered.set(property.getKey(), property.getValue()));
        reordered.putObject("provenance").putArray("steps").add("detect").addObject().put("nested", true);
        tree.putArray("laterList").add(1).add(2);
        tree.set("event", reordered);
        ((ObjectNode) tree.get("account")).putObject("attributes").put("plan", "gold");
        byte[] spaced = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);

        MatchInput read = reader.deserialize("trigger.matches", spaced);

        MatchInput expected = MatchInput.of(match);
        assertThat(read.matchId()).isEqualTo(expected.matchId());
        assertThat(read.account()).isEqualTo(expected.account());
        assertThat(read.trigger().scoring()).isEqualTo(expected.trigger().scoring());
        assertThat(read.trigger().person()).isEqualTo(expected.trigger().person());
        assertThat(tree(read.trigger().json())).isEqualTo(tree(expected.trigger().json()));
        assertThat(tree(read.trigger().evidence())).isEqualTo(tree(expected.trigger().evidence()));
    }

    @Test
    void keepsWhatALaterVersionAddsToTheEventsDetailsInTheLeadsTrigger() {
        TriggerMatch match = Matches.match(Matches.funding("a", NOW.minus(Duration.ofDays(1)), NOW),
                Matches.crate(), Matches.rule("series-b", Duration.ofDays(14)), NOW);
        ObjectNode tree = (ObjectNode) Json.mapper().valueToTree(match);
        ((ObjectNode) tree.get("event").get("details")).put("valuation", 90_000_000);

        MatchInput read = reader.deserialize("trigger.matches", Json.mapper().writeValueAsBytes(tree));

        assertThat(tree(read.trigger().json()).get("details").get("valuation").asLong()).isEqualTo(90_000_000L);
        assertThat(read.trigger().scoring()).isEqualTo(MatchInput.of(match).trigger().scoring());
    }

    static Stream<String> badMatches() {
        String good = new String(Json.mapper().writeValueAsBytes(Matches.match(Matches.funding("a",
                NOW.minus(Duration.ofDays(1)), NOW), Matches.crate(), Matches.rule("r", Duration.ofDays(3)), NOW)),
                StandardCharsets.UTF_8);
        return Stream.of("not json", "[1, 2]", good.substring(0, good.length() / 2),
                good.replace("\"matchId\"", "\"matchIdentifier\""),
                good.replace("\"type\":\"FUNDING_ROUND\"", "\"type\":\"RUMOUR\""),
                good.replace("\"round\":\"SERIES_B\"", "\"round\":[1]"),
                good.replace("\"confidence\":0.9", "\"confidence\":1.5"),
                good.replace("\"matchScore\":0.9", "\"matchScore\":-1"),
                good.replace("\"revision\":1", "\"revision\":0"),
                good.replace("\"name\":\"Crate\"", "\"name\":\" \""),
                good.replace("\"source\":\"feed\"", "\"source\":null"),
                good.replace("\"cooldown\":\"PT72H\"", "\"cooldown\":\"three days\""),
                good.replace("\"occurredAt\":\"", "\"occurredAt\":\"yesterday"),
                good.replace("\"fromDay\":8", "\"fromDay\":-8"),
                good.replace("\"accountStatus\":\"PROSPECT\"", "\"accountStatus\":\"FRIEND\""),
                good.replaceFirst("\"details\":\\{[^}]*},", ""));
    }

    @ParameterizedTest
    @MethodSource("badMatches")
    void failsOnABadMatchWithTheTopicAndWhatIsWrong(String bad) {
        assertThatThrownBy(() -> reader.deserialize("trigger.matches", bad.getBytes(StandardCharsets.UTF_8)))
            .isInstanceOf(SerializationException.class)
            .hasMessageStartingWith("record on trigger.matches is not a valid TriggerMatch: ");
    }

    @Test
    void readsNoRecordForATombstone() {
        assertThat(reader.deserialize("trigger.matches", null)).isNull();
    }

    private static void assertSame(MatchInput read, MatchInput expected) {
        assertThat(read).usingRecursiveComparison().ignoringFields("trigger").isEqualTo(expected);
        assertThat(read.trigger().eventId()).isEqualTo(expected.trigger().eventId());
        assertThat(read.trigger().scoring()).isEqualTo(expected.trigger().scoring());
        assertThat(read.trigger().person()).isEqualTo(expected.trigger().person());
        assertThat(new String(read.trigger().json(), StandardCharsets.UTF_8))
            .isEqualTo(new String(expected.trigger().json(), StandardCharsets.UTF_8));
        assertThat(new String(read.trigger().evidence(), StandardCharsets.UTF_8))
            .isEqualTo(new String(expected.trigger().evidence(), StandardCharsets.UTF_8));
    }

    private static JsonNode tree(byte[] json) {
        return Json.mapper().readTree(json);
    }
}
