package dev.kairos.topics;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jspecify.annotations.Nullable;

/**
 * {@code kairos-topics}: creates every Kairos topic that is missing and brings the settings of existing ones in line
 * with {@link TopicPlan}. Running it twice changes nothing the second time. It never deletes a topic and never changes
 * a partition count (adding partitions moves keys between partitions, which breaks ingest's source ownership and the
 * Streams apps' state): a differing count is reported and left to the operator.
 *
 * <p>Options (each also from the environment): {@code --bootstrap-server} ({@code KAFKA_BOOTSTRAP_SERVERS}, else the
 * services' {@code SPRING_KAFKA_BOOTSTRAP_SERVERS}),
 * {@code --command-config} (a client properties file with TLS/SASL settings; {@code KAIROS_KAFKA_CLIENT_CONFIG}),
 * {@code --partitions} ({@code KAIROS_TOPIC_PARTITIONS}, default 3), {@code --replication-factor}
 * ({@code KAIROS_TOPIC_REPLICAS}, default 1), {@code --dry-run}, {@code --table} (prints the plan as a Markdown
 * table and needs no broker). TLS and SASL settings come from the same variables as the services' (
 * {@code SPRING_KAFKA_SECURITY_PROTOCOL}, {@code SPRING_KAFKA_SSL_TRUST_STORE_*}, {@code SPRING_KAFKA_PROPERTIES_*}),
 * then from the {@code --command-config} file, which wins.
 */
public final class KairosTopics {

    static final Duration TIMEOUT = Duration.ofSeconds(60);

    static final String USAGE = "usage: kairos-topics [--bootstrap-server HOST:PORT] [--command-config FILE]"
            + " [--partitions N] [--replication-factor N] [--dry-run] [--table] [--help]";

    private final PrintStream out;

    KairosTopics(PrintStream out) {
        this.out = out;
    }

    /** What one run found and did, for the caller and the tests. */
    record Outcome(List<String> created, List<String> updated, List<String> unchanged, List<String> partitionsDiffer) {
    }

    public static void main(String[] args) {
        int status;
        try {
            if (List.of(args).contains("--help")) {
                System.out.println(USAGE);
                status = 0;
            }
            else {
                status = run(args, System.getenv(), System.out);
            }
        }
        catch (UsageException ex) {
            System.err.println("kairos-topics: " + ex.getMessage());
            System.err.println(USAGE);
            status = 2;
        }
        catch (ProvisioningException ex) {
            System.err.println("kairos-topics: " + ex.getMessage());
            status = 1;
        }
        System.exit(status);
    }

    static int run(String[] args, Map<String, String> env, PrintStream out) {
        Options options = Options.parse(args, env);
        List<TopicSpec> plan = TopicPlan.topics(options.partitions(), options.replicas());
        if (options.table()) {
            out.print(table(plan));
            return 0;
        }
        Properties client = options.clientProperties();
        try (Admin admin = Admin.create(client)) {
            Outcome outcome = new KairosTopics(out).apply(admin, plan, options.dryRun());
            out.printf("%d created, %d updated, %d unchanged, %d with a different partition count%n",
                    outcome.created().size(), outcome.updated().size(), outcome.unchanged().size(),
                    outcome.partitionsDiffer().size());
            return 0;
        }
    }

