package dev.kairos.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.springframework.util.FileSystemUtils;

/**
 * A single-node KRaft Kafka broker in this JVM, listening on 127.0.0.1 only, with fresh storage on every start. It is
 * a real broker: any Kafka client can use it while the local run lasts.
 */
final class LocalBroker implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final KafkaRaftServer server;

    private final String bootstrapServers;

    private LocalBroker(KafkaRaftServer server, String bootstrapServers) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    static LocalBroker start(Path dataDir, int port, int controllerPort) {
        FileSystemUtils.deleteRecursively(dataDir.toFile());
        Properties config = new Properties();
        config.putAll(Map.ofEntries(Map.entry("process.roles", "broker,controller"), Map.entry("node.id", "1"),
                Map.entry("controller.quorum.voters", "1@127.0.0.1:" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("log.dirs", dataDir.toAbsolutePath().toString()), Map.entry("num.partitions", "3"),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"), Map.entry("group.initial.rebalance.delay.ms", "0"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1")));
        format(dataDir, config);
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
        server.startup();
        String bootstrapServers = "127.0.0.1:" + port;
        awaitReady(bootstrapServers);
        return new LocalBroker(server, bootstrapServers);
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    private static void format(Path dataDir, Properties config) {
        try {
            Files.createDirectories(dataDir);
            Path file = dataDir.resolveSibling("server.properties");
            try (OutputStream out = Files.newOutputStream(file)) {
                config.store(out, "Kairos local broker");
            }
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            int status = StorageTool.execute(new String[] { "format", "-t", Uuid.randomUuid().toString(), "-c",
                    file.toString(), "--ignore-formatted" }, new PrintStream(output, true, StandardCharsets.UTF_8));
            if (status != 0) {
                throw new IllegalStateException(
                        "Cannot format the local broker's storage: " + output.toString(StandardCharsets.UTF_8));
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot prepare the local broker's storage in " + dataDir, ex);
        }
    }

    private static void awaitReady(String bootstrapServers) {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            while (true) {
                try {
                    admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                    return;
                }
                catch (Exception notYet) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException("The local broker did not start within " + READY_TIMEOUT,
                                notYet);
                    }
                }
            }
        }
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
