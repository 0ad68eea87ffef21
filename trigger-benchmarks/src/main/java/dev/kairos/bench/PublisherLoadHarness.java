package dev.kairos.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import dev.kairos.events.Account;
import dev.kairos.events.AccountStatus;
import dev.kairos.events.Company;
import dev.kairos.events.Evidence;
import dev.kairos.events.Json;
import dev.kairos.events.LeadIntent;
import dev.kairos.events.MatchMethod;
import dev.kairos.events.Segment;
import dev.kairos.events.Topics;
import dev.kairos.events.TriggerDetails;
import dev.kairos.events.TriggerEvent;
import dev.kairos.events.TriggerMatch;
import dev.kairos.events.TriggerRule;
import dev.kairos.events.TriggerType;
import dev.kairos.leads.PublisherStreamsSettings;
import dev.kairos.leads.publish.IsoInstants;
import dev.kairos.leads.publish.LeadMeters;
import dev.kairos.leads.publish.LeadTopology;
import dev.kairos.leads.score.LeadScorer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.ByteBufferDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Load harness for lead-publisher: pushes matches through a real (in-process) broker into the lead topology with
 * exactly-once, and prints leads per second and end-to-end latency percentiles (match produced → lead read,
 * read_committed). In the same run a bare Kafka consume-and-produce loop (transactional, bytes copied as they are)
 * moves the same records as the reference. Six phases: bare and publisher at full speed on pre-loaded input
 * (throughput), a warm-up of both at the fixed rate (half as many matches, printed apart), then bare and publisher
 * at the fixed rate (latency). The publisher runs with the Streams settings of {@code publisher.yaml}
 * ({@code spring.kafka.streams.properties.*}), so that the harness measures what is deployed;
 * the arguments override the commit interval and the number of stream threads. The machine's load average is printed
 * with each phase: on a shared machine the in-run ratio of publisher to bare is the fair comparison.
 *
 * <pre>
 * trigger-benchmarks/run-publisher-harness [matches (100000)] [rate per second (5000)]
 *     [commit interval ms (as publisher.yaml)] [stream threads (1)]
 * </pre>
 */
public final class PublisherLoadHarness {

    private static final String BARE_OUT = "bench.bare";

    private static final int PARTITIONS = 3;

    private static final int TRIGGERS_PER_ACCOUNT = 4;

    /**
     * The paced phases' p99 is also given per window of this many seconds of input: one stall shows as one high
     * window, a pipeline that cannot keep up as windows that keep rising.
     */
    private static final int WINDOW_SECONDS = 2;

    private static final byte[] EMITTED_AT = "\"emittedAt\":\"".getBytes(StandardCharsets.US_ASCII);

    /**
     * Before the measured paced phases, this share of the matches goes through each pipeline at the same rate, and its
     * figures are printed apart. Without it the C2 compiler was still compiling the broker's and the clients' paced
     * paths (small batches, fetches that wait) during the measured phase: 5.5 s of compiler time in 22 s of it (a
     * flight recording with every compilation), an eighth of the two cores, in bursts at the phase's start.
     */
    private static final double WARM_UP_SHARE = 0.5;

    private final String bootstrap;

    private final Properties streamsSettings;

    private final int threads;

    private PublisherLoadHarness(String bootstrap, Properties streamsSettings, int threads) {
        this.bootstrap = bootstrap;
        this.streamsSettings = streamsSettings;
        this.threads = threads;
    }

