package dev.kairos.matcher.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import dev.kairos.events.Account;
import dev.kairos.events.AccountStatus;
import dev.kairos.events.Company;
import dev.kairos.events.Evidence;
import dev.kairos.events.Json;
import dev.kairos.events.MatchMethod;
import dev.kairos.events.Segment;
import dev.kairos.events.Topics;
import dev.kairos.events.TriggerDetails;
import dev.kairos.events.TriggerEvent;
import dev.kairos.events.TriggerMatch;
import dev.kairos.events.TriggerType;
import dev.kairos.events.TriggerRule;
import dev.kairos.matcher.rule.ExchangeRates;
import dev.kairos.matcher.account.AccountIndex;
import dev.kairos.matcher.account.AccountMatcher;
import dev.kairos.matcher.rule.RuleBook;
import dev.kairos.matcher.rule.RuleEvaluator;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchTopologyTest {

    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;

    private volatile RuleBook rules = RuleBook.withDefaultRule(0.5, Duration.ofDays(14));

    private final AccountIndex accounts = new AccountIndex();

    private TestInputTopic<String, TriggerEvent> events;

    private TestOutputTopic<String, TriggerMatch> matches;

    private TestOutputTopic<String, TriggerEvent> unmatched;

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @BeforeEach
    void startTopology() {
        StreamsBuilder builder = new StreamsBuilder();
        MatchTopology.define(builder, () -> rules, new RuleEvaluator(ExchangeRates.none()), new AccountMatcher(accounts),
                Clock.fixed(NOW, ZoneOffset.UTC), meters);
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "match-topology-test");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        config.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        driver = new TopologyTestDriver(builder.build(config), config);
        events = driver.createInputTopic(Topics.TRIGGER_EVENTS.name(), Json.keySerde().serializer(),
                Json.serde(Topics.TRIGGER_EVENTS).serializer());
        matches = driver.createOutputTopic(Topics.TRIGGER_MATCHES.name(), Json.keySerde().deserializer(),
                Json.serde(Topics.TRIGGER_MATCHES).deserializer());
        unmatched = driver.createOutputTopic(Topics.TRIGGER_UNMATCHED.name(), Json.keySerde().deserializer(),
                Json.serde(Topics.TRIGGER_UNMATCHED).deserializer());
        accounts.put(crate());
        accounts.put(new Account(1, "A-2", "Lattice Robotics Inc.", List.of(), List.of("lattice.ai"),
                AccountStatus.PROSPECT, null));
    }

    @AfterEach
    void close() {
        driver.close();
    }

    @Test
    void matchesAnEventByNormalisedNameAndKeysTheMatchByAccount() {
        TriggerEvent event = funding(new Company("Crate.io, GmbH", null), 0.9);

        events.pipeInput(event.company().key(), event);

        var match = matches.readKeyValue();
        assertThat(match.key).isEqualTo("A-1");
        assertThat(match.value).usingRecursiveComparison()
            .ignoringFields("schemaVersion", "account", "ruleVersion", "campaign", "priority", "intent")
            .isEqualTo(new TriggerMatch(1, TriggerMatch.idFor(event.eventId(), "A-1", "default"), event, "A-1",
                    "Crate.io GmbH", AccountStatus.CUSTOMER, "default", Segment.DEFAULTS, Duration.ofDays(14),
                    MatchMethod.NAME, 0.95, NOW, "Crate.io GmbH", null, null, null, null, null));
        assertThat(match.value.account()).isNotNull().extracting(Account::accountId).isEqualTo("A-1");
        assertThat(matches.isEmpty()).isTrue();
    }

    @Test
    void prefersTheDomainAndMatchesEachAccountOnce() {
        events.pipeInput("crate.io", funding(new Company("Crate", "https://www.crate.io/"), 0.9));

        List<TriggerMatch> found = matches.readValuesToList();
        assertThat(found).hasSize(1);
        assertThat(found.getFirst().method()).isEqualTo(MatchMethod.DOMAIN);
        assertThat(found.getFirst().matchScore()).isEqualTo(1.0);
    }

    @Test
    void matchesAnAlias() {
        events.pipeInput("cratedb", funding(Company.named("CrateDB"), 0.9));

        assertThat(matches.readValue().method()).isEqualTo(MatchMethod.ALIAS);
    }

    @Test
    void sendsCompaniesThatAreNotAccountsToUnmatchedWithTheReason() {
        events.pipeInput("tandem", funding(Company.named("Tandem Freight"), 0.9));

        assertThat(matches.isEmpty()).isTrue();
        var record = unmatched.readRecord();
        assertThat(record.value().company().name()).isEqualTo("Tandem Freight");
        assertThat(new String(record.headers().lastHeader("kairos-unmatched-reason").value(), StandardCharsets.UTF_8))
            .isEqualTo("no_account");
        assertThat(meters.counter("kairos.matcher.unmatched", "reason", "no_account").count()).isEqualTo(1);
        assertThat(meters.counter("kairos.matcher.events", "outcome", "no_account").count()).isEqualTo(1);
    }

    @Test
    void refusesANameTwoAccountsShareAndNamesTheCandidates() {
        accounts.put(new Account(1, "A-3", "Lattice Robotics", List.of(), List.of(), AccountStatus.PROSPECT, null));

        events.pipeInput("lattice", funding(Company.named("LATTICE ROBOTICS INC"), 0.9));

        assertThat(matches.isEmpty()).isTrue();
        var record = unmatched.readRecord();
        assertThat(new String(record.headers().lastHeader("kairos-unmatched-reason").value(), StandardCharsets.UTF_8))
            .isEqualTo("ambiguous");
        assertThat(new String(record.headers().lastHeader("kairos-unmatched-candidates").value(),
                StandardCharsets.UTF_8).split(",")).containsExactlyInAnyOrder("A-2", "A-3");
    }

    @Test
    void matchesAnExchangeShortNameFuzzilyWithItsScore() {
        events.pipeInput("lattice", funding(Company.named("LATTICE ROBOT"), 0.9));

        TriggerMatch match = matches.readValue();
        assertThat(match.accountId()).isEqualTo("A-2");
        assertThat(match.method()).isEqualTo(MatchMethod.FUZZY);
        assertThat(match.matchScore()).isBetween(0.5, 0.89);
        assertThat(match.matchedText()).isEqualTo("Lattice Robotics Inc.");
    }

    @Test
    void ignoresTriggersBelowTheRulesConfidence() {
        events.pipeInput("crate", funding(Company.named("Crate"), 0.4));

        assertThat(matches.isEmpty()).isTrue();
    }

    @Test
    void forgetsTheOldNamesOfARenamedAccountAndDeletedAccounts() {
        accounts.put(new Account(1, "A-1", "Crate Systems", List.of(), List.of("crate.io"),
                AccountStatus.CUSTOMER, null));
        accounts.remove("A-2");

        events.pipeInput("crate", funding(Company.named("Crate.io"), 0.9));
        events.pipeInput("lattice", funding(Company.named("Lattice Robotics"), 0.9));
        events.pipeInput("crate systems", funding(Company.named("Crate Systems"), 0.9));

        assertThat(matches.readValuesToList()).extracting(TriggerMatch::accountName).containsExactly("Crate Systems");
    }

    @Test
    void emitsOneMatchPerAcceptingRuleWithTheRulesCampaignAndVersion() {
        TriggerRule seriesB = new TriggerRule(TriggerRule.SCHEMA_VERSION, "series-b", "Series B", Set.of(), Set.of(),
                0.5, Segment.DEFAULTS, Duration.ofDays(90), true,
                new TriggerRule.Conditions(Set.of("SEED"), null, null, Set.of(), null), null, 10, "seed-outreach",
                null, 3L, NOW, "ana");
        TriggerRule prospectsOnly = new TriggerRule(TriggerRule.SCHEMA_VERSION, "prospects", "Prospects only",
                Set.of(), Set.of(AccountStatus.PROSPECT), 0.5, Segment.DEFAULTS, Duration.ofDays(14), true);
        rules = new RuleBook(List.of(RuleBook.defaultRule(0.5, Duration.ofDays(14)), seriesB, prospectsOnly));
        TriggerEvent event = funding(new Company("Crate", "crate.io"), 0.9);

        events.pipeInput("crate.io", event);

        List<TriggerMatch> found = matches.readValuesToList();
        assertThat(found).extracting(TriggerMatch::ruleId).containsExactly("series-b", "default");
        assertThat(found).extracting(TriggerMatch::matchId)
            .containsExactly(TriggerMatch.idFor(event.eventId(), "A-1", "series-b"),
                    TriggerMatch.idFor(event.eventId(), "A-1", "default"));
        assertThat(found.getFirst().campaign()).isEqualTo("seed-outreach");
        assertThat(found.getFirst().ruleVersion()).isEqualTo(3L);
        assertThat(found.getFirst().priority()).isEqualTo(10);
    }

    @Test
    void appliesARuleChangeFromTheNextEventOn() {
        events.pipeInput("crate.io", funding(new Company("Crate", "crate.io"), 0.9));
        rules = new RuleBook(List.of(new TriggerRule(TriggerRule.SCHEMA_VERSION, "default", "Every trigger",
                Set.of(), Set.of(), 0.5, Segment.DEFAULTS, Duration.ofDays(14), false)));
        events.pipeInput("lattice", funding(Company.named("Lattice Robotics"), 0.9));

        assertThat(matches.readValuesToList()).extracting(TriggerMatch::accountId).containsExactly("A-1");
    }

    private static Account crate() {
        return new Account(1, "A-1", "Crate.io GmbH", List.of("CrateDB"), List.of("crate.io"),
                AccountStatus.CUSTOMER, "maria@kairos.example");
    }

    private static TriggerEvent funding(Company company, double confidence) {
        return new TriggerEvent(1, TriggerEvent.idFor("feed|" + company.name(), TriggerType.FUNDING_ROUND), 1,
                company,
                new TriggerDetails.Funding("SEED", new BigDecimal("4000000"), Currency.getInstance("USD"), List.of()),
                NOW.minus(Duration.ofDays(2)), NOW, confidence,
                new Evidence("feed", "https://news.example/1", company.name() + " raises $4M seed", null));
    }
}