    Outcome apply(Admin admin, List<TopicSpec> plan, boolean dryRun) {
        Set<String> existing = await(admin.listTopics().names(), "list the topics");
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> partitionsDiffer = new ArrayList<>();
        List<NewTopic> missing = plan.stream()
            .filter(topic -> !existing.contains(topic.name()))
            .map(topic -> new NewTopic(topic.name(), topic.partitions(), topic.replicas()).configs(topic.configs()))
            .toList();
        for (NewTopic topic : missing) {
            out.printf("%s %s: %d partitions, replication %d, %s%n", dryRun ? "would create" : "create", topic.name(),
                    topic.numPartitions(), topic.replicationFactor(), topic.configs());
            if (!dryRun) {
                try {
                    await(admin.createTopics(List.of(topic)).all(), "create " + topic.name());
                }
                catch (ProvisioningException ex) {
                    // another run created it meanwhile: its settings are checked on the next run
                    if (!(ex.getCause() instanceof TopicExistsException)) {
                        throw ex;
                    }
                }
            }
            created.add(topic.name());
        }
        List<TopicSpec> present = plan.stream().filter(topic -> existing.contains(topic.name())).toList();
        if (present.isEmpty()) {
            return new Outcome(created, updated, unchanged, partitionsDiffer);
        }
        Map<String, TopicDescription> descriptions = await(
                admin.describeTopics(present.stream().map(TopicSpec::name).toList()).allTopicNames(),
                "describe the topics");
        Map<ConfigResource, Config> configs = await(admin.describeConfigs(present.stream()
            .map(topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic.name()))
            .toList()).all(), "read the topics' settings");
        Map<ConfigResource, Collection<AlterConfigOp>> changes = new HashMap<>();
        for (TopicSpec topic : present) {
            int partitions = descriptions.get(topic.name()).partitions().size();
            if (partitions != topic.partitions()) {
                out.printf("WARN %s has %d partitions, the plan %d: left as it is (changing it moves keys)%n",
                        topic.name(), partitions, topic.partitions());
                partitionsDiffer.add(topic.name());
            }
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic.name());
            Config actual = configs.get(resource);
            List<AlterConfigOp> ops = new ArrayList<>();
            for (Map.Entry<String, String> setting : topic.configs().entrySet()) {
                ConfigEntry entry = actual.get(setting.getKey());
                @Nullable String value = entry == null ? null : entry.value();
                if (!setting.getValue().equals(value)) {
                    out.printf("%s %s: %s %s -> %s%n", dryRun ? "would set" : "set", topic.name(), setting.getKey(),
                            value, setting.getValue());
                    ops.add(new AlterConfigOp(new ConfigEntry(setting.getKey(), setting.getValue()),
                            AlterConfigOp.OpType.SET));
                }
            }
            if (ops.isEmpty()) {
                unchanged.add(topic.name());
            }
            else {
                changes.put(resource, ops);
                updated.add(topic.name());
            }
        }
        if (!dryRun && !changes.isEmpty()) {
            await(admin.incrementalAlterConfigs(changes).all(), "change the topics' settings");
        }
        return new Outcome(created, updated, unchanged, partitionsDiffer);
    }

    /** The plan as the Markdown table of docs/operations.md. */
    static String table(List<TopicSpec> plan) {
        StringBuilder table = new StringBuilder("| topic | cleanup | retention | holds |\n| --- | --- | --- | --- |\n");
        for (TopicSpec topic : plan) {
            String retention = topic.configs().get("retention.ms");
            table.append("| `")
                .append(topic.name())
                .append("` | ")
                .append(topic.configs().get("cleanup.policy"))
                .append(" | ")
                .append(retention == null ? "-" : Duration.ofMillis(Long.parseLong(retention)).toDays() + " days")
                .append(" | ")
                .append(topic.purpose())
                .append(" |\n");
        }
        return table.toString();
    }

    private static <T> T await(org.apache.kafka.common.KafkaFuture<T> future, String what) {
        try {
            return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (ExecutionException ex) {
            throw new ProvisioningException("could not " + what + ": " + ex.getCause().getMessage(), ex.getCause());
        }
        catch (TimeoutException ex) {
            throw new ProvisioningException("could not " + what + " within " + TIMEOUT + "; is the broker reachable?",
                    ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new ProvisioningException("interrupted while trying to " + what, ex);
        }
    }

    record Options(String bootstrapServers, @Nullable Path commandConfig, int partitions, short replicas,
            boolean dryRun, boolean table, Map<String, String> environmentClient) {

        static Options parse(String[] args, Map<String, String> env) {
            String bootstrap = env.getOrDefault("KAFKA_BOOTSTRAP_SERVERS",
                    env.getOrDefault("SPRING_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"));
            String config = env.get("KAIROS_KAFKA_CLIENT_CONFIG");
            String partitions = env.getOrDefault("KAIROS_TOPIC_PARTITIONS", "3");
            String replicas = env.getOrDefault("KAIROS_TOPIC_REPLICAS", "1");
            boolean dryRun = false;
            boolean table = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--bootstrap-server" -> bootstrap = value(args, ++i);
                    case "--command-config" -> config = value(args, ++i);
                    case "--partitions" -> partitions = value(args, ++i);
                    case "--replication-factor" -> replicas = value(args, ++i);
                    case "--dry-run" -> dryRun = true;
                    case "--table" -> table = true;
                    default -> throw new UsageException("unknown option " + args[i]);
                }
            }
            return new Options(bootstrap, config == null || config.isBlank() ? null : Path.of(config),
                    number("partitions", partitions), (short) number("replication factor", replicas), dryRun, table,
                    clientSettings(env));
        }

        /**
         * The client settings the services take from their environment (Spring Boot's {@code spring.kafka.*}), so
         * that one ConfigMap and Secret serve the services and this command alike.
         */
        static Map<String, String> clientSettings(Map<String, String> env) {
            Map<String, String> settings = new HashMap<>();
            Map<String, String> named = Map.of("SPRING_KAFKA_SECURITY_PROTOCOL", "security.protocol",
                    "SPRING_KAFKA_SSL_TRUST_STORE_LOCATION", "ssl.truststore.location",
                    "SPRING_KAFKA_SSL_TRUST_STORE_TYPE", "ssl.truststore.type",
                    "SPRING_KAFKA_SSL_TRUST_STORE_PASSWORD", "ssl.truststore.password",
                    "SPRING_KAFKA_SSL_KEY_STORE_LOCATION", "ssl.keystore.location",
                    "SPRING_KAFKA_SSL_KEY_STORE_TYPE", "ssl.keystore.type",
                    "SPRING_KAFKA_SSL_KEY_STORE_PASSWORD", "ssl.keystore.password");
            String prefix = "SPRING_KAFKA_PROPERTIES_";
            for (Map.Entry<String, String> variable : env.entrySet()) {
                String name = variable.getKey();
                String value = variable.getValue();
                if (named.containsKey(name)) {
                    // Spring resources name files as file:/path; the Kafka client wants the path
                    settings.put(named.get(name), value.startsWith("file:") ? value.substring(5) : value);
                }
                else if (name.startsWith(prefix) && name.length() > prefix.length()) {
                    settings.put(name.substring(prefix.length()).toLowerCase(Locale.ROOT).replace('_', '.'),
                            value);
                }
            }
            return settings;
        }

        Properties clientProperties() {
            Properties properties = new Properties();
            properties.putAll(environmentClient);
            if (commandConfig != null) {
                try (Reader reader = Files.newBufferedReader(commandConfig)) {
                    properties.load(reader);
                }
                catch (IOException ex) {
                    throw new ProvisioningException("cannot read " + commandConfig + ": " + ex.getMessage(), ex);
                }
            }
            properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            properties.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "kairos-topics");
            return properties;
        }

        private static String value(String[] args, int index) {
            if (index >= args.length) {
                throw new UsageException(args[index - 1] + " needs a value");
            }
            return args[index];
        }

        private static int number(String what, String value) {
            try {
                int number = Integer.parseInt(value.trim());
                if (number < 1 || number > Short.MAX_VALUE) {
                    throw new UsageException(what + " must be between 1 and " + Short.MAX_VALUE + ": " + value);
                }
                return number;
            }
            catch (NumberFormatException ex) {
                throw new UsageException(what + " must be a number: " + value);
            }
        }
    }

    static final class UsageException extends RuntimeException {

        UsageException(String message) {
            super(message);
        }
    }

    static final class ProvisioningException extends RuntimeException {

        ProvisioningException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
