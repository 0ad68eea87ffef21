package dev.kairos.matcher.rule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.kairos.events.Account;
import dev.kairos.events.AccountStatus;
import dev.kairos.events.Json;
import dev.kairos.events.Segment;
import dev.kairos.events.TriggerEvent;
import dev.kairos.events.TriggerRule;
import dev.kairos.events.TriggerType;
import dev.kairos.matcher.account.AccountLookup;
import dev.kairos.matcher.account.AccountMatch;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.ObjectReader;

/**
 * What a rule would have matched: reads the events of the last days from the event topic (seeking by record time,
 * the time the matcher would have seen them), finds each one's account with {@link AccountLookup} and evaluates the
 * rule as if it were enabled. Nothing is written. The age of a match, and so its segment, is counted from the event's
 * {@code occurredAt} to now, as the publisher would; a match older than every segment counts as {@code expired}.
 */
final class RulePreview {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    /** Records per task of the workers. */
    private static final int CHUNK = 2_000;

    /** Threads that decode and evaluate, shared by all previews: one per core. */
    private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

    /** Chunks read ahead of the tally at most: a preview holds a few MB of records, whatever its window. */
    private static final int MAX_PENDING = 4 * THREADS;

    private static final ExecutorService WORKERS = Executors.newFixedThreadPool(THREADS,
            Thread.ofPlatform().name("rule-preview-", 0).daemon().factory());

    private static final ObjectReader EVENT_READER = Json.mapper().readerFor(TriggerEvent.class);

    private final Map<String, Object> consumerConfig;

    private final String topic;

    private final AccountLookup accounts;

    private final RuleEvaluator evaluator;

    private final Clock clock;

