package dev.kairos.matcher.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.kairos.events.Account;
import dev.kairos.events.AccountStatus;
import dev.kairos.events.Company;
import dev.kairos.events.Evidence;
import dev.kairos.events.Json;
import dev.kairos.events.MatchMethod;
import dev.kairos.events.Segment;
import dev.kairos.events.TriggerDetails;
import dev.kairos.events.TriggerEvent;
import dev.kairos.events.TriggerRule;
import dev.kairos.events.TriggerType;
import dev.kairos.matcher.account.AccountLookup;
import dev.kairos.matcher.account.AccountMatch;
import dev.kairos.test.KafkaBroker;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * A preview over 100,000 past events on the real broker: the counts must be exact, and the time it takes is printed
 * (a figure to read, not a pass mark).
 */
class RulePreviewIT {

    static final int EVENTS = 100_000;

    static final int COMPANIES = 2_000;

    @Test
    void previewsOneHundredThousandEventsExactly() throws Exception {
        String topic = "rule-preview-it-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaBroker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        }
        Instant now = Instant.now();
        Map<String, Account> accounts = new HashMap<>();
        for (int i = 0; i < COMPANIES; i += 2) {
            // every other company is an account, and every fourth one is big enough for the rule
            accounts.put("company " + i, new Account(2, "ACC-" + i, "Company " + i, List.of(), List.of(),
                    AccountStatus.PROSPECT, null, null, i % 4 == 0 ? 500 : 10, null, null, null, List.of(), Map.of()));
        }
        long expected = 0;
        long expectedHot = 0;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(),
                ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024),
                Json.keySerde().serializer(), (t, v) -> v)) {
            for (int i = 0; i < EVENTS; i++) {
                int company = i % COMPANIES;
                int daysAgo = i % 60;
                boolean bigRound = i % 3 == 0;
                TriggerEvent event = new TriggerEvent(1, TriggerEvent.idFor("item-" + i, TriggerType.FUNDING_ROUND),
                        1, Company.named("Company " + company),
                        new TriggerDetails.Funding(bigRound ? "SERIES_B" : "SEED",
                                new BigDecimal(bigRound ? "20000000" : "2000000"), Currency.getInstance("USD"),
                                List.of()),
                        now.minus(Duration.ofDays(daysAgo)), now, 0.9,
                        new Evidence("it", "https://news.example/" + i, "Company " + company + " raises money",
                                "A round led by investors."));
                if (bigRound && company % 4 == 0) {
                    expected++;
                    if (daysAgo <= 7) {
                        expectedHot++;
                    }
                }
                producer.send(new ProducerRecord<>(topic, event.company().key(), Json.mapper().writeValueAsBytes(
                        event)));
            }
            producer.flush();
        }
        AccountLookup lookup = (company, url) -> {
            Account account = accounts.get(company.name().toLowerCase(java.util.Locale.ROOT));
            return account == null ? AccountMatch.none()
                    : AccountMatch.matched(account, MatchMethod.NAME, 0.9, account.name());
        };
        TriggerRule rule = new TriggerRule(TriggerRule.SCHEMA_VERSION, "big-rounds", "Big rounds",
                Set.of(TriggerType.FUNDING_ROUND), Set.of(), 0.5, Segment.DEFAULTS, Duration.ofDays(30), true,
                new TriggerRule.Conditions(Set.of(), new TriggerRule.Money(new BigDecimal("10000000"),
                        Currency.getInstance("USD")), null, Set.of(), null),
                new TriggerRule.AccountFilter(null, null, null, new TriggerRule.Range(50L, null), null, null, null),
                null, null, null, null, null, null);
        RulePreview preview = new RulePreview(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaBroker.bootstrapServers()), topic, lookup, new RuleEvaluator(ExchangeRates.none()),
                Clock.fixed(now, ZoneOffset.UTC));

        RulePreview.Result result = preview.preview(rule, 90, 100);

        System.out.printf("Rule preview over %,d events: %,d ms (%,d matches of %,d accounts)%n", result.eventsRead(),
                result.tookMillis(), result.matches(), result.accountCount());
        assertThat(result.eventsRead()).isEqualTo(EVENTS);
        assertThat(result.eventsWithAccount()).isEqualTo(EVENTS / 2);
        assertThat(result.matches()).isEqualTo(expected);
        assertThat(result.bySegment().get("hot")).isEqualTo(expectedHot);
        assertThat(result.byTriggerType()).containsOnlyKeys(TriggerType.FUNDING_ROUND);
        assertThat(result.accountCount()).isEqualTo(COMPANIES / 4);
        assertThat(result.events()).hasSize(100);
    }
}
