package dev.kairos.matcher.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import dev.kairos.events.Account;
import dev.kairos.events.Json;
import dev.kairos.events.Topics;
import dev.kairos.matcher.account.AccountImport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * {@code import FILE.csv}: writes a CRM export onto {@code crm.accounts} at the broker the service is configured
 * for ({@code SPRING_KAFKA_BOOTSTRAP_SERVERS}, else the service's default {@value #DEFAULT_BROKER}), and prints the
 * counts. Which ids are updates is learnt by reading the topic's keys first.
 */
final class ImportCommand {

    static final String DEFAULT_BROKER = "127.0.0.1:9092";

    private ImportCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("usage: import FILE.csv");
            return 2;
        }
        Path file = Path.of(args[0]);
        String broker = broker();
        Set<String> known = knownIds(broker);
        AtomicLong failed = new AtomicLong();
        AtomicReference<String> failure = new AtomicReference<>();
        AccountImport.Summary summary;
        try (KafkaProducer<String, Account> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker, ProducerConfig.ACKS_CONFIG, "all",
                        ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"),
                new StringSerializer(), new Json.JsonSerializer<>());
                Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            summary = AccountImport.run(reader, known::contains,
                    account -> producer.send(new ProducerRecord<>(Topics.CRM_ACCOUNTS.name(), account.accountId(),
                            account), (metadata, ex) -> {
                                if (ex != null) {
                                    failed.incrementAndGet();
                                    failure.set(ex.getMessage());
                                }
                            }));
            producer.flush();
        }
        catch (IOException ex) {
            err.println("cannot import " + file + ": " + ex.getMessage());
            return 1;
        }
        summary.errors().forEach(problem -> err.println("rejected " + problem));
        // in the documented order, for a reader's eye
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("accepted", summary.accepted());
        counts.put("updated", summary.updated());
        counts.put("rejected", summary.rejected());
        counts.put("failed", failed.get());
        out.println(Json.write(counts));
        if (failed.get() > 0) {
            err.println(failed.get() + " accounts were not written: " + failure.get());
            return 1;
        }
        return 0;
    }

    /** The bootstrap servers as Spring would bind {@code spring.kafka.bootstrap-servers} from the environment. */
    private static String broker() {
        String fromProperty = System.getProperty("spring.kafka.bootstrap-servers");
        String fromEnvironment = System.getenv("SPRING_KAFKA_BOOTSTRAP_SERVERS");
        return fromProperty != null ? fromProperty : fromEnvironment != null ? fromEnvironment : DEFAULT_BROKER;
    }

    /** The ids on {@code crm.accounts} now (keys only; a tombstoned id counts as gone). */
    private static Set<String> knownIds(String broker) {
        Set<String> ids = new HashSet<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker, ConsumerConfig.GROUP_ID_CONFIG,
                        "trigger-matcher-import-" + UUID.randomUUID(), ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.CRM_ACCOUNTS.name(), Duration.ofSeconds(30))
                .stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            if (partitions.isEmpty()) {
                return ids;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value() == null) {
                        ids.remove(record.key());
                    }
                    else if (record.key() != null) {
                        ids.add(record.key());
                    }
                }
            }
        }
        return ids;
    }
}
