package dev.kairos.topics;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.kairos.test.KafkaBroker;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Provisioning against the real broker of the test JVM. */
class KairosTopicsIT {

    private static Admin admin;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private final KairosTopics topics = new KairosTopics(new PrintStream(printed, true, StandardCharsets.UTF_8));

    @BeforeAll
    static void connect() {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers()));
    }

    @AfterAll
    static void disconnect() {
        admin.close();
    }

    /** The plan under a prefix of its own, so that other tests' topics on the same broker do not meet it. */
    private static List<TopicSpec> plan(String prefix, int partitions) {
        return TopicPlan.topics(partitions, (short) 1)
            .stream()
            .map(topic -> new TopicSpec(prefix + topic.name(), topic.partitions(), topic.replicas(), topic.configs(),
                    topic.purpose()))
            .toList();
    }

    @Test
    void createsEveryTopicOnceAndThenChangesNothing() throws Exception {
        String prefix = "p" + UUID.randomUUID().toString().substring(0, 8) + ".";
        List<TopicSpec> plan = plan(prefix, 2);

        KairosTopics.Outcome first = topics.apply(admin, plan, false);

        Set<String> names = plan.stream().map(TopicSpec::name).collect(Collectors.toSet());
        assertThat(first.created()).containsExactlyInAnyOrderElementsOf(names);
        awaitTopics(names);
        Map<String, Integer> partitions = admin.describeTopics(names)
            .allTopicNames()
            .get()
            .entrySet()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().partitions().size()));
        assertThat(partitions.values()).containsOnly(2);
        Config seen = config(prefix + "ingest.seen");
        assertThat(seen.get("cleanup.policy").value()).isEqualTo("compact,delete");
        assertThat(seen.get("retention.ms").value()).isEqualTo("7776000000");
        assertThat(config(prefix + "crm.accounts").get("cleanup.policy").value()).isEqualTo("compact");

        KairosTopics.Outcome second = topics.apply(admin, plan, false);

        assertThat(second.created()).isEmpty();
        assertThat(second.updated()).isEmpty();
        assertThat(second.unchanged()).containsExactlyInAnyOrderElementsOf(names);
    }

    @Test
    void bringsDriftedSettingsBackAndReportsButKeepsAnotherPartitionCount() throws Exception {
        String prefix = "d" + UUID.randomUUID().toString().substring(0, 8) + ".";
        topics.apply(admin, plan(prefix, 2), false);
        awaitTopics(plan(prefix, 2).stream().map(TopicSpec::name).collect(Collectors.toSet()));
        ConfigResource events = new ConfigResource(ConfigResource.Type.TOPIC, prefix + "trigger.events");
        admin.incrementalAlterConfigs(Map.of(events,
                List.of(new AlterConfigOp(new ConfigEntry("retention.ms", "3600000"), AlterConfigOp.OpType.SET))))
            .all()
            .get();

        KairosTopics.Outcome dryRun = topics.apply(admin, plan(prefix, 3), true);

        assertThat(dryRun.updated()).containsExactly(prefix + "trigger.events");
        assertThat(config(prefix + "trigger.events").get("retention.ms").value()).isEqualTo("3600000");
        assertThat(dryRun.partitionsDiffer()).hasSize(plan(prefix, 3).size());

        KairosTopics.Outcome fixed = topics.apply(admin, plan(prefix, 3), false);

        assertThat(fixed.updated()).containsExactly(prefix + "trigger.events");
        assertThat(config(prefix + "trigger.events").get("retention.ms").value()).isEqualTo("2592000000");
        assertThat(admin.describeTopics(List.of(prefix + "leads")).allTopicNames().get().get(prefix + "leads")
            .partitions()).hasSize(2);
        assertThat(printed.toString(StandardCharsets.UTF_8))
            .contains("set " + prefix + "trigger.events: retention.ms 3600000 -> 2592000000")
            .contains("WARN " + prefix + "leads has 2 partitions, the plan 3");
    }

    @Test
    void runsAsTheCommandDoes() {
        String bootstrap = KafkaBroker.bootstrapServers();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = KairosTopics.run(new String[] { "--bootstrap-server", bootstrap, "--dry-run" }, Map.of(),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern("\\d+ created, \\d+ updated, \\d+ unchanged");
    }

    /** Creation is acknowledged before every broker's metadata shows the topic. */
    private static void awaitTopics(Set<String> names) {
        await().atMost(Duration.ofSeconds(30))
            .untilAsserted(() -> assertThat(admin.listTopics().names().get()).containsAll(names));
    }

    private static Config config(String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return admin.describeConfigs(List.of(resource)).all().get().get(resource);
    }
}
