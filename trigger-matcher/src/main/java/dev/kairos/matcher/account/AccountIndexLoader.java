package dev.kairos.matcher.account;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.kairos.events.Account;
import dev.kairos.events.Json;
import dev.kairos.events.Topics;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
        try (consumer) {
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long skipped = 0;
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    skipped += apply(record) ? 0 : 1;
                }
                if (!caughtUp && partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p))) {
                    caughtUp = true;
                    built.countDown();
                    long took = System.nanoTime() - started;
                    rebuild.record(took, TimeUnit.NANOSECONDS);
                    log.info("Account index built: {} accounts from crm.accounts in {} ms ({} unreadable records "
                            + "skipped)", index.size(), TimeUnit.NANOSECONDS.toMillis(took), skipped);
                }
            }
        }
        catch (WakeupException ex) {
            // stopping
        }
        catch (RuntimeException ex) {
            log.error("The account index stopped reading crm.accounts", ex);
            caughtUp = false;
        }
        finally {
            built.countDown();
        }
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

    /** Applies one record; false when it is no valid account. */
    private boolean apply(ConsumerRecord<String, byte[]> record) {
        if (record.key() == null) {
            return false;
        }
        if (record.value() == null) {
            index.remove(record.key());
            return true;
        }
        try {
            Account account = Json.read(new String(record.value(), java.nio.charset.StandardCharsets.UTF_8),
                    Account.class);
            if (!record.key().equals(account.accountId())) {
                return false;
            }
            index.put(account);
            return true;
        }
        catch (RuntimeException ex) {
            return false;
        }
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
