package dev.kairos.matcher.rule;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.kairos.events.Account;
import dev.kairos.events.AccountStatus;
import dev.kairos.events.Company;
import dev.kairos.events.Evidence;
import dev.kairos.events.Json;
import dev.kairos.events.Segment;
import dev.kairos.events.Topics;
import dev.kairos.events.TriggerDetails;
import dev.kairos.events.TriggerEvent;
import dev.kairos.events.TriggerRule;
import dev.kairos.events.TriggerType;
import dev.kairos.matcher.account.AccountIndex;
import dev.kairos.matcher.account.AccountMatcher;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Rule preview over past events at scale: writes events (100,000 by default, over 60 days, of 2,000 companies of
 * which half are accounts) to {@code trigger.events} of an in-process broker, then previews a funding rule over them
 * with the service's own preview, account matcher and rule evaluator, several times, and prints how long each took.
 *
 * <pre>
 * trigger-benchmarks/run-preview-harness [events (100000)] [previews (5)]
 * </pre>
 */
public final class RulePreviewHarness {

    private static final int COMPANIES = 2_000;

    private RulePreviewHarness() {
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
            .setLevel(ch.qos.logback.classic.Level.WARN);
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int previews = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.afterPropertiesSet();
        try {
            String servers = broker.getBrokersAsString();
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers))) {
                admin.createTopics(List.of(new NewTopic(Topics.TRIGGER_EVENTS.name(), 3, (short) 1))).all().get();
            }
            Instant now = Instant.now();
            AccountIndex index = new AccountIndex();
            for (int i = 0; i < COMPANIES; i += 2) {
                index.put(new Account(2, "ACC-" + i, "Company " + name(i) + " Inc.", List.of(), List.of(),
                        AccountStatus.PROSPECT, null, null, i % 4 == 0 ? 500 : 10, null, null, null, List.of(),
                        Map.of()));
            }
            long bytes = 0;
            long started = System.nanoTime();
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers, ProducerConfig.LINGER_MS_CONFIG, 20,
                    ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024, ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"),
                    Json.keySerde().serializer(), (t, v) -> v)) {
                for (int i = 0; i < events; i++) {
                    TriggerEvent event = event(i, now);
                    byte[] value = Json.mapper().writeValueAsBytes(event);
                    bytes += value.length;
                    producer.send(new ProducerRecord<>(Topics.TRIGGER_EVENTS.name(), event.company().key(), value));
                }
                producer.flush();
            }
            System.out.printf(Locale.ROOT, "produced %,d events (%,d MB of JSON) in %.1f s%n", events, bytes >> 20,
                    (System.nanoTime() - started) / 1e9);
            TriggerRule rule = new TriggerRule(TriggerRule.SCHEMA_VERSION, "big-rounds", "Big rounds",
                    Set.of(TriggerType.FUNDING_ROUND), Set.of(), 0.5, Segment.DEFAULTS, Duration.ofDays(30), true,
                    new TriggerRule.Conditions(Set.of(), new TriggerRule.Money(new BigDecimal("10000000"),
                            Currency.getInstance("USD")), null, Set.of(), null),
                    new TriggerRule.AccountFilter(null, null, null, new TriggerRule.Range(50L, null), null, null,
                            null),
                    null, null, null, null, null, null);
            RulePreview preview = new RulePreview(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers),
                    Topics.TRIGGER_EVENTS.name(), new AccountMatcher(index), new RuleEvaluator(ExchangeRates.none()),
                    Clock.fixed(now, ZoneOffset.UTC));
            for (int run = 1; run <= previews; run++) {
                long cpu = processCpu();
                RulePreview.Result result = preview.preview(rule, 90, 100);
                cpu = processCpu() - cpu;
                System.out.printf(Locale.ROOT, "preview %d: %,d events read, %,d with an account, %,d matches of %,d "
                        + "accounts in %,d ms (process CPU %,d ms); load average %s%n", run, result.eventsRead(),
                        result.eventsWithAccount(), result.matches(), result.accountCount(), result.tookMillis(),
                        cpu / 1_000_000, loadAverage());
            }
            System.out.printf(Locale.ROOT, "%d cores%n", Runtime.getRuntime().availableProcessors());
        }
        finally {
            broker.destroy();
        }
    }

    private static TriggerEvent event(int i, Instant now) {
        int company = i % COMPANIES;
        boolean bigRound = i % 3 == 0;
        String name = "Company " + name(company);
        return new TriggerEvent(1, TriggerEvent.idFor("item-" + i, TriggerType.FUNDING_ROUND), 1,
                Company.named(name),
                new TriggerDetails.Funding(bigRound ? "SERIES_B" : "SEED",
                        new BigDecimal(bigRound ? "20000000" : "2000000"), Currency.getInstance("USD"),
                        List.of("Northwind Ventures", "Contoso Capital")),
                now.minus(Duration.ofDays(i % 60)), now, 0.9,
                new Evidence("harness", "https://news.example/" + i, name + " raises money in a round",
                        "A round led by Northwind Ventures, with Contoso Capital, to hire engineers and expand."));
    }

    /** A distinct word per company, as a company's name has. */
    private static String name(int i) {
        String[] syllables = { "ka", "lo", "mi", "ru", "te", "vo", "sa", "ne", "di", "po" };
        StringBuilder word = new StringBuilder();
        for (int n = i; word.isEmpty() || n > 0; n /= 10) {
            word.append(syllables[n % 10]);
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1) + "x";
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
            .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        }
        catch (java.io.IOException ex) {
            return "unknown";
        }
    }
}