    public static void main(String[] args) throws Exception {
        // the broker and clients log at debug level without a configuration: that alone would cost much of the CPU
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
            .setLevel(ch.qos.logback.classic.Level.WARN);
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        Properties settings = PublisherStreamsSettings.deployed();
        if (args.length > 2) {
            settings.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, args[2]);
        }
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, PARTITIONS);
        broker.brokerProperties(Map.of("transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1"));
        broker.afterPropertiesSet();
        try {
            PublisherLoadHarness harness = new PublisherLoadHarness(broker.getBrokersAsString(), settings, threads);
            harness.createTopics();
            System.out.printf(Locale.ROOT, "%,d matches, %,d/s in the latency phases, %d partitions, "
                    + "%d stream threads, %d cores; publisher Streams settings %s%n", count, rate, PARTITIONS, threads,
                    Runtime.getRuntime().availableProcessors(), new java.util.TreeMap<>(settings));
            double loadBefore = load();

            Result bareThroughput = harness.throughput(count, true);
            Result publisherThroughput = harness.throughput(count, false);
            // printed apart, not the target's figure: paced input through both pipelines first, so that the JIT has
            // compiled the paced paths of the broker and the clients before the measured phases (see WARM_UP_SHARE)
            int warmUp = Math.max(1, (int) (count * WARM_UP_SHARE));
            Result bareWarmUp = harness.latency(warmUp, rate, true);
            Result publisherWarmUp = harness.latency(warmUp, rate, false);
            Result bareLatency = harness.latency(count, rate, true);
            Result publisherLatency = harness.latency(count, rate, false);

            System.out.println();
            System.out.printf(Locale.ROOT, "load average (1 min): %.1f at the start%n", loadBefore);
            System.out.println("phase                         records/s      p50      p95      p99      max (ms)  load"
                    + "  cpu µs/record: thread  jvm  KB/record: thread  jvm  GCs");
            print("bare consume-produce, full", bareThroughput);
            print("publisher, full", publisherThroughput);
            print("bare, paced warm-up", bareWarmUp);
            print("publisher, paced warm-up", publisherWarmUp);
            print("bare consume-produce, paced", bareLatency);
            print("publisher, paced", publisherLatency);
            System.out.printf(Locale.ROOT, "p99 (ms) of each %d s of paced input, in order:%n  bare      %s%n"
                    + "  publisher %s%n  publisher, produced -> processed %s%n", WINDOW_SECONDS,
                    windows(bareLatency.windowP99s()), windows(publisherLatency.windowP99s()),
                    windows(publisherLatency.processedWindowP99s()));
            System.out.println("JVM CPU µs per record by thread (kernel names, digits as #; threads alive at the "
                    + "phase's end), the paced phases:");
            printThreads("bare", bareLatency.usage());
            printThreads("publisher", publisherLatency.usage());
            System.out.printf(Locale.ROOT, "%npublisher leads/s = %.0f %% of bare; p99 at %,d/s = %d ms%n",
                    100.0 * publisherThroughput.perSecond() / bareThroughput.perSecond(), rate,
                    publisherLatency.percentile(0.99));
            System.out.printf(Locale.ROOT, "publisher stream threads' CPU per match at full speed: %.1f µs (bare loop "
                    + "thread %.1f µs per record)%n", publisherThroughput.usage().threadCpu() / 1e3,
                    bareThroughput.usage().threadCpu() / 1e3);
            System.out.println("""
                    records/s: output records per second, first to last; p50..max: produced -> read (read_committed);
                    produced -> processed: to the lead's emittedAt (input, queue and stream thread; the rest up to
                    produced -> read is the wait for the transaction's commit and the reader);
                    load: the machine's 1-minute load average at the phase's end; cpu µs/record: CPU time of the
                    pipeline's processing threads (the stream threads, or the bare loop's thread) and of the whole JVM
                    (broker and clients too; in the paced phases also the load generator) per input record. CPU per
                    record moves far less with the machine's load than records/s does: compare it across runs.
                    KB/record: heap allocated per input record by the same threads and by the whole JVM; GCs: the
                    collector's cycles in the phase. Less allocation means fewer collections on the shared cores.""");
        }
        finally {
            broker.destroy();
        }
    }

    private static void print(String phase, Result result) {
        PerRecord usage = result.usage();
        System.out.printf(Locale.ROOT, "%-28s %10.0f %8d %8d %8d %8d %9.1f %21.1f %5.0f %18.1f %4.0f %4d%n", phase,
                result.perSecond(), result.percentile(0.50), result.percentile(0.95), result.percentile(0.99),
                result.percentile(1.0), result.load(), usage.threadCpu() / 1e3, usage.jvmCpu() / 1e3,
                usage.threadBytes() / 1e3, usage.jvmBytes() / 1e3, usage.collections());
    }

    /** The threads that used the most, each at least 1 µs per record; the rest summed. */
    private static void printThreads(String phase, PerRecord usage) {
        List<Map.Entry<String, Double>> byCpu = new ArrayList<>(usage.cpuByThreadName().entrySet());
        byCpu.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        StringBuilder line = new StringBuilder();
        double rest = usage.jvmCpu();
        for (Map.Entry<String, Double> thread : byCpu) {
            if (thread.getValue() >= 1e3) {
                line.append(String.format(Locale.ROOT, " %s %.0f,", thread.getKey(), thread.getValue() / 1e3));
                rest -= thread.getValue();
            }
        }
        System.out.printf(Locale.ROOT, "  %-9s%s rest (smaller, ended) %.0f%n", phase, line, rest / 1e3);
    }

    private static String windows(long[] windowP99s) {
        return Arrays.stream(windowP99s).mapToObj(Long::toString)
            .collect(java.util.stream.Collectors.joining(" "));
    }

    /** The machine's load average over the last minute. */
    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /**
     * A running pipeline: its processing threads are those whose name starts with {@code prefix} and contains
     * {@code contains} (the stream threads, or the bare loop's thread).
     */
    record Pipeline(String prefix, String contains, AutoCloseable closer) implements AutoCloseable {

        @Override
        public void close() throws Exception {
            closer.close();
        }
    }

    /**
     * What a pipeline used from its creation on: CPU time and heap allocation of its processing threads (ThreadMXBean)
     * and of the whole JVM (broker, clients, the output reader and, in the paced phases, the load generator too), and
     * the collector's cycles.
     */
    record Usage(Pipeline pipeline, Map<Long, long[]> threadsAtStart, long cpuAtStart, long allocatedAtStart,
            long cyclesAtStart, Map<Long, NamedTicks> tasksAtStart) {

        private static final com.sun.management.ThreadMXBean THREADS =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

        static Usage from(Pipeline pipeline) {
            return new Usage(pipeline, threadUsage(pipeline), processCpu(), THREADS.getTotalThreadAllocatedBytes(),
                    collectorCycles(), NamedTicks.ofEveryThread());
        }

        PerRecord used(int records) {
            long cpu = 0;
            long allocated = 0;
            for (Map.Entry<Long, long[]> now : threadUsage(pipeline).entrySet()) {
                long[] start = threadsAtStart.getOrDefault(now.getKey(), new long[2]);
                cpu += now.getValue()[0] - start[0];
                allocated += now.getValue()[1] - start[1];
            }
            return new PerRecord((double) cpu / records, (double) (processCpu() - cpuAtStart) / records,
                    (double) allocated / records,
                    (double) (THREADS.getTotalThreadAllocatedBytes() - allocatedAtStart) / records,
                    collectorCycles() - cyclesAtStart, cpuByThreadName(records));
        }

        /**
         * CPU nanoseconds per record of every thread of the JVM alive at the phase's end, the collector's and the
         * compilers' too, summed by name as the kernel has it (its first 15 characters) with digits as {@code #}.
         */
        private Map<String, Double> cpuByThreadName(int records) {
            Map<String, Double> cpu = new java.util.HashMap<>();
            NamedTicks.ofEveryThread().forEach((task, now) -> {
                NamedTicks start = tasksAtStart.get(task);
                long ticks = now.ticks() - (start == null ? 0 : start.ticks());
                cpu.merge(now.name(), (double) ticks * NamedTicks.NANOS_PER_TICK / records, Double::sum);
            });
            return cpu;
        }

        /** Thread id → CPU nanoseconds and bytes allocated, of the pipeline's processing threads. */
        private static Map<Long, long[]> threadUsage(Pipeline pipeline) {
            Map<Long, long[]> usage = new java.util.HashMap<>();
            for (Thread thread : Thread.getAllStackTraces().keySet()) {
                String name = thread.getName();
                if (name.startsWith(pipeline.prefix()) && name.contains(pipeline.contains())) {
                    long time = THREADS.getThreadCpuTime(thread.threadId());
                    long allocated = THREADS.getThreadAllocatedBytes(thread.threadId());
                    if (time >= 0 && allocated >= 0) {
                        usage.put(thread.threadId(), new long[] { time, allocated });
                    }
                }
            }
            return usage;
        }

        private static long processCpu() {
            return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
        }

        /** Collections begun: ZGC's cycles (not its pauses, which belong to the cycles), or every collector's. */
        private static long collectorCycles() {
            long cycles = 0;
            for (var collector : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
                if (!collector.getName().endsWith("Pauses")) {
                    cycles += Math.max(0, collector.getCollectionCount());
                }
            }
            return cycles;
        }
    }

    /**
     * Per input record: CPU nanoseconds and heap bytes allocated by the pipeline's processing threads and by the whole
     * JVM; and the collections begun in the phase.
     */
    record PerRecord(double threadCpu, double jvmCpu, double threadBytes, double jvmBytes, long collections,
            Map<String, Double> cpuByThreadName) {
    }

    /**
     * A thread's name as the kernel keeps it, digits as {@code #}, and the CPU clock ticks (user and system) it used,
     * from {@code /proc/self/task}: ThreadMXBean sees only Java threads, not the collector's or the compilers'.
     */
    record NamedTicks(String name, long ticks) {

        /** The kernel's USER_HZ: 100 on x86, ARM, POWER and s390, which is where the JDK runs on Linux. */
        static final long NANOS_PER_TICK = 10_000_000L;

        /** Thread id → its name and ticks; empty where there is no {@code /proc}. */
        static Map<Long, NamedTicks> ofEveryThread() {
            Map<Long, NamedTicks> tasks = new java.util.HashMap<>();
            Path all = Path.of("/proc/self/task");
            if (!Files.isDirectory(all)) {
                return tasks;
            }
            try (var list = Files.newDirectoryStream(all)) {
                for (Path task : list) {
                    String stat;
                    try {
                        stat = Files.readString(task.resolve("stat"));
                    }
                    catch (java.io.IOException ended) {
                        continue;
                    }
                    // "tid (name) state ...": the name may hold spaces and parentheses, the fields after it do not;
                    // utime and stime are the 14th and 15th fields, the 12th and 13th after the name
                    int nameEnd = stat.lastIndexOf(')');
                    String[] fields = stat.substring(nameEnd + 2).split(" ");
                    String name = stat.substring(stat.indexOf('(') + 1, nameEnd).replaceAll("[0-9]+", "#");
                    tasks.put(Long.parseLong(task.getFileName().toString()),
                            new NamedTicks(name, Long.parseLong(fields[11]) + Long.parseLong(fields[12])));
                }
            }
            catch (java.io.IOException unreadable) {
                return Map.of();
            }
            return tasks;
        }
    }

    /**
     * Records moved per second (first to last output record), each record's latency in ms, the load average at the
     * phase's end, and CPU nanoseconds per record (processing threads, whole JVM); the p99 of produced → read per
     * window of input, and of produced → processed (the lead's {@code emittedAt}) per window, none for the bare loop,
     * whose records carry no processing time.
     */
    record Result(double perSecond, long[] latencies, double load, PerRecord usage, long[] windowP99s,
            long[] processedWindowP99s) {

        long percentile(double p) {
            if (latencies.length == 0) {
                return -1;
            }
            int index = (int) Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1);
            return latencies[Math.max(0, index)];
        }
    }

    /** Pre-loads the input, then lets the pipeline drain it as fast as it can. */
    private Result throughput(int count, boolean bare) throws Exception {
        String run = (bare ? "bare-tp-" : "pub-tp-") + UUID.randomUUID().toString().substring(0, 8);
        List<byte[][]> input = matches(run, count);
        String output = bare ? BARE_OUT : Topics.LEADS.name();
        try (OutputReader reader = new OutputReader(output, run, count)) {
            // the pipeline's group starts where this run's input starts, not at earlier phases' records
            startAtEnd(run);
            produce(input, 0);
            try (Pipeline pipeline = bare ? bare(run, "earliest") : publisher(run, "earliest")) {
                Usage usage = Usage.from(pipeline);
                reader.awaitAll(Duration.ofMinutes(10));
                return reader.result(usage.used(count));
            }
        }
    }

    /** Produces at a fixed rate into a running pipeline and measures each record's latency. */
    private Result latency(int count, int rate, boolean bare) throws Exception {
        String run = (bare ? "bare-lat-" : "pub-lat-") + UUID.randomUUID().toString().substring(0, 8);
        List<byte[][]> input = matches(run, count);
        String output = bare ? BARE_OUT : Topics.LEADS.name();
        try (OutputReader reader = new OutputReader(output, run, count);
                Pipeline pipeline = bare ? bare(run, "latest") : publisher(run, "latest")) {
            // let the pipeline take its partitions before the paced input starts, and collect the earlier phases'
            // garbage (a closed pipeline's caches) now rather than in the middle of this one's
            Thread.sleep(5_000);
            System.gc();
            Usage usage = Usage.from(pipeline);
            produce(input, rate);
            reader.awaitAll(Duration.ofMinutes(10));
            return reader.result(usage.used(count));
        }
    }

    private Pipeline publisher(String run, String reset) throws Exception {
        StreamsBuilder builder = new StreamsBuilder();
        LeadTopology.define(builder, new LeadScorer(), Clock.systemUTC(), new LeadMeters(new SimpleMeterRegistry()),
                LeadTopology.Options.defaults());
        Properties config = new Properties();
        config.putAll(streamsSettings);
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, run);
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        if (!StreamsConfig.EXACTLY_ONCE_V2.equals(config.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG))) {
            throw new IllegalStateException("publisher.yaml no longer sets exactly_once_v2: " + config);
        }
        config.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
        config.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        java.nio.file.Path stateDir = Files.createTempDirectory("publisher-harness");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        config.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), reset);
        KafkaStreams streams = new KafkaStreams(builder.build(config), config);
        streams.start();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the publisher did not start: " + streams.state());
            }
            Thread.sleep(50);
        }
        // Streams names its threads <application id>-<process id>-StreamThread-<n>
        return new Pipeline(run + "-", "-StreamThread-", () -> {
            streams.close(Duration.ofSeconds(30));
            // a run's stores are 150 to 450 MB of RocksDB files
            org.apache.kafka.common.utils.Utils.delete(stateDir.toFile());
        });
    }

    /** The reference: a transactional consume-and-produce loop that copies each record as it is. */
    private Pipeline bare(String run, String reset) {
        AtomicBoolean running = new AtomicBoolean(true);
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap, ConsumerConfig.GROUP_ID_CONFIG, run, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, reset,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        // the reference's producer waits between a transaction's retries as long as the publisher's does
        Map<String, Object> producerSettings = new java.util.HashMap<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap, ProducerConfig.TRANSACTIONAL_ID_CONFIG, run));
        String retryBackoff = streamsSettings.getProperty(StreamsConfig.producerPrefix(
                ProducerConfig.RETRY_BACKOFF_MS_CONFIG));
        if (retryBackoff != null) {
            producerSettings.put(ProducerConfig.RETRY_BACKOFF_MS_CONFIG, retryBackoff);
        }
        KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerSettings, new ByteArraySerializer(),
                new ByteArraySerializer());
        producer.initTransactions();
        consumer.subscribe(List.of(Topics.TRIGGER_MATCHES.name()));
        Thread loop = Thread.ofPlatform().name("bare-loop-" + run).start(() -> {
            try {
                while (running.get()) {
                    ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(100));
                    if (records.isEmpty()) {
                        continue;
                    }
                    producer.beginTransaction();
                    Map<TopicPartition, OffsetAndMetadata> offsets = new java.util.HashMap<>();
                    for (ConsumerRecord<byte[], byte[]> record : records) {
                        producer.send(new ProducerRecord<>(BARE_OUT, null, record.timestamp(), record.key(),
                                record.value()));
                        offsets.put(new TopicPartition(record.topic(), record.partition()),
                                new OffsetAndMetadata(record.offset() + 1));
                    }
                    producer.sendOffsetsToTransaction(offsets, consumer.groupMetadata());
                    producer.commitTransaction();
                }
            }
            catch (WakeupException stopping) {
                // closing
            }
            finally {
                consumer.close();
                producer.close();
            }
        });
        return new Pipeline("bare-loop-" + run, "", () -> {
            running.set(false);
            consumer.wakeup();
            loop.join(Duration.ofSeconds(30));
        });
    }

    /** Produces the records, at {@code rate} per second when positive, each stamped with its send time. */
    private void produce(List<byte[][]> records, int rate) {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.LINGER_MS_CONFIG, rate > 0 ? 1 : 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024), new ByteArraySerializer(), new ByteArraySerializer())) {
            long start = System.nanoTime();
            long interval = rate > 0 ? TimeUnit.SECONDS.toNanos(1) / rate : 0;
            for (int i = 0; i < records.size(); i++) {
                if (rate > 0) {
                    long wait = start + i * interval - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                }
                producer.send(new ProducerRecord<>(Topics.TRIGGER_MATCHES.name(), null, System.currentTimeMillis(),
                        records.get(i)[0], records.get(i)[1]));
            }
            producer.flush();
        }
    }

    /** Matches of a run's own accounts: four triggers per account within the cooldown, so leads merge. */
    private static List<byte[][]> matches(String run, int count) {
        Instant now = Instant.now();
        TriggerRule rule = new TriggerRule(TriggerRule.SCHEMA_VERSION, "bench", "Bench", java.util.Set.of(),
                java.util.Set.of(), 0, Segment.DEFAULTS, Duration.ofDays(14), true, null, null, 1, "bench",
                LeadIntent.NEW_BUSINESS, 1L, null, null);
        int accounts = Math.max(1, count / TRIGGERS_PER_ACCOUNT);
        List<byte[][]> records = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int account = i % accounts;
            int round = i / accounts;
            String accountId = run + "-" + account;
            TriggerEvent event = new TriggerEvent(1, TriggerEvent.idFor(accountId + "/" + round,
                    TriggerType.FUNDING_ROUND), 1, new Company("Company " + account, "company" + account + ".example"),
                    new TriggerDetails.Funding("SERIES_A", java.math.BigDecimal.valueOf(5_000_000 + round),
                            java.util.Currency.getInstance("USD"), List.of("Fund " + round)),
                    now.minus(Duration.ofDays(5)).plus(Duration.ofHours(round)), now, 0.9,
                    new Evidence("bench", "https://news.example/" + accountId + "/" + round,
                            "Company " + account + " raises $5M Series A", "A sentence of summary."));
            Account crm = new Account(Account.SCHEMA_VERSION, accountId, "Company " + account, List.of(),
                    List.of("company" + account + ".example"), AccountStatus.PROSPECT, "owner", "Software", 120, "DE",
                    "EMEA", "B", List.of(), Map.of());
            TriggerMatch match = TriggerMatch.of(event, crm, rule, MatchMethod.DOMAIN, 1.0, crm.domains().getFirst(),
                    now);
            records.add(new byte[][] { accountId.getBytes(StandardCharsets.UTF_8),
                    Json.mapper().writeValueAsBytes(match) });
        }
        return records;
    }

    private void startAtEnd(String group) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> ends = new java.util.HashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (int p = 0; p < PARTITIONS; p++) {
                partitions.add(new TopicPartition(Topics.TRIGGER_MATCHES.name(), p));
            }
            consumer.endOffsets(partitions)
                .forEach((partition, end) -> ends.put(partition, new OffsetAndMetadata(end)));
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.alterConsumerGroupOffsets(group, ends).all().get(30, TimeUnit.SECONDS);
        }
    }

    private void createTopics() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(Topics.TRIGGER_MATCHES.name(), PARTITIONS, (short) 1),
                    new NewTopic(Topics.LEADS.name(), PARTITIONS, (short) 1),
                    new NewTopic(Topics.TRIGGER_MATCHES.deadLetter(), PARTITIONS, (short) 1),
                    new NewTopic(BARE_OUT, PARTITIONS, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
    }

    /**
     * Reads an output topic (read_committed) from its end on a thread of its own, counting a run's records and their
     * latency while the input is still being produced.
     */
    private final class OutputReader implements AutoCloseable {

        private final KafkaConsumer<byte[], ByteBuffer> consumer;

        private final byte[] prefix;

        private final long[] latencies;

        private final long[] sentAt;

        /** When the publisher wrote each lead (its {@code emittedAt}); null when reading the bare loop's copies. */
        private final long @Nullable [] processedAt;

        private final Thread thread;

        private volatile int seen;

        private volatile boolean closed;

        private long first;

        private long last;

        OutputReader(String topic, String run, int expected) {
            this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                    5_000), new ByteArrayDeserializer(), new ByteBufferDeserializer());
            List<TopicPartition> partitions = new ArrayList<>();
            for (int p = 0; p < PARTITIONS; p++) {
                partitions.add(new TopicPartition(topic, p));
            }
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            this.prefix = run.getBytes(StandardCharsets.UTF_8);
            this.latencies = new long[expected];
            this.sentAt = new long[expected];
            this.processedAt = topic.equals(Topics.LEADS.name()) ? new long[expected] : null;
            this.thread = Thread.ofPlatform().name("output-reader").start(this::read);
        }

        private void read() {
            try {
                while (!closed && seen < latencies.length) {
                    for (ConsumerRecord<byte[], ByteBuffer> record : consumer.poll(Duration.ofMillis(50))) {
                        long now = System.currentTimeMillis();
                        if (record.key() != null && startsWith(record.key()) && seen < latencies.length) {
                            if (seen == 0) {
                                first = System.nanoTime();
                            }
                            latencies[seen] = now - record.timestamp();
                            sentAt[seen] = record.timestamp();
                            if (processedAt != null) {
                                processedAt[seen] = emittedAt(record.value());
                            }
                            seen++;
                            last = System.nanoTime();
                        }
                    }
                }
            }
            finally {
                consumer.close();
            }
        }

        void awaitAll(Duration timeout) throws InterruptedException {
            thread.join(timeout);
            if (seen < latencies.length) {
                throw new IllegalStateException("only " + seen + " of " + latencies.length + " records arrived");
            }
        }

        /**
         * The lead's {@code emittedAt} in epoch millis, read where the consumer holds the record's value: the reader
         * shares the JVM, and the two cores, with the pipeline it measures, so it copies no value and parses no JSON
         * (a copy of each lead was a third of what it allocated). Read after the record's latency is taken.
         */
        private static long emittedAt(ByteBuffer lead) {
            int start = indexOf(lead, EMITTED_AT) + EMITTED_AT.length;
            int end = start;
            while (lead.get(end) != '"') {
                end++;
            }
            byte[] bytes = new byte[end - start];
            lead.get(start, bytes);
            String text = new String(bytes, StandardCharsets.US_ASCII);
            // digit by digit, as the publisher reads the instants of its input; any other form the general way
            Instant instant = IsoInstants.parse(text);
            return (instant != null ? instant : Instant.parse(text)).toEpochMilli();
        }

        /** Where {@code part} first stands in the buffer's remaining bytes (an absolute index). */
        private static int indexOf(ByteBuffer bytes, byte[] part) {
            for (int i = bytes.position(); i <= bytes.limit() - part.length; i++) {
                int matched = 0;
                while (matched < part.length && bytes.get(i + matched) == part[matched]) {
                    matched++;
                }
                if (matched == part.length) {
                    return i;
                }
            }
            throw new IllegalStateException("a lead without emittedAt");
        }

        private boolean startsWith(byte[] key) {
            return key.length >= prefix.length && Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length);
        }

        Result result(PerRecord usage) {
            long[] sorted = Arrays.copyOf(latencies, seen);
            Arrays.sort(sorted);
            double seconds = Math.max(1, last - first) / 1e9;
            long[] processedWindows = new long[0];
            if (processedAt != null) {
                long[] toProcessed = new long[seen];
                for (int i = 0; i < seen; i++) {
                    toProcessed[i] = processedAt[i] - sentAt[i];
                }
                processedWindows = windowP99s(toProcessed);
            }
            return new Result((seen - 1) / seconds, sorted, load(), usage, windowP99s(latencies),
                    processedWindows);
        }

        /** p99 of {@code values} (one per record read, in the order read) per window of the records' send time. */
        private long[] windowP99s(long[] values) {
            long start = Arrays.stream(sentAt, 0, seen).min().orElse(0);
            long window = TimeUnit.SECONDS.toMillis(WINDOW_SECONDS);
            int windows = (int) ((Arrays.stream(sentAt, 0, seen).max().orElse(0) - start) / window) + 1;
            List<List<Long>> byWindow = new ArrayList<>();
            for (int w = 0; w < windows; w++) {
                byWindow.add(new ArrayList<>());
            }
            for (int i = 0; i < seen; i++) {
                byWindow.get((int) ((sentAt[i] - start) / window)).add(values[i]);
            }
            return byWindow.stream().mapToLong(inWindow -> {
                long[] sorted = inWindow.stream().mapToLong(Long::longValue).sorted().toArray();
                return sorted.length == 0 ? -1 : sorted[(int) Math.max(0, Math.ceil(0.99 * sorted.length) - 1)];
            }).toArray();
        }

        @Override
        public void close() throws InterruptedException {
            closed = true;
            thread.join(Duration.ofSeconds(10));
        }
    }
}
