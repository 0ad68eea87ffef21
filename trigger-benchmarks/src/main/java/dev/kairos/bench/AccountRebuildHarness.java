package dev.kairos.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import dev.kairos.events.Account;
import dev.kairos.events.Company;
import dev.kairos.events.Json;
import dev.kairos.events.Topics;
import dev.kairos.matcher.account.AccountIndex;
import dev.kairos.matcher.account.AccountIndexLoader;
import dev.kairos.matcher.account.AccountMatcher;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Start-up rebuild of the account index from {@code crm.accounts} at scale: writes generated accounts (1,000,000 by
 * default, as {@link MatchBenchmark} generates them) to the topic of an in-process broker, as the {@code import}
 * command writes them, then starts a second JVM with the heap a matcher gets (1 GB) that runs the matcher's own
 * {@link AccountIndexLoader} against it, exactly as the service starts, and prints how long it took, records per
 * second, and the heap held after GC. The broker stays in this JVM so that its memory is not counted.
 *
 * <pre>
 * trigger-benchmarks/run-rebuild-harness [accounts (1000000)] [heap (1g)]
 * </pre>
 */
public final class AccountRebuildHarness {

    private static final int PARTITIONS = 3;

    private AccountRebuildHarness() {
    }

    public static void main(String[] args) throws Exception {
        quiet();
        int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        String heap = args.length > 1 ? args[1] : "1g";
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, PARTITIONS);
        broker.brokerProperties(Map.of("transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1"));
        broker.afterPropertiesSet();
        try {
            String servers = broker.getBrokersAsString();
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers))) {
                admin.createTopics(List.of(new NewTopic(Topics.CRM_ACCOUNTS.name(), PARTITIONS, (short) 1)
                    .configs(Map.of("cleanup.policy", "compact")))).all().get();
            }
            produce(servers, accounts);
            System.out.printf(Locale.ROOT, "load average before the rebuild: %s%n", loadAverage());
            String java = ProcessHandle.current().info().command().orElse("java");
            Path gcLog = Path.of(System.getProperty("java.io.tmpdir"), "account-rebuild-gc.log");
            List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-Xlog:gc:file=" + gcLog, "-cp",
                    System.getProperty("java.class.path"), Rebuild.class.getName(), servers,
                    Integer.toString(accounts)));
            System.out.printf(Locale.ROOT, "the rebuild JVM's GC log: %s%n", gcLog);
            Process rebuild = new ProcessBuilder(command).inheritIO().start();
            int status = rebuild.waitFor();
            System.out.printf(Locale.ROOT, "load average after the rebuild: %s%n", loadAverage());
            if (status != 0) {
                throw new IllegalStateException("the rebuild JVM exited with " + status);
            }
        }
        finally {
            broker.destroy();
        }
    }

    private static void produce(String servers, int accounts) {
        long started = System.nanoTime();
        AtomicLong failed = new AtomicLong();
        long bytes = 0;
        // as the import command writes them
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers, ProducerConfig.ACKS_CONFIG, "all",
                        ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                        ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024),
                new StringSerializer(), (topic, value) -> value)) {
            SplittableRandom random = new SplittableRandom(7);
            for (int i = 0; i < accounts; i++) {
                Account account = MatchBenchmark.account(i, random);
                byte[] value = Json.mapper().writeValueAsBytes(account);
                bytes += value.length;
                producer.send(new ProducerRecord<>(Topics.CRM_ACCOUNTS.name(), account.accountId(), value),
                        (metadata, ex) -> {
                            if (ex != null) {
                                failed.incrementAndGet();
                            }
                        });
            }
            producer.flush();
        }
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " accounts were not written");
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "produced %,d accounts (%,d MB of JSON) to %s in %.1f s (%,.0f records/s)%n",
                accounts, bytes >> 20, Topics.CRM_ACCOUNTS.name(), seconds, accounts / seconds);
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        }
        catch (java.io.IOException ex) {
            return "unknown";
        }
    }

    static void quiet() {
        // the broker and clients log at debug level without a configuration: that alone would cost much of the CPU
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
            .setLevel(ch.qos.logback.classic.Level.WARN);
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(AccountIndexLoader.class))
            .setLevel(ch.qos.logback.classic.Level.INFO);
    }

    /** The matcher's side, in a JVM of its own: the loader as the service starts it, timed. */
    public static final class Rebuild {

        private Rebuild() {
        }

        public static void main(String[] args) {
            quiet();
            String servers = args[0];
            int accounts = Integer.parseInt(args[1]);
            KafkaProperties kafka = new KafkaProperties();
            kafka.setBootstrapServers(List.of(servers));
            SimpleMeterRegistry meters = new SimpleMeterRegistry();
            AccountIndex index = new AccountIndex();
            AccountIndexLoader loader = new AccountIndexLoader(index, kafka, meters);
            long started = System.nanoTime();
            long cpuBefore = processCpu();
            loader.start();
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpu = (processCpu() - cpuBefore) / 1e9;
            if (!loader.isCaughtUp() || index.size() != accounts) {
                loader.stop();
                throw new IllegalStateException("the index holds " + index.size() + " of " + accounts
                        + " accounts, caught up: " + loader.isCaughtUp());
            }
            double timer = meters.get("kairos.matcher.account.index.rebuild").timer().totalTime(TimeUnit.SECONDS);
            loader.stop();
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            long max = Runtime.getRuntime().maxMemory();
            // the index must answer as the matcher asks it
            AccountMatcher matcher = new AccountMatcher(index);
            Account sample = index.get("ACC" + (accounts / 2));
            boolean found = sample != null && matcher.find(new Company(sample.name(), sample.domains().getFirst()),
                    null).isMatched();
            System.out.printf(Locale.ROOT, "rebuild: %,d accounts read from %s in %.1f s (%,.0f records/s; "
                    + "rebuild timer %.1f s), process CPU %.1f s on %d cores%n", index.size(),
                    Topics.CRM_ACCOUNTS.name(), seconds, accounts / seconds, timer, cpu,
                    Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "heap used after GC: %,d MB of %,d MB (-Xmx); sample account matched: %s%n",
                    heap >> 20, max >> 20, found);
            System.out.printf(Locale.ROOT, "load average: %s; GC time %,d ms%n", loadAverage(), gcMillis());
        }

        private static long processCpu() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        }

        private static long gcMillis() {
            return ManagementFactory.getGarbageCollectorMXBeans()
                .stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime)
                .sum();
        }
    }
}
