package dev.kairos.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kairos.events.AccountStatus;
import dev.kairos.events.Json;
import dev.kairos.events.Lead;
import dev.kairos.events.Topics;
import dev.kairos.events.TriggerType;
import dev.kairos.leads.PublisherApplication;
import dev.kairos.test.KafkaBroker;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** The local run's wiring: the publisher, configured as the local run does it, delivers a lead to the demo receiver. */
class DemoWebhookIT {

    @TempDir
    Path stateDir;

    @Test
    void deliversALeadWithoutCampaignToTheDemoReceiverWhichVerifiesIt() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        String run = UUID.randomUUID().toString().substring(0, 8);
        try (WebhookReceiver receiver = WebhookReceiver.start(0,
                new PrintStream(printed, true, StandardCharsets.UTF_8), Clock.systemUTC())) {
            Map<String, Object> properties = new HashMap<>(LocalKairos.properties(receiver,
                    Map.of("server.port", 0, "management.server.port", 0, "spring.main.banner-mode", "off")));
            properties.put("spring.kafka.bootstrap-servers", KafkaBroker.bootstrapServers());
            properties.put("spring.kafka.streams.state-dir", stateDir.toString());
            properties.put("spring.kafka.streams.application-id", "lead-publisher-demo-" + run);
            properties.put("trigger.publisher.webhooks.application-id", "lead-publisher-webhooks-demo-" + run);
            String[] args = properties.entrySet()
                .stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
            try (ConfigurableApplicationContext publisher = PublisherApplication.builder().run(args)) {
                Lead lead = lead("DEMO-" + run);
                send(lead);

                await().atMost(Duration.ofSeconds(90))
                    .until(() -> printed.toString(StandardCharsets.UTF_8).contains("(DEMO-" + run + ")"));
                assertThat(printed.toString(StandardCharsets.UTF_8).lines()
                    .filter(line -> line.contains("(DEMO-" + run + ")")))
                    .singleElement()
                    .asString()
                    .matches("WEBHOOK demo  Demo Co \\(DEMO-" + run + "\\) +rev 1  hot +signature ok");
            }
        }
    }

    private static void send(Lead lead) {
        try (KafkaProducer<String, Lead> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers()), new StringSerializer(),
                Json.serde(Topics.LEADS).serializer())) {
            producer.send(new ProducerRecord<>(Topics.LEADS.name(), lead.accountId(), lead));
        }
    }

    private static Lead lead(String account) {
        Instant now = Instant.now();
        return new Lead(Lead.SCHEMA_VERSION, "lead-" + account, account, "Demo Co", AccountStatus.PROSPECT, "default",
                TriggerType.FUNDING_ROUND, "e-" + account, "hot", 0.9, now, now, now, List.of(), now, 1,
                Lead.Status.ACTIVE, null, null, List.of(), null, null, List.of(), null, null, null);
    }
}
