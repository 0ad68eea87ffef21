package dev.kairos.ingest.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.kairos.events.Source;
import dev.kairos.events.Topics;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.stereotype.Component;

/**
 * Decides which sources this instance polls: those on the partitions of {@code ingest.sources} that the consumer group
 * {@value #GROUP} assigns it. The range assignor gives it the same partitions of {@code ingest.seen}, which hold what
 * was already read from those sources. On every assignment both are re-read from the beginning; a source's first poll
 * waits until its seen items are loaded, so a restart or a move to another instance never re-publishes.
 */
@Component
class SourceAssignment implements ConsumerAwareRebalanceListener {

    static final String GROUP = "trigger-ingest-sources";

    private static final Logger log = LoggerFactory.getLogger(SourceAssignment.class);

    private final SourcePoller poller;

    private final SourceReader reader;

    /** Partition → ids of the sources on it. */
    private final Map<Integer, Set<String>> owned = new ConcurrentHashMap<>();

    /** Partition → sources waiting for the partition's seen items; absent once they are loaded. */
    private final Map<Integer, Map<String, Source>> waiting = new HashMap<>();

    /** Partition → end offset of ingest.seen at assignment. */
    private final Map<Integer, Long> seenEnd = new HashMap<>();

    SourceAssignment(SourcePoller poller, SourceReader reader) {
        this.poller = poller;
        this.reader = reader;
    }

    @KafkaListener(id = GROUP, topics = { "ingest.sources", SeenItem.TOPIC }, containerFactory = "sourcesListenerFactory")
    void on(ConsumerRecord<String, Object> record, Consumer<?, ?> consumer) {
        if (record.topic().equals(SeenItem.TOPIC)) {
            if (record.value() instanceof SeenItem seen) {
                reader.remember(seen);
            }
        }
        else {
            onSource(record);
        }
        releaseLoaded(consumer);
    }

    private void onSource(ConsumerRecord<String, Object> record) {
        int partition = record.partition();
        Set<String> ids = owned.computeIfAbsent(partition, p -> ConcurrentHashMap.newKeySet());
        Map<String, Source> pending = waiting.get(partition);
        if (record.value() instanceof Source source) {
            ids.add(source.sourceId());
            if (pending != null) {
                pending.put(source.sourceId(), source);
            }
            else {
                poller.schedule(source, partition);
            }
        }
        else {
            ids.remove(record.key());
            if (pending != null) {
                pending.remove(record.key());
            }
            poller.unschedule(record.key());
        }
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        consumer.seekToBeginning(partitions);
        var seen = partitions.stream().filter(p -> p.topic().equals(SeenItem.TOPIC)).toList();
        consumer.endOffsets(seen).forEach((partition, end) -> {
            seenEnd.put(partition.partition(), end);
            if (end > 0) {
                waiting.put(partition.partition(), new HashMap<>());
            }
        });
        long sourcePartitions = partitions.stream().filter(p -> p.topic().equals(Topics.INGEST_SOURCES.name())).count();
        if (sourcePartitions != seen.size()) {
            log.error("ingest.sources and {} must have the same number of partitions; this instance got {} and {}",
                    SeenItem.TOPIC, sourcePartitions, seen.size());
        }
        log.info("Polling the sources of {}", partitions);
    }

    /**
     * Hands the partitions' sources over: their polls under way finish and what those polls saw is written to
     * {@code ingest.seen} before the group assigns the partitions to another instance, which loads it first.
     */
    @Override
    public void onPartitionsRevokedBeforeCommit(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        List<String> released = new ArrayList<>();
        for (TopicPartition partition : partitions) {
            if (partition.topic().equals(Topics.INGEST_SOURCES.name())) {
                Set<String> ids = owned.remove(partition.partition());
                if (ids != null) {
                    released.addAll(ids);
                }
                waiting.remove(partition.partition());
            }
        }
        if (!released.isEmpty()) {
            poller.release(released);
            reader.flushSeen();
        }
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        onPartitionsRevokedBeforeCommit(consumer, partitions);
    }

    /** Schedules the sources of every partition whose seen items are now loaded. */
    private void releaseLoaded(Consumer<?, ?> consumer) {
        for (var partition : List.copyOf(waiting.keySet())) {
            if (consumer.position(new TopicPartition(SeenItem.TOPIC, partition)) >= seenEnd.get(partition)) {
                waiting.remove(partition).values().forEach(source -> poller.schedule(source, partition));
            }
        }
    }
}
