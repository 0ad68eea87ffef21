package dev.kairos.local;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.kairos.events.Json;
import dev.kairos.events.Lead;
import dev.kairos.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

/** Reads {@code leads} from the beginning and prints each lead as one line. */
final class LeadPrinter implements Runnable, AutoCloseable {

    private final KafkaConsumer<String, Lead> consumer;

    private final PrintStream out;

    private final Thread thread = Thread.ofPlatform().name("lead-printer").unstarted(this);

    LeadPrinter(String bootstrapServers, PrintStream out) {
        this.consumer = new KafkaConsumer<>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                Json.keySerde().deserializer(), Json.serde(Topics.LEADS).deserializer());
        this.out = out;
    }

    void start() {
        thread.start();
    }

    @Override
    public void run() {
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.LEADS.name())
            .stream()
            .map(info -> new TopicPartition(info.topic(), info.partition()))
            .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        try {
            while (true) {
                for (ConsumerRecord<String, Lead> record : consumer.poll(Duration.ofSeconds(1))) {
                    out.println(format(record.value()));
                }
            }
        }
        catch (WakeupException stopping) {
            // close() asked us to stop
        }
        finally {
            consumer.close();
        }
    }

    /**
     * E.g. {@code LEAD hot      r1 Acme Labs (PROSPECT)  FUNDING_ROUND  3 days ago  score 0.90  https://…}: the
     * segment, the revision (raised on every merge and ageing), the account, the newest trigger, its age when the
     * revision was written (by the publisher's clock, which a demo may run fast), the score and the evidence.
     */
    static String format(Lead lead) {
        long days = Duration.between(lead.occurredAt(), lead.emittedAt()).toDays();
        String url = lead.evidence().isEmpty() || lead.evidence().getFirst().url() == null ? ""
                : lead.evidence().getFirst().url();
        // "day ago " is padded to the width of "days ago" so that the columns after it stay aligned
        int revision = lead.revision() == null ? 1 : lead.revision();
        return String.format(Locale.ROOT, "LEAD %-8s r%-2d %-34s %-22s %3d %s  score %.2f  %s", lead.segment(),
                revision, lead.accountName() + " (" + lead.accountStatus() + ")", lead.triggerType(), days,
                days == 1 ? "day ago " : "days ago", lead.score(), url);
    }

    @Override
    public void close() throws InterruptedException {
        consumer.wakeup();
        thread.join(Duration.ofSeconds(5));
    }
}
