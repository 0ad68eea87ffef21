package dev.kairos.topics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.kairos.events.Topics;
import org.apache.kafka.common.config.TopicConfig;

/**
 * Every topic of Kairos with its settings: the one list that provisioning, the docs' table and the tests share.
 * The services' own topic creation (for the local run and tests) makes the same names; in production it is off and
 * this plan is the truth.
 */
final class TopicPlan {

    static final String TRIGGER_UNMATCHED = "trigger.unmatched";

    static final String TRIGGER_RULES_AUDIT = "trigger.rules.audit";

    static final String API_AUDIT = "api.audit";

    static final String LEADS_DLT = "leads.dlt";

    /** The matcher's compacted index of accounts by key: written by its topology, read into a global store. */
    static final String ACCOUNT_INDEX = "trigger-matcher.account-index";

    static final Duration SEEN_RETENTION = Duration.ofDays(90);

    /** Records kept on the unbounded (delete) topics unless told otherwise. */
    static final Duration DEFAULT_RETENTION = Duration.ofDays(30);

    /** Dead letters are kept long enough to be inspected and replayed after a holiday. */
    static final Duration DEAD_LETTER_RETENTION = Duration.ofDays(30);

    /** Audit records are kept for a year. */
    static final Duration AUDIT_RETENTION = Duration.ofDays(365);

    private TopicPlan() {
    }

    /**
     * The topics for a cluster.
     *
     * @param partitions partitions of every topic; ingest.sources and ingest.seen must have the same count, and the
     *     Streams apps' co-partitioned inputs too, so one number serves all
     * @param replicas replication factor of every topic
     */
    static List<TopicSpec> topics(int partitions, short replicas) {
        var plan = new Builder(partitions, replicas);
        plan.delete(Topics.TRIGGER_EVENTS.name(), DEFAULT_RETENTION, "trigger events from ingest and POST /api/signals");
        plan.compact(Topics.CRM_ACCOUNTS.name(), "CRM accounts by accountId");
        plan.compact(Topics.TRIGGER_RULES.name(), "trigger rules by ruleId");
        plan.compact(Topics.INGEST_SOURCES.name(), "ingest's sources by sourceId");
        plan.add(Topics.INGEST_SEEN, Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, "compact,delete",
                TopicConfig.RETENTION_MS_CONFIG, millis(SEEN_RETENTION)), "items ingest has read, per source");
        plan.compact(ACCOUNT_INDEX, "the matcher's account index (written and read by its topology)");
        plan.delete(Topics.TRIGGER_MATCHES.name(), DEFAULT_RETENTION, "event x account x rule matches");
        plan.delete(TRIGGER_UNMATCHED, DEFAULT_RETENTION, "events with no account or an ambiguous one");
        plan.delete(TRIGGER_RULES_AUDIT, AUDIT_RETENTION, "audit of rule changes");
        plan.delete(API_AUDIT, AUDIT_RETENTION, "audit of every change through a REST API");
        plan.delete(Topics.LEADS.name(), DEFAULT_RETENTION, "leads for marketing automation");
        plan.delete(LEADS_DLT, DEAD_LETTER_RETENTION, "leads whose webhook delivery finally failed");
        for (String input : List.of(Topics.TRIGGER_EVENTS.name(), Topics.CRM_ACCOUNTS.name(),
                Topics.TRIGGER_RULES.name(), Topics.INGEST_SOURCES.name(), Topics.INGEST_SEEN,
                Topics.TRIGGER_MATCHES.name())) {
            plan.delete(input + ".dlt", DEAD_LETTER_RETENTION, "unreadable records of " + input);
        }
        return plan.topics;
    }

    private static String millis(Duration duration) {
        return String.valueOf(duration.toMillis());
    }

    private static final class Builder {

        private final int partitions;

        private final short replicas;

        private final List<TopicSpec> topics = new ArrayList<>();

        Builder(int partitions, short replicas) {
            this.partitions = partitions;
            this.replicas = replicas;
        }

        void compact(String name, String purpose) {
            add(name, Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT), purpose);
        }

        void delete(String name, Duration retention, String purpose) {
            add(name, Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                    TopicConfig.RETENTION_MS_CONFIG, millis(retention)), purpose);
        }

        void add(String name, Map<String, String> configs, String purpose) {
            Map<String, String> settings = new LinkedHashMap<>(new TreeMap<>(configs));
            if (replicas > 1) {
                // with one replica down, writes (acks=all) still succeed; with two, they stop instead of losing data
                settings.put(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(Math.min(2, replicas - 1)));
            }
            topics.add(new TopicSpec(name, partitions, replicas, settings, purpose));
        }
    }
}
