package dev.kairos.topics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TopicPlanTest {

    private static final List<String> INPUTS = List.of("trigger.events", "crm.accounts", "trigger.rules",
            "ingest.sources", "ingest.seen", "trigger.matches");

    private final Map<String, TopicSpec> plan = TopicPlan.topics(6, (short) 3)
        .stream()
        .collect(Collectors.toMap(TopicSpec::name, Function.identity()));

    @Test
    void holdsEveryTopicOfKairosAndEveryInputsDeadLetterTopic() {
        assertThat(plan).containsKeys("trigger.events", "crm.accounts", "trigger.rules", "ingest.sources",
                "ingest.seen", "trigger.matches", "trigger.unmatched", "trigger.rules.audit", "api.audit", "leads",
                "leads.dlt", "trigger-matcher.account-index");
        INPUTS.forEach(input -> assertThat(plan).containsKey(input + ".dlt"));
        assertThat(plan.values()).allSatisfy(topic -> {
            assertThat(topic.partitions()).isEqualTo(6);
            assertThat(topic.replicas()).isEqualTo((short) 3);
            assertThat(topic.configs()).containsEntry("min.insync.replicas", "2");
        });
    }

    @Test
    void compactsTheTablesAndKeepsSeenItemsForNinetyDays() {
        for (String table : List.of("crm.accounts", "trigger.rules", "ingest.sources",
                "trigger-matcher.account-index")) {
            assertThat(plan.get(table).configs()).containsEntry("cleanup.policy", "compact")
                .doesNotContainKey("retention.ms");
        }
        assertThat(plan.get("ingest.seen").configs()).containsEntry("cleanup.policy", "compact,delete")
            .containsEntry("retention.ms", String.valueOf(Duration.ofDays(90).toMillis()));
        assertThat(plan.get("trigger.events").configs()).containsEntry("cleanup.policy", "delete")
            .containsKey("retention.ms");
    }

    @Test
    void oneReplicaNeedsNoMinimumInSyncSetting() {
        assertThat(TopicPlan.topics(1, (short) 1)).allSatisfy(
                topic -> assertThat(topic.configs()).doesNotContainKey("min.insync.replicas"));
    }

    @Test
    void theOperationsPageShowsThePlan() throws IOException {
        Path page = Path.of("../../docs/operations.md");
        assertThat(Files.readString(page))
            .as("docs/operations.md must contain the table `kairos-topics --table` prints")
            .contains(KairosTopics.table(TopicPlan.topics(3, (short) 1)));
    }

    @Test
    void refusesNonsenseCountsWithAClearMessage() {
        assertThatThrownBy(() -> KairosTopics.Options.parse(new String[] { "--partitions", "0" }, Map.of()))
            .isInstanceOf(KairosTopics.UsageException.class)
            .hasMessageContaining("partitions must be between 1");
        assertThatThrownBy(() -> KairosTopics.Options.parse(new String[] { "--replication-factor", "x" }, Map.of()))
            .hasMessage("replication factor must be a number: x");
        assertThatThrownBy(() -> KairosTopics.Options.parse(new String[] { "--bootstrap-server" }, Map.of()))
            .hasMessage("--bootstrap-server needs a value");
    }

    @Test
    void takesItsSettingsFromTheEnvironmentAndOptionsWin() {
        var options = KairosTopics.Options.parse(new String[] { "--partitions", "12" },
                Map.of("KAFKA_BOOTSTRAP_SERVERS", "kafka-0:9093", "KAIROS_TOPIC_PARTITIONS", "6",
                        "KAIROS_TOPIC_REPLICAS", "3"));
        assertThat(options.bootstrapServers()).isEqualTo("kafka-0:9093");
        assertThat(options.partitions()).isEqualTo(12);
        assertThat(options.replicas()).isEqualTo((short) 3);
    }

    @Test
    void takesTlsAndSaslSettingsFromTheServicesVariables() {
        var options = KairosTopics.Options.parse(new String[0],
                Map.of("SPRING_KAFKA_BOOTSTRAP_SERVERS", "kafka-0:9093", "SPRING_KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                        "SPRING_KAFKA_SSL_TRUST_STORE_LOCATION", "file:/etc/kairos/kafka-tls/ca.crt",
                        "SPRING_KAFKA_SSL_TRUST_STORE_TYPE", "PEM", "SPRING_KAFKA_PROPERTIES_SASL_MECHANISM",
                        "SCRAM-SHA-512", "SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG", "ScramLoginModule required;",
                        "HOME", "/root"));

        assertThat(options.clientProperties()).containsEntry("bootstrap.servers", "kafka-0:9093")
            .containsEntry("security.protocol", "SASL_SSL")
            .containsEntry("ssl.truststore.location", "/etc/kairos/kafka-tls/ca.crt")
            .containsEntry("ssl.truststore.type", "PEM")
            .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
            .containsEntry("sasl.jaas.config", "ScramLoginModule required;")
            .hasSize(7);
    }
}
