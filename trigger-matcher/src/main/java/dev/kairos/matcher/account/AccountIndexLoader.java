package dev.kairos.matcher.account;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.kairos.events.Account;
import dev.kairos.events.Json;
import dev.kairos.events.Topics;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import tools.jackson.databind.ObjectReader;

/**
 * Builds this instance's {@link AccountIndex} from the whole of {@code crm.accounts} and keeps it current: a consumer
 * of its own, without a group, assigned every partition and reading from the beginning, so that every matcher
 * instance holds every account. Start-up waits (up to {@link #START_WAIT}) until it has read up to the end offsets it
 * found, before the Streams application starts; until then the instance is not ready (health indicator
 * {@code accountIndexLoader}, part of the readiness group). A record that is no valid account is
 * skipped here; the Streams topology dead-letters it once.
 */
public final class AccountIndexLoader implements SmartLifecycle, HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(AccountIndexLoader.class);

    private final AccountIndex index;

    private final KafkaProperties kafka;

    private final Timer rebuild;

    private volatile boolean running;

    private volatile boolean caughtUp;

    private final java.util.concurrent.CountDownLatch built = new java.util.concurrent.CountDownLatch(1);

    /** How long start-up waits for the index before the Streams application starts matching events anyway. */
    static final Duration START_WAIT = Duration.ofSeconds(120);

    /** Threads that decode and normalise records while the loader's thread adds them to the index. */
    private static final int DECODERS = Math.max(1, Runtime.getRuntime().availableProcessors());

    /** Records per decoding task. */
    private static final int CHUNK = 1000;

    /** Decoded chunks the decoders may be ahead: bounds the memory of a rebuild to a few MB of records. */
    private static final int MAX_PENDING = 4 * DECODERS;

    /** The most accounts the index is sized for before a rebuild; beyond, it grows as they come. */
    private static final int MAX_EXPECTED = 4_000_000;

    private static final ObjectReader ACCOUNT_READER = Json.mapper().readerFor(Account.class);

    private volatile @Nullable KafkaConsumer<String, byte[]> consumer;

    private @Nullable Thread thread;

    public AccountIndexLoader(AccountIndex index, KafkaProperties kafka, MeterRegistry meters) {
        this.index = index;
        this.kafka = kafka;
        this.rebuild = Timer.builder("kairos.matcher.account.index.rebuild")
            .description("Time to read crm.accounts from the beginning into the account index at start-up")
            .register(meters);
        Gauge.builder("kairos.matcher.account.index.accounts", index, AccountIndex::size)
            .description("Accounts in this instance's account index")
            .baseUnit("accounts")
            .register(meters);
    }

    /** Whether the index holds every account that was on the topic when the instance started. */
    public boolean isCaughtUp() {
        return caughtUp;
    }

    @Override
    public Health health() {
        return caughtUp ? Health.up().withDetail("accounts", index.size()).build()
                : Health.outOfService().withDetail("accounts", index.size()).withDetail("reason",
                        "reading crm.accounts").build();
    }

    @Override
    public void start() {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 4 * 1024 * 1024);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "trigger-matcher-account-index");
        KafkaConsumer<String, byte[]> created = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer());
        consumer = created;
        running = true;
        Thread loader = new Thread(() -> load(created), "account-index");
        loader.setDaemon(true);
        thread = loader;
        loader.start();
        // matching against half an index would send events to trigger.unmatched that have an account
        try {
            if (!built.await(START_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("The account index is not complete after {}; matching starts with {} accounts", START_WAIT,
                        index.size());
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private void load(KafkaConsumer<String, byte[]> consumer) {
        long started = System.nanoTime();
        ExecutorService decoders = Executors.newFixedThreadPool(DECODERS,
                Thread.ofPlatform().name("account-index-decode-", 0).daemon().factory());
        ArrayDeque<Future<List<@Nullable Change>>> pending = new ArrayDeque<>();
        try (consumer) {
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions);
            long onTopic = partitions.stream().mapToLong(p -> end.get(p) - beginning.get(p)).sum();
            // at most a record per account; a topic not compacted yet holds fewer accounts than records
            index.expect((int) Math.min(onTopic, MAX_EXPECTED));
            long skipped = 0;
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(caughtUp ? 200 : 20));
                List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>(Math.min(records.count(), CHUNK));
                for (ConsumerRecord<String, byte[]> record : records) {
                    batch.add(record);
                    if (batch.size() == CHUNK) {
                        List<ConsumerRecord<String, byte[]>> chunk = batch;
                        pending.add(decoders.submit(() -> decode(chunk)));
                        batch = new ArrayList<>(CHUNK);
                    }
                }
                if (!batch.isEmpty()) {
                    List<ConsumerRecord<String, byte[]>> chunk = batch;
                    pending.add(decoders.submit(() -> decode(chunk)));
                }
                boolean atEnd = !caughtUp && partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
                // in order, as read: an account's later record must win; wait when the decoders are far ahead
                while (!pending.isEmpty()
                        && (atEnd || caughtUp || pending.size() > MAX_PENDING || pending.peek().isDone())) {
                    skipped += apply(pending.poll().get());
                }
                if (atEnd) {
                    index.trim();
                    long took = System.nanoTime() - started;
                    rebuild.record(took, TimeUnit.NANOSECONDS);
                    caughtUp = true;
                    built.countDown();
                    log.info("Account index built: {} accounts from crm.accounts in {} ms ({} unreadable records "
                            + "skipped)", index.size(), TimeUnit.NANOSECONDS.toMillis(took), skipped);
                }
            }
        }
        catch (WakeupException ex) {
            // stopping
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        catch (RuntimeException | ExecutionException ex) {
            log.error("The account index stopped reading crm.accounts", ex);
            caughtUp = false;
        }
        finally {
            decoders.shutdownNow();
            built.countDown();
        }
    }

    /**
     * One change of the index per record, decoded and normalised off the loader's thread (JSON and name normalisation
     * are most of the work of a rebuild, and need no index); null for a record that is no valid account.
     */
    private static List<@Nullable Change> decode(List<ConsumerRecord<String, byte[]>> records) {
        List<@Nullable Change> changes = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            changes.add(decode(record.key(), record.value()));
        }
        return changes;
    }

    static @Nullable Change decode(@Nullable String key, byte @Nullable [] value) {
        if (key == null) {
            return null;
        }
        if (value == null) {
            return new Change(key, null);
        }
        try {
            Account account = ACCOUNT_READER.readValue(value);
            return key.equals(account.accountId()) ? new Change(key, AccountIndex.prepare(account)) : null;
        }
        catch (RuntimeException ex) {
            return null;
        }
    }

    /** Applies decoded records in order; the number that were no valid accounts. */
    private long apply(List<@Nullable Change> changes) {
        long skipped = 0;
        for (Change change : changes) {
            if (change == null) {
                skipped++;
            }
            else if (change.account() == null) {
                index.remove(change.accountId());
            }
            else {
                index.put(change.account());
            }
        }
        return skipped;
    }

    /** A record of {@code crm.accounts}: an account to add or replace, or (null) a tombstone. */
    record Change(String accountId, AccountIndex.@Nullable Prepared account) {
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer) {
        while (running) {
            List<TopicPartition> partitions = consumer.listTopics(Duration.ofSeconds(10))
                .getOrDefault(Topics.CRM_ACCOUNTS.name(), List.of())
                .stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
            if (!partitions.isEmpty()) {
                return partitions;
            }
            log.info("Waiting for the topic {}", Topics.CRM_ACCOUNTS.name());
        }
        throw new WakeupException();
    }

    @Override
    public void stop() {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        Thread loader = thread;
        if (loader != null) {
            try {
                loader.join(10_000);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the Streams application (which starts in the last phase) so the index fills while it starts. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 2000;
    }
}
