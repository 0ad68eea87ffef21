package dev.kairos.ingest.source;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.kairos.events.Source;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

/**
 * Decides which sources this instance polls: those on the partitions of {@code ingest.sources} that the consumer group
 * {@value #GROUP} assigns it. On every assignment it re-reads its partitions from the beginning (the topic is
 * compacted), so N instances split the sources, and a dead instance's sources move to the others.
 */
@Component
class SourceAssignment implements ConsumerSeekAware {

    static final String GROUP = "trigger-ingest-sources";

    private static final Logger log = LoggerFactory.getLogger(SourceAssignment.class);

    private final SourcePoller poller;

    private final Map<TopicPartition, Set<String>> owned = new ConcurrentHashMap<>();

    SourceAssignment(SourcePoller poller) {
        this.poller = poller;
    }

    @KafkaListener(id = GROUP, topics = "ingest.sources", containerFactory = "sourcesListenerFactory")
    void on(ConsumerRecord<String, Source> record) {
        Set<String> ids = owned.computeIfAbsent(new TopicPartition(record.topic(), record.partition()),
                partition -> ConcurrentHashMap.newKeySet());
        if (record.value() == null) {
            ids.remove(record.key());
            poller.unschedule(record.key());
        }
        else {
            ids.add(record.key());
            poller.schedule(record.value());
        }
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        log.info("Polling the sources of {}", assignments.keySet());
        callback.seekToBeginning(assignments.keySet());
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        for (TopicPartition partition : partitions) {
            Set<String> ids = owned.remove(partition);
            if (ids != null) {
                ids.forEach(poller::unschedule);
            }
        }
        log.info("No longer polling the sources of {}", partitions);
    }
}