    RulePreview(Map<String, Object> consumerConfig, String topic, AccountLookup accounts, RuleEvaluator evaluator,
            Clock clock) {
        this.consumerConfig = new HashMap<>(consumerConfig);
        this.consumerConfig.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumerConfig.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.consumerConfig.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 10_000);
        this.consumerConfig.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 * 1024 * 1024);
        this.consumerConfig.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
        this.topic = topic;
        this.accounts = accounts;
        this.evaluator = evaluator;
        this.clock = clock;
    }

    /**
     * The answer of a preview.
     *
     * @param ruleId the rule previewed
     * @param days how many days back it looked
     * @param from the earliest record time read
     * @param to now
     * @param eventsRead events read in that time
     * @param unreadable records that were not valid events, skipped
     * @param eventsWithAccount events whose company is a CRM account
     * @param matches events × accounts the rule accepts (each event counted once per account)
     * @param accountCount how many accounts it would have matched
     * @param bySegment matches per segment the match is in now
     * @param byTriggerType matches per trigger type
     * @param accounts the accounts with most matches first, at most {@code limit}
     * @param events the newest matched events first, at most {@code limit}
     * @param tookMillis how long the preview took
     */
    record Result(String ruleId, int days, Instant from, Instant to, long eventsRead, long unreadable,
            long eventsWithAccount, long matches, int accountCount, Map<String, Long> bySegment,
            Map<TriggerType, Long> byTriggerType, List<AccountHits> accounts, List<MatchedEvent> events,
            long tookMillis) {
    }

    /** An account the rule would have matched, and how often. */
    record AccountHits(String accountId, String name, AccountStatus status, long matches) {
    }

    /** One event the rule would have matched. */
    record MatchedEvent(String eventId, TriggerType type, String company, String accountId, Instant occurredAt,
            String segment, String title, String url) {
    }

    Result preview(TriggerRule rule, int days, int limit) {
        long started = System.nanoTime();
        Instant now = clock.instant();
        Instant from = now.minus(Duration.ofDays(days));
        TriggerRule enabled = rule.enabled() ? rule : enabled(rule);
        Tally tally = new Tally(rule, now);
        ArrayDeque<Future<Chunk>> pending = new ArrayDeque<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, READ_TIMEOUT)
                .stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> query = new HashMap<>();
            partitions.forEach(partition -> query.put(partition, from.toEpochMilli()));
            Map<TopicPartition, OffsetAndTimestamp> start = consumer.offsetsForTimes(query);
            for (TopicPartition partition : partitions) {
                OffsetAndTimestamp offset = start.get(partition);
                consumer.seek(partition, offset == null ? end.get(partition) : offset.offset());
            }
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (!end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(topic + " could not be read within " + READ_TIMEOUT);
                }
                List<byte[]> chunk = new ArrayList<>(CHUNK);
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;
                    }
                    chunk.add(record.value());
                    if (chunk.size() == CHUNK) {
                        pending.add(submit(chunk, enabled));
                        chunk = new ArrayList<>(CHUNK);
                    }
                }
                if (!chunk.isEmpty()) {
                    pending.add(submit(chunk, enabled));
                }
                // in the order read; wait when the workers are far ahead, so that a preview holds a few chunks only
                while (!pending.isEmpty() && (pending.size() > MAX_PENDING || pending.peek().isDone())) {
                    tally.add(pending.poll().get());
                }
            }
            while (!pending.isEmpty()) {
                tally.add(pending.poll().get());
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("preview interrupted", ex);
        }
        catch (ExecutionException ex) {
            throw new IllegalStateException("preview failed: " + ex.getCause().getMessage(), ex.getCause());
        }
        finally {
            pending.forEach(future -> future.cancel(true));
        }
        return tally.result(rule.ruleId(), days, from, now, limit, Duration.ofNanos(System.nanoTime() - started)
            .toMillis());
    }

    private Future<Chunk> submit(List<byte[]> values, TriggerRule rule) {
        return WORKERS.submit(() -> evaluate(values, rule));
    }

    /**
     * Decodes events, finds their accounts and evaluates the rule: the work of a preview, which needs nothing of the
     * other events and so runs on every core (decoding the JSON alone is most of it).
     */
    private Chunk evaluate(List<byte[]> values, TriggerRule rule) {
        long read = 0;
        long unreadable = 0;
        long withAccount = 0;
        List<Hit> hits = new ArrayList<>();
        for (byte[] value : values) {
            if (value == null) {
                continue;
            }
            TriggerEvent event;
            try {
                event = EVENT_READER.readValue(value);
            }
            catch (RuntimeException ex) {
                unreadable++;
                continue;
            }
            read++;
            AccountMatch found = accounts.find(event.company(), event.evidence().url());
            if (!found.isMatched() || found.account() == null) {
                continue;
            }
            withAccount++;
            if (evaluator.accepts(rule, event, found.account())) {
                hits.add(new Hit(event, found.account()));
            }
        }
        return new Chunk(read, unreadable, withAccount, hits);
    }

    /** What one chunk of records gave. */
    private record Chunk(long read, long unreadable, long withAccount, List<Hit> hits) {
    }

    /** An event the rule accepts for an account. */
    private record Hit(TriggerEvent event, Account account) {
    }

    /** The counts of a preview, added up chunk by chunk in the order read. */
    private static final class Tally {

        private final TriggerRule rule;

        private final Instant now;

        private long read;

        private long unreadable;

        private long withAccount;

        private final Set<String> seen = new HashSet<>();

        private final Map<String, AccountHits> hitsByAccount = new HashMap<>();

        private final Map<String, Long> bySegment = new LinkedHashMap<>();

        private final Map<TriggerType, Long> byType = new EnumMap<>(TriggerType.class);

        private final List<MatchedEvent> matched = new ArrayList<>();

        Tally(TriggerRule rule, Instant now) {
            this.rule = rule;
            this.now = now;
            rule.segments().forEach(segment -> bySegment.put(segment.name(), 0L));
            bySegment.put(Segment.EXPIRED, 0L);
        }

        void add(Chunk chunk) {
            read += chunk.read();
            unreadable += chunk.unreadable();
            withAccount += chunk.withAccount();
            for (Hit hit : chunk.hits()) {
                TriggerEvent event = hit.event();
                Account account = hit.account();
                // a corrected event (a higher revision) is the same event: count it once per account
                if (!seen.add(event.eventId() + "\n" + account.accountId())) {
                    continue;
                }
                String segment = segmentOf(rule.segments(), event.occurredAt(), now);
                bySegment.merge(segment, 1L, Long::sum);
                byType.merge(event.type(), 1L, Long::sum);
                hitsByAccount.merge(account.accountId(),
                        new AccountHits(account.accountId(), account.name(), account.status(), 1),
                        (a, b) -> new AccountHits(a.accountId(), a.name(), a.status(), a.matches() + 1));
                matched.add(new MatchedEvent(event.eventId(), event.type(), event.company().name(),
                        account.accountId(), event.occurredAt(), segment, event.evidence().title(),
                        event.evidence().url()));
            }
        }

        Result result(String ruleId, int days, Instant from, Instant to, int limit, long tookMillis) {
            List<AccountHits> topAccounts = hitsByAccount.values()
                .stream()
                .sorted(Comparator.comparingLong(AccountHits::matches)
                    .reversed()
                    .thenComparing(AccountHits::accountId))
                .limit(limit)
                .toList();
            List<MatchedEvent> newest = matched.stream()
                .sorted(Comparator.comparing(MatchedEvent::occurredAt).reversed().thenComparing(MatchedEvent::eventId))
                .limit(limit)
                .toList();
            return new Result(ruleId, days, from, to, read, unreadable, withAccount, seen.size(),
                    hitsByAccount.size(), bySegment, byType, topAccounts, newest, tookMillis);
        }
    }

    static String segmentOf(List<Segment> segments, Instant occurredAt, Instant now) {
        long age = Math.max(0, Duration.between(occurredAt, now).toDays());
        return segments.stream()
            .filter(segment -> segment.contains(age))
            .map(Segment::name)
            .findFirst()
            .orElse(Segment.EXPIRED);
    }

    private static TriggerRule enabled(TriggerRule rule) {
        return new TriggerRule(rule.schemaVersion(), rule.ruleId(), rule.name(), rule.triggerTypes(),
                rule.accountStatuses(), rule.minConfidence(), rule.segments(), rule.cooldown(), true,
                rule.conditions(), rule.accountFilter(), rule.priority(), rule.campaign(), rule.intent(),
                rule.version(), rule.updatedAt(), rule.updatedBy());
    }
}
