package dev.kairos.leads.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import dev.kairos.events.Json;
import dev.kairos.events.Lead;
import dev.kairos.events.Topics;
import dev.kairos.leads.publish.LeadHistory;
import dev.kairos.leads.publish.LeadTopology;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.ThreadMetadata;
import org.apache.kafka.streams.TaskMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Component;

/**
 * The publisher's lead history store, read through Kafka Streams interactive queries: which instance owns which
 * partitions, and this instance's partitions, each read on its own so that an answer names exactly the partitions it
 * covers.
 */
@Component
class LeadStore {

    /** The store is partitioned like the topology's input: a task, and its part of the store, per partition. */
    private static final String SOURCE_TOPIC = Topics.TRIGGER_MATCHES.name();

    private final StreamsBuilderFactoryBean streams;

    private final AdvertisedServer server;

    LeadStore(StreamsBuilderFactoryBean streams, AdvertisedServer server) {
        this.streams = streams;
        this.server = server;
    }

    /**
     * Which instance owns which partitions of the store now, this instance among them (also when it owns none).
     * Without an advertised API ({@code application.server} unset) the instances know nothing of each other, and this
     * instance stands alone with its own partitions.
     */
    Owners owners() {
        KafkaStreams running = running();
        HostInfo self = server.self();
        SortedSet<Integer> local = localPartitions(running);
        if (self == null) {
            return new Owners(HostInfo.unavailable(), Map.of(HostInfo.unavailable(), local));
        }
        Map<HostInfo, SortedSet<Integer>> byHost = new LinkedHashMap<>();
        byHost.put(self, new TreeSet<>());
        try {
            for (StreamsMetadata instance : running.streamsMetadataForStore(LeadTopology.HISTORY_STORE)) {
                byHost.computeIfAbsent(instance.hostInfo(), host -> new TreeSet<>())
                    .addAll(partitions(instance.topicPartitions()));
            }
        }
        catch (IllegalStateException ex) {
            throw new StoreUnavailableException("the lead store is not ready: " + ex.getMessage());
        }
        if (!byHost.get(self).equals(local)) {
            throw new StoreUnavailableException("the partitions of this instance are moving: the stream metadata says "
                    + byHost.get(self) + ", the stream threads hold " + local);
        }
        return new Owners(self, byHost);
    }

    /** Every revision of a lead, if one of this instance's partitions holds it (a lead's revisions lie together). */
    Local<Optional<LeadHistory>> find(String leadId) {
        KafkaStreams running = running();
        SortedSet<Integer> partitions = localPartitions(running);
        List<Lead> revisions = new ArrayList<>();
        read(() -> {
            for (int partition : partitions) {
                try (KeyValueIterator<String, byte[]> all = partition(running, partition).prefixScan(leadId + "\n",
                        new StringSerializer())) {
                    all.forEachRemaining(revision -> revisions.add(lead(revision.value)));
                }
                if (!revisions.isEmpty()) {
                    break;
                }
            }
        });
        Optional<LeadHistory> found = revisions.isEmpty() ? Optional.empty()
                : Optional.of(new LeadHistory(leadId, revisions));
        return new Local<>(found, partitions);
    }

    /** The query's window of the leads of this instance's partitions. */
    Local<LeadQuery.LeadWindow> select(LeadQuery query) {
        KafkaStreams running = running();
        SortedSet<Integer> partitions = localPartitions(running);
        List<LeadQuery.LeadWindow> windows = new ArrayList<>();
        read(() -> {
            for (int partition : partitions) {
                try (KeyValueIterator<String, byte[]> all = partition(running, partition).all()) {
                    windows.add(query.collect(latestRevisions(all)));
                }
            }
        });
        return new Local<>(query.merge(windows), partitions);
    }

