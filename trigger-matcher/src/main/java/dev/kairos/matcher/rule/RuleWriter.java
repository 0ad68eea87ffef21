package dev.kairos.matcher.rule;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;

import dev.kairos.events.Json;
import dev.kairos.events.RuleChange;
import dev.kairos.events.Topics;
import dev.kairos.events.TriggerRule;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Changes rules: each change is checked against this instance's view of the rule (the expected version), stamped with
 * the next version, who and when, and written with its {@link RuleChange} audit record in one Kafka transaction, so a
 * rule never changes without its audit record nor the other way round. Changes on one instance are serialised; between
 * instances the version check uses each instance's view, so two changes racing on two instances within the moment it
 * takes a change to travel both succeed, and the later write wins.
 */
@Component
class RuleWriter implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RuleWriter.class);

    static final String ACTIONS = "create|replace|patch|delete|enable|disable";

    private final RuleCatalog catalog;

    private final Map<String, Object> producerConfig;

    private final Clock clock;

    private final Duration timeout;

    private final MeterRegistry meters;

    private final ReentrantLock lock = new ReentrantLock();

    private @Nullable KafkaProducer<String, byte[]> producer;

    RuleWriter(RuleCatalog catalog, KafkaProperties kafka, Clock clock, RuleSettings settings, MeterRegistry meters) {
        this.catalog = catalog;
        this.clock = clock;
        this.timeout = settings.writeTimeout();
        this.meters = meters;
        this.producerConfig = kafka.buildProducerProperties();
        // a fresh id per instance run: transactions here give atomicity of rule + audit, not zombie fencing
        producerConfig.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "trigger-matcher-rules-" + UUID.randomUUID());
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) timeout.toMillis());
        for (String action : ACTIONS.split("\\|")) {
            changes(action);
        }
    }

    /**
     * Applies {@code edit} to the current rule (null when there is none) and writes the result (null deletes).
     *
     * @param expectedVersion the version the client last saw ({@code If-Match}); null to change unconditionally
     * @return the change as audited
     * @throws ErrorResponseException 412 when the rule is not at the expected version, 503 when the broker fails
     */
    RuleChange change(String ruleId, String action, @Nullable Long expectedVersion,
            UnaryOperator<@Nullable TriggerRule> edit, String who) {
        lock.lock();
        try {
            TriggerRule before = catalog.rule(ruleId).orElse(null);
            long current = before == null ? 0 : versionOf(before);
            if (expectedVersion != null && expectedVersion != current) {
                throw stale(ruleId, expectedVersion, before == null ? null : current);
            }
            TriggerRule edited = edit.apply(before);
            var now = clock.instant();
            TriggerRule after = edited == null ? null : stamped(edited, current + 1, now, who);
            RuleChange change = new RuleChange(RuleChange.SCHEMA_VERSION, ruleId, action, before, after, who, now);
            write(ruleId, after, change);
            changes(action).increment();
            log.info("Rule {}: {} by {}, now {}", ruleId, action, who,
                    after == null ? "deleted" : "version " + after.version());
            return change;
        }
        finally {
            lock.unlock();
        }
    }

    static long versionOf(TriggerRule rule) {
        return rule.version() == null ? 0 : rule.version();
    }

    private static TriggerRule stamped(TriggerRule rule, long version, java.time.Instant at, String who) {
        return new TriggerRule(TriggerRule.SCHEMA_VERSION, rule.ruleId(), rule.name(), rule.triggerTypes(),
                rule.accountStatuses(), rule.minConfidence(), rule.segments(), rule.cooldown(), rule.enabled(),
                rule.conditions(), rule.accountFilter(), rule.priority(), rule.campaign(), rule.intent(), version, at,
                who);
    }

    private void write(String ruleId, @Nullable TriggerRule rule, RuleChange change) {
        RecordMetadata written;
        try {
            KafkaProducer<String, byte[]> kafka = producer();
            kafka.beginTransaction();
            try {
                Future<RecordMetadata> ruleWrite = kafka.send(new ProducerRecord<>(Topics.TRIGGER_RULES.name(), ruleId,
                        rule == null ? null : Json.mapper().writeValueAsBytes(rule)));
                kafka.send(new ProducerRecord<>(Topics.TRIGGER_RULES_AUDIT.name(), ruleId,
                        Json.mapper().writeValueAsBytes(change)));
                kafka.commitTransaction();
                written = ruleWrite.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
            catch (KafkaException | ExecutionException | TimeoutException ex) {
                abort(kafka);
                throw ex;
            }
        }
        catch (KafkaException | ExecutionException | TimeoutException ex) {
            throw unavailable("trigger.rules did not accept the change of " + ruleId + ": " + ex.getMessage(), ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted while writing " + ruleId, ex);
        }
        // read-your-writes: answer once this instance's own view has the change
        if (!catalog.awaitApplied(new TopicPartition(written.topic(), written.partition()), written.offset(),
                timeout)) {
            log.warn("Rule {} was written but not read back within {}", ruleId, timeout);
        }
    }

    private void abort(KafkaProducer<String, byte[]> kafka) {
        try {
            kafka.abortTransaction();
        }
        catch (KafkaException ex) {
            // a producer whose transaction cannot even be aborted is of no more use: start afresh next time
            log.warn("Closing the rule producer after a failed abort: {}", ex.getMessage());
            kafka.close(Duration.ZERO);
            producer = null;
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            KafkaProducer<String, byte[]> created = new KafkaProducer<>(producerConfig, new StringSerializer(),
                    new ByteArraySerializer());
            created.initTransactions();
            producer = created;
        }
        return Objects.requireNonNull(producer);
    }

    private Counter changes(String action) {
        return Counter.builder("kairos.matcher.rule.changes")
            .description("Changes to trigger rules, by action")
            .tag("action", action)
            .register(meters);
    }

    private static ErrorResponseException stale(String ruleId, long expected, @Nullable Long current) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
                current == null ? "Rule '" + ruleId + "' does not exist (If-Match expected version " + expected + ")."
                        : "Rule '" + ruleId + "' is at version " + current + ", not " + expected
                                + ": read it again and re-apply your change.");
        problem.setTitle("Rule changed meanwhile");
        if (current != null) {
            problem.setProperty("currentVersion", current);
        }
        return new ErrorResponseException(HttpStatus.PRECONDITION_FAILED, problem, null);
    }

    private static ErrorResponseException unavailable(String detail, Exception cause) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
        problem.setTitle("Rule store unavailable");
        return new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, cause);
    }

    @Override
    public void destroy() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
