package dev.kairos.matcher.rule;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import dev.kairos.events.Json;
import dev.kairos.events.Topics;
import dev.kairos.events.TriggerRule;
import dev.kairos.service.topic.TopicMirror;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Every rule on the compacted {@code trigger.rules}, read in full by every instance (no consumer group,
 * {@code read_committed}) and kept up to date, so that a change made on any instance applies on all of them as soon as
 * the record is read, typically within a poll of a few milliseconds. The topology reads {@link #book()} per event.
 * Start-up waits until everything on the topic has been read, so that no event is matched against a partial book.
 */
@Component
public class RuleCatalog implements SmartLifecycle, Supplier<RuleBook> {

    private final TopicMirror<TriggerRule> rules;

    private volatile RuleBook book = RuleBook.empty();

    RuleCatalog(KafkaProperties kafka) {
        this.rules = new TopicMirror<>(Topics.TRIGGER_RULES.name(), kafka.buildConsumerProperties(),
                Json.serde(Topics.TRIGGER_RULES).deserializer(), this::rebuild);
    }

    private void rebuild() {
        book = new RuleBook(rules.values());
    }

    /** The rules in force now. */
    public RuleBook book() {
        return book;
    }

    @Override
    public RuleBook get() {
        return book;
    }

    public Optional<TriggerRule> rule(String ruleId) {
        return rules.get(ruleId);
    }

    /** Waits until the record written at {@code offset} of {@code partition} has been read. */
    boolean awaitApplied(TopicPartition partition, long offset, Duration timeout) {
        return rules.awaitApplied(partition, offset, timeout);
    }

    @Override
    public void start() {
        rules.start();
        rules.awaitLoaded();
    }

    @Override
    public void stop() {
        rules.stop();
    }

    @Override
    public boolean isRunning() {
        return rules.isRunning();
    }

    /** Before the rule seeder and Kafka Streams ({@code Integer.MAX_VALUE - 1000}), which match against the book. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1300;
    }
}
