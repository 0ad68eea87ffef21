package dev.kairos.leads.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import dev.kairos.events.AccountStatus;
import dev.kairos.events.Json;
import dev.kairos.events.Lead;
import dev.kairos.events.LeadIntent;
import dev.kairos.events.RoleCategory;
import dev.kairos.events.Topics;
import dev.kairos.events.TriggerEvent;
import dev.kairos.events.TriggerMatch;
import dev.kairos.events.TriggerType;
import dev.kairos.leads.PublisherStreamsSettings;
import dev.kairos.leads.score.LeadScorer;
import dev.kairos.test.MutableClock;
import io.cloudevents.core.message.Encoding;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeadTopologyTest {

    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    @TempDir
    Path stateDir;

    private final MutableClock clock = new MutableClock(NOW);

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private TopologyTestDriver driver;

    private TestInputTopic<String, TriggerMatch> matches;

    private TestOutputTopic<String, Lead> leads;

    private void start(Serializer<LeadRevision> writer, Deserializer<Lead> reader, CampaignTopics campaigns) {
        StreamsBuilder builder = new StreamsBuilder();
        LeadTopology.define(builder, new LeadScorer(), clock, new LeadMeters(meters),
                new LeadTopology.Options(Duration.ofMinutes(1), Duration.ofDays(30), campaigns, writer));
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "lead-topology-test");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        config.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        // the RocksDB settings the stores are deployed with
        config.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG,
                PublisherStreamsSettings.deployed().getProperty(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG));
        driver = new TopologyTestDriver(builder.build(config), config, NOW);
        matches = driver.createInputTopic(Topics.TRIGGER_MATCHES.name(), Json.keySerde().serializer(),
                Json.serde(Topics.TRIGGER_MATCHES).serializer());
        leads = driver.createOutputTopic(Topics.LEADS.name(), Json.keySerde().deserializer(),
                reader);
    }

    private void start() {
        start(LeadRevision.asJson(), Json.serde(Topics.LEADS).deserializer(), null);
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.close();
        }
    }

    @Test
    void putsATwentyDayOldEventStraightIntoWarm() {
        start();
        Instant occurred = NOW.minus(Duration.ofDays(20));
        TriggerMatch match = Matches.match(Matches.funding("old", occurred, NOW.minusSeconds(5)), Matches.crate(),
                Matches.rule("series-b", Duration.ofDays(14)), NOW.minusSeconds(1));

        matches.pipeInput("A-1", match);

        KeyValue<String, Lead> written = leads.readKeyValue();
        Lead lead = written.value;
        assertThat(written.key).isEqualTo("A-1");
        assertThat(lead.leadId()).isEqualTo(Lead.idFor("A-1", "series-b", match.event().eventId()));
        assertThat(lead).extracting(Lead::schemaVersion, Lead::segment, Lead::status, Lead::revision,
                Lead::occurredAt, Lead::validFrom, Lead::validUntil, Lead::emittedAt, Lead::campaign,
                Lead::ruleVersion, Lead::intent, Lead::matchMethod, Lead::matchScore, Lead::triggerType)
            .containsExactly(2, "warm", Lead.Status.ACTIVE, 1, occurred, occurred.plus(Duration.ofDays(8)),
                    occurred.plus(Duration.ofDays(31)), NOW, "series-b-outreach", 3L, LeadIntent.NEW_BUSINESS,
                    dev.kairos.events.MatchMethod.NAME, 0.9, TriggerType.FUNDING_ROUND);
        assertThat(lead.account()).isEqualTo(Lead.AccountSummary.of(Matches.crate()));
        assertThat(lead.triggers()).containsExactly(Lead.Trigger.of(match.event()));
        assertThat(lead.evidence()).containsExactly(match.event().evidence());
        assertThat(lead.scoreBreakdown()).extracting(Lead.ScorePart::name)
            .containsExactly("trigger", "recency", "fit", "match", "triggers");
        assertThat(lead.score()).isBetween(0.0, 1.0);
        assertThat(meters.counter("kairos.publisher.leads", "segment", "warm", "status", "ACTIVE", "cause", "new")
            .count()).isEqualTo(1);
        assertThat(meters.summary("kairos.publisher.lead.score").count()).isEqualTo(1);
        assertThat(meters.timer("kairos.publisher.end.to.end.latency").totalTime(java.util.concurrent.TimeUnit.SECONDS))
            .isEqualTo(5);
    }

    @Test
    void reemitsALeadAsItAgesIntoEachLaterSegmentAndFinallyExpires() {
        start();
        Instant occurred = NOW.minus(Duration.ofDays(2));
        matches.pipeInput("A-1", Matches.match(Matches.funding("fresh", occurred, NOW), Matches.crate(),
                Matches.rule("series-b", Duration.ofDays(14)), NOW));
        List<Lead> written = new ArrayList<>(leads.readValuesToList());

        // day 7: still hot; nothing is written
        advance(Duration.ofDays(5).plusHours(23));
        assertThat(leads.isEmpty()).isTrue();
        advance(Duration.ofHours(2)); // day 8
        advance(Duration.ofDays(23)); // day 31
        advance(Duration.ofDays(60)); // day 91
        advance(Duration.ofDays(10)); // long expired: nothing more
        written.addAll(leads.readValuesToList());

        assertThat(written).extracting(Lead::segment, Lead::status, Lead::revision)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("hot", Lead.Status.ACTIVE, 1),
                    org.assertj.core.groups.Tuple.tuple("warm", Lead.Status.ACTIVE, 2),
                    org.assertj.core.groups.Tuple.tuple("nurture", Lead.Status.ACTIVE, 3),
                    org.assertj.core.groups.Tuple.tuple("expired", Lead.Status.EXPIRED, 4));
        assertThat(written).extracting(Lead::leadId).containsOnly(written.getFirst().leadId());
        assertThat(written.get(1).validFrom()).isEqualTo(occurred.plus(Duration.ofDays(8)));
        assertThat(written.get(1).emittedAt()).isEqualTo(NOW.plus(Duration.ofDays(6).plusHours(1)));
        // a re-emitted lead carries its current score: recency decays
        assertThat(written).extracting(Lead::score).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(written.get(3).validFrom()).isEqualTo(occurred.plus(Duration.ofDays(91)));
        assertThat(meters.counter("kairos.publisher.leads", "segment", "nurture", "status", "ACTIVE", "cause", "aged")
            .count()).isEqualTo(1);
        assertThat(meters.get("kairos.publisher.leads.active").gauge().value()).isZero();
        assertThat(store(LeadTracker.OPEN)).isEmpty();
        List<KeyValue<String, String>> transitions = store(LeadTracker.TRANSITIONS);
        assertThat(transitions).extracting(entry -> entry.value)
            .containsExactly("forget\n" + written.getFirst().leadId());
    }

    @Test
    void keepsEachActiveLeadsNextTransitionInItsStateAndWritesNoIndexEntryPerMatch() {
        start();
        matches.pipeInput("A-1", Matches.match(Matches.funding("a", NOW.minus(Duration.ofDays(2)), NOW),
                Matches.crate(), Matches.rule("series-b", Duration.ofDays(14)), NOW));
        matches.pipeInput("A-1", Matches.match(Matches.funding("b", NOW.minus(Duration.ofDays(40)), NOW),
                Matches.crate(), Matches.rule("series-b", Duration.ofDays(14)), NOW));

        // the due index is rebuilt from these when a task starts (LeadTrackerTest)
        assertThat(store(LeadTracker.OPEN)).singleElement()
            .satisfies(entry -> assertThat(((OpenLeads) entry.value).leads()).extracting(LeadState::nextTransition)
                .containsExactly(NOW.plus(Duration.ofDays(6)), NOW.plus(Duration.ofDays(51))));
        assertThat(store(LeadTracker.TRANSITIONS)).isEmpty();
        assertThat(meters.get("kairos.publisher.leads.active").gauge().value()).isEqualTo(2);
    }

    @Test
    void agesAndExpiresEachOfTwoOpenLeadsOfOneAccountAndRuleOnItsOwn() {
        start();
        TriggerMatch old = Matches.match(Matches.funding("old", NOW.minus(Duration.ofDays(40)), NOW), Matches.crate(),
                Matches.rule("series-b", Duration.ofDays(14)), NOW);
        TriggerMatch fresh = Matches.match(Matches.funding("fresh", NOW.minus(Duration.ofDays(1)), NOW),
                Matches.crate(), Matches.rule("series-b", Duration.ofDays(14)), NOW);
        matches.pipeInput("A-1", old);
        matches.pipeInput("A-1", fresh);
        leads.readValuesToList();

        advance(Duration.ofDays(8)); // the fresh lead turns warm
        advance(Duration.ofDays(44)); // the old one leaves nurture; the fresh one is nurture since day 31

        List<Lead> written = leads.readValuesToList();
        assertThat(written).extracting(Lead::leadId, Lead::segment, Lead::revision).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Lead.idFor("A-1", "series-b", fresh.event().eventId()), "warm", 2),
                // one punctuation, in the order the leads were due: day 31 of the fresh one, day 91 of the old one
                org.assertj.core.groups.Tuple.tuple(Lead.idFor("A-1", "series-b", fresh.event().eventId()), "nurture",
                        3),
                org.assertj.core.groups.Tuple.tuple(Lead.idFor("A-1", "series-b", old.event().eventId()), "expired",
                        2));
        List<KeyValue<String, OpenLeads>> open = store(LeadTracker.OPEN);
        assertThat(open).extracting(entry -> entry.key).containsExactly("A-1\nseries-b");
        assertThat(open.getFirst().value.leads()).extracting(state -> state.head().leadId())
            .containsExactly(Lead.idFor("A-1", "series-b", fresh.event().eventId()));
        assertThat(meters.get("kairos.publisher.leads.active").gauge().value()).isEqualTo(1);
    }

    @Test
    void mergesATriggerWithinTheCooldownIntoTheSameLead() {
        start();
        TriggerMatch first = Matches.match(Matches.funding("first", NOW.minus(Duration.ofDays(12)), NOW),
                Matches.crate(), Matches.rule("series-b", Duration.ofDays(14)), NOW);
        TriggerMatch second = Matches.match(Matches.funding("second", NOW.minus(Duration.ofDays(1)), NOW),
                Matches.crate(), Matches.rule("series-b", Duration.ofDays(14)), NOW);

        matches.pipeInput("A-1", first);
        matches.pipeInput("A-1", second);

        List<Lead> written = leads.readValuesToList();
        assertThat(written).extracting(Lead::leadId)
            .containsOnly(Lead.idFor("A-1", "series-b", first.event().eventId()));
        assertThat(written).extracting(Lead::revision, Lead::segment).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "warm"), org.assertj.core.groups.Tuple.tuple(2, "hot"));
        Lead merged = written.getLast();
        assertThat(merged.triggers()).extracting(Lead.Trigger::eventId)
            .containsExactly(first.event().eventId(), second.event().eventId());
        assertThat(merged.evidence()).containsExactly(second.event().evidence(), first.event().evidence());
        assertThat(merged.eventId()).isEqualTo(second.event().eventId());
        assertThat(merged.scoreBreakdown()).filteredOn(part -> part.name().equals("triggers"))
            .extracting(Lead.ScorePart::value)
            .containsExactly(0.5);
        assertThat(meters.counter("kairos.publisher.leads", "segment", "hot", "status", "ACTIVE", "cause", "merged")
            .count()).isEqualTo(1);
        assertThat(meters.get("kairos.publisher.leads.active").gauge().value()).isEqualTo(1);
    }

    @Test
    void startsANewLeadAfterTheCooldownAndOnePerRule() {
        start();
        TriggerMatch first = Matches.match(Matches.funding("first", NOW.minus(Duration.ofDays(20)), NOW),
                Matches.crate(), Matches.rule("series-b", Duration.ofDays(14)), NOW);
        TriggerMatch later = Matches.match(Matches.funding("later", NOW.minus(Duration.ofDays(1)), NOW),
                Matches.crate(), Matches.rule("series-b", Duration.ofDays(14)), NOW);
        TriggerMatch otherRule = Matches.match(later.event(), Matches.crate(),
                Matches.rule("all-funding", Duration.ofDays(14)), NOW);

        matches.pipeInput("A-1", first);
        matches.pipeInput("A-1", later);
        matches.pipeInput("A-1", otherRule);

        assertThat(leads.readValuesToList()).extracting(Lead::leadId, Lead::revision).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Lead.idFor("A-1", "series-b", first.event().eventId()), 1),
                org.assertj.core.groups.Tuple.tuple(Lead.idFor("A-1", "series-b", later.event().eventId()), 1),
                org.assertj.core.groups.Tuple.tuple(Lead.idFor("A-1", "all-funding", later.event().eventId()), 1));
    }

    @Test
    void writesNothingForTheSameMatchTwice() {
        start();
        TriggerMatch match = Matches.match(Matches.funding("x", NOW.minus(Duration.ofDays(2)), NOW), Matches.crate(),
                Matches.rule("series-b", Duration.ofDays(14)), NOW);

        matches.pipeInput("A-1", match);
        matches.pipeInput("A-1", match);

        assertThat(leads.readValuesToList()).extracting(Lead::revision).containsExactly(1);
        assertThat(meters.counter("kairos.publisher.matches", "outcome", "duplicate").count()).isEqualTo(1);
    }

    @Test
    void dropsMatchesOlderThanEverySegment() {
        start();
        matches.pipeInput("A-1", Matches.match(Matches.funding("ancient", NOW.minus(Duration.ofDays(120)), NOW),
                Matches.crate(), Matches.rule("series-b", Duration.ofDays(14)), NOW));

        assertThat(leads.isEmpty()).isTrue();
        assertThat(meters.counter("kairos.publisher.matches", "outcome", "too_old").count()).isEqualTo(1);
    }

    @Test
    void carriesACustomersRenewalRiskAndThePersonOfAnExecutiveMove() {
        start();
        TriggerEvent hire = Matches.hire("cfo", NOW.minus(Duration.ofDays(1)), NOW);

        matches.pipeInput("C-7", Matches.match(hire, Matches.customer(), Matches.customerRule(), NOW));

        Lead lead = leads.readValue();
        assertThat(lead.accountStatus()).isEqualTo(AccountStatus.CUSTOMER);
        assertThat(lead.intent()).isEqualTo(LeadIntent.RENEWAL_RISK);
        assertThat(lead.campaign()).isEqualTo("renewal-watch");
        assertThat(lead.person()).isEqualTo(new Lead.Person("Dana Reyes", "Chief Financial Officer", RoleCategory.CFO,
                true));
    }

    @Test
    void copiesLeadsToTheTopicOfTheirCampaignWhenItExists() {
        CampaignTopics campaigns = new CampaignTopics();
        campaigns.known(List.of("leads.series-b-outreach"));
        start(LeadRevision.asJson(), Json.serde(Topics.LEADS).deserializer(), campaigns);
        TestOutputTopic<String, Lead> campaign = driver.createOutputTopic("leads.series-b-outreach",
                Json.keySerde().deserializer(), Json.serde(Topics.LEADS).deserializer());

        matches.pipeInput("A-1", Matches.match(Matches.funding("x", NOW.minus(Duration.ofDays(2)), NOW),
                Matches.crate(), Matches.rule("series-b", Duration.ofDays(14)), NOW));
        matches.pipeInput("C-7", Matches.match(Matches.hire("cfo", NOW.minus(Duration.ofDays(1)), NOW),
                Matches.customer(), Matches.customerRule(), NOW));

        assertThat(leads.readValuesToList()).hasSize(2);
        assertThat(campaign.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("A-1");
        assertThat(driver.producedTopicNames()).doesNotContain("leads.renewal-watch");
    }

    @Test
    void writesCloudEventsInBinaryModeWithTheLeadAsTheValue() {
        start(LeadCloudEvents.serializer(Encoding.BINARY, java.net.URI.create("urn:kairos:test")),
                LeadCloudEvents.deserializer(), null);
        matches.pipeInput("A-1", Matches.match(Matches.funding("x", NOW.minus(Duration.ofDays(2)), NOW),
                Matches.crate(), Matches.rule("series-b", Duration.ofDays(14)), NOW));

        TestOutputTopic<String, byte[]> raw = driver.createOutputTopic(Topics.LEADS.name(), new StringDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer());
        TestRecord<String, byte[]> record = raw.readRecord();
        Lead lead = Json.read(new String(record.value(), StandardCharsets.UTF_8), Lead.class);
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_type")).isEqualTo("dev.kairos.lead.v2");
        assertThat(header(record, "ce_id")).isEqualTo(lead.leadId() + ":1");
        assertThat(header(record, "ce_subject")).isEqualTo("A-1");
        assertThat(header(record, "ce_source")).isEqualTo("urn:kairos:test");
    }

    @Test
    void writesCloudEventsInStructuredModeAsAnEnvelopeAroundTheLead() {
        start(LeadCloudEvents.serializer(Encoding.STRUCTURED, java.net.URI.create("urn:kairos:test")),
                LeadCloudEvents.deserializer(), null);
        matches.pipeInput("A-1", Matches.match(Matches.funding("x", NOW.minus(Duration.ofDays(2)), NOW),
                Matches.crate(), Matches.rule("series-b", Duration.ofDays(14)), NOW));

        TestOutputTopic<String, String> raw = driver.createOutputTopic(Topics.LEADS.name(), new StringDeserializer(),
                new StringDeserializer());
        TestRecord<String, String> record = raw.readRecord();
        var envelope = Json.mapper().readTree(record.value());
        assertThat(envelope.get("specversion").asString()).isEqualTo("1.0");
        assertThat(envelope.get("type").asString()).isEqualTo("dev.kairos.lead.v2");
        assertThat(envelope.get("subject").asString()).isEqualTo("A-1");
        assertThat(envelope.get("data").get("segment").asString()).isEqualTo("hot");
        assertThat(header(record, "content-type")).startsWith("application/cloudevents+json");
        Lead read = LeadCloudEvents.deserializer().deserialize(Topics.LEADS.name(), record.headers(),
                record.value().getBytes(StandardCharsets.UTF_8));
        assertThat(read.segment()).isEqualTo("hot");
    }

    private void advance(Duration by) {
        clock.advance(by);
        driver.advanceWallClockTime(by);
    }

    private <V> List<KeyValue<String, V>> store(String name) {
        KeyValueStore<String, V> store = driver.getKeyValueStore(name);
        List<KeyValue<String, V>> all = new ArrayList<>();
        try (KeyValueIterator<String, V> entries = store.all()) {
            entries.forEachRemaining(all::add);
        }
        return all;
    }

    @Test
    void opensEveryStoreWithTheRocksDbSettingsPublisherYamlNames() throws IOException {
        start();
        matches.pipeInput("A-1", Matches.match(Matches.funding("a", NOW.minus(Duration.ofDays(2)), NOW),
                Matches.crate(), Matches.rule("series-b", Duration.ofDays(14)), NOW));
        assertThat(leads.readValue().revision()).isEqualTo(1);

        // RocksDB writes each store's settings to OPTIONS-<number> in the store's directory when it opens it
        Map<String, List<String>> settingsByStore = new TreeMap<>();
        try (Stream<Path> files = Files.walk(stateDir)) {
            for (Path options : files.filter(file -> file.getFileName().toString().startsWith("OPTIONS-"))
                .toList()) {
                settingsByStore.put(options.getParent().getFileName().toString(), Files.readAllLines(options)
                    .stream()
                    .map(String::strip)
                    .filter(line -> line.startsWith("compression=")
                            || line.startsWith("cache_index_and_filter_blocks="))
                    .sorted()
                    .toList());
            }
        }
        assertThat(settingsByStore).containsOnlyKeys(LeadTracker.OPEN, LeadTracker.TRANSITIONS,
                LeadTracker.HISTORY);
        assertThat(settingsByStore.values()).containsOnly(
                List.of("cache_index_and_filter_blocks=true", "compression=kLZ4Compression"));
    }

    private static String header(TestRecord<?, ?> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
