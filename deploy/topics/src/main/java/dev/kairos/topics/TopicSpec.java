package dev.kairos.topics;

import java.util.Map;
import java.util.Objects;

/**
 * One topic as Kairos needs it.
 *
 * @param name the topic's name
 * @param partitions its partition count
 * @param replicas its replication factor
 * @param configs its topic-level settings (cleanup policy, retention, ...); the broker's defaults for the rest
 * @param purpose what it holds, for the table in docs/operations.md
 */
record TopicSpec(String name, int partitions, short replicas, Map<String, String> configs, String purpose) {

    TopicSpec {
        Objects.requireNonNull(name, "name");
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions of " + name + " must be at least 1: " + partitions);
        }
        if (replicas < 1) {
            throw new IllegalArgumentException("replicas of " + name + " must be at least 1: " + replicas);
        }
        configs = Map.copyOf(configs);
    }
}