    /**
     * Each lead's latest revision: a lead's revisions are adjacent and in order in the store, under keys that start
     * with its id and a line break; only the latest is read.
     */
    private static Iterator<Lead> latestRevisions(KeyValueIterator<String, byte[]> all) {
        return new Iterator<>() {

            private @Nullable KeyValue<String, byte[]> pending = all.hasNext() ? all.next() : null;

            @Override
            public boolean hasNext() {
                return pending != null;
            }

            @Override
            public Lead next() {
                KeyValue<String, byte[]> latest = pending;
                if (latest == null) {
                    throw new NoSuchElementException();
                }
                pending = null;
                String leadId = leadIdOf(latest.key);
                while (all.hasNext()) {
                    KeyValue<String, byte[]> next = all.next();
                    if (!leadIdOf(next.key).equals(leadId)) {
                        pending = next;
                        break;
                    }
                    latest = next;
                }
                return lead(latest.value);
            }
        };
    }

    private static void read(Runnable reading) {
        try {
            reading.run();
        }
        catch (InvalidStateStoreException ex) {
            // a partition migrated or closed while it was read
            throw new StoreUnavailableException("the lead store is not readable now: " + ex.getMessage());
        }
    }

    private static String leadIdOf(String historyKey) {
        return historyKey.substring(0, historyKey.indexOf('\n'));
    }

    private static Lead lead(byte[] json) {
        return Json.mapper().readValue(json, Lead.class);
    }

    private static ReadOnlyKeyValueStore<String, byte[]> partition(KafkaStreams running, int partition) {
        return running.store(StoreQueryParameters
            .fromNameAndType(LeadTopology.HISTORY_STORE, QueryableStoreTypes.<String, byte[]>keyValueStore())
            .withPartition(partition));
    }

    /** The partitions whose active tasks run on this instance's stream threads now. */
    private static SortedSet<Integer> localPartitions(KafkaStreams running) {
        SortedSet<Integer> partitions = new TreeSet<>();
        for (ThreadMetadata thread : running.metadataForLocalThreads()) {
            for (TaskMetadata task : thread.activeTasks()) {
                partitions.addAll(partitions(task.topicPartitions()));
            }
        }
        return partitions;
    }

    private static Set<Integer> partitions(Set<TopicPartition> topicPartitions) {
        Set<Integer> partitions = new TreeSet<>();
        for (TopicPartition partition : topicPartitions) {
            if (partition.topic().equals(SOURCE_TOPIC)) {
                partitions.add(partition.partition());
            }
        }
        return partitions;
    }

    /** Kafka Streams, when it runs; during start-up and every rebalance the stores give no complete answer. */
    private KafkaStreams running() {
        KafkaStreams kafkaStreams = streams.getKafkaStreams();
        if (kafkaStreams == null || kafkaStreams.state() != KafkaStreams.State.RUNNING) {
            throw new StoreUnavailableException("the lead store is not ready: Kafka Streams is "
                    + (kafkaStreams == null ? "not started" : kafkaStreams.state()));
        }
        return kafkaStreams;
    }

    /**
     * An answer from this instance's own partitions.
     *
     * @param value the answer
     * @param partitions the partitions it covers
     */
    record Local<T>(T value, SortedSet<Integer> partitions) {

        Local {
            partitions = Collections.unmodifiableSortedSet(new TreeSet<>(partitions));
        }
    }

    /**
     * Who owns which partitions of the store.
     *
     * @param self this instance
     * @param byHost each instance (this one too) and the partitions it owns
     */
    record Owners(HostInfo self, Map<HostInfo, SortedSet<Integer>> byHost) {

        Owners {
            byHost = Collections.unmodifiableMap(new LinkedHashMap<>(byHost));
        }

        /** The other instances that own partitions. */
        List<HostInfo> others() {
            return byHost.entrySet()
                .stream()
                .filter(owner -> !owner.getKey().equals(self) && !owner.getValue().isEmpty())
                .map(Map.Entry::getKey)
                .toList();
        }

        SortedSet<Integer> of(HostInfo host) {
            return byHost.getOrDefault(host, Collections.emptySortedSet());
        }

        /** A partition claimed by two instances: the metadata is between two assignments. */
        boolean overlapping() {
            Set<Integer> seen = new TreeSet<>();
            return byHost.values().stream().flatMap(Set::stream).anyMatch(partition -> !seen.add(partition));
        }
    }

    /** The store cannot answer now (starting, rebalancing); the reader should try again shortly. */
    static final class StoreUnavailableException extends RuntimeException {

        StoreUnavailableException(String message) {
            super(message);
        }
    }
}
