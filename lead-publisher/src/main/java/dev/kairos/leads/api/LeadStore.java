package dev.kairos.leads.api;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import dev.kairos.events.Lead;
import dev.kairos.leads.publish.LeadHistory;
import dev.kairos.leads.publish.LeadTopology;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Component;

/** The publisher's lead history store, read through Kafka Streams interactive queries (this instance's partitions). */
@Component
class LeadStore {

    private final StreamsBuilderFactoryBean streams;

    LeadStore(StreamsBuilderFactoryBean streams) {
        this.streams = streams;
    }

    Optional<LeadHistory> find(String leadId) {
        List<Lead> revisions = new ArrayList<>();
        try (KeyValueIterator<String, Lead> all = store().prefixScan(leadId + "\n", new StringSerializer())) {
            all.forEachRemaining(revision -> revisions.add(revision.value));
        }
        return revisions.isEmpty() ? Optional.empty() : Optional.of(new LeadHistory(leadId, revisions));
    }

    /** Reads every lead's latest revision: a lead's revisions are adjacent and in order in the store. */
    LeadPage select(LeadQuery query) {
        try (KeyValueIterator<String, Lead> all = store().all()) {
            return query.select(new Iterator<>() {

                private @Nullable Lead pending = all.hasNext() ? all.next().value : null;

                @Override
                public boolean hasNext() {
                    return pending != null;
                }

                @Override
                public LeadHistory next() {
                    Lead latest = pending;
                    if (latest == null) {
                        throw new NoSuchElementException();
                    }
                    pending = null;
                    while (all.hasNext()) {
                        KeyValue<String, Lead> next = all.next();
                        if (!next.value.leadId().equals(latest.leadId())) {
                            pending = next.value;
                            break;
                        }
                        latest = next.value;
                    }
                    return new LeadHistory(latest.leadId(), List.of(latest));
                }
            });
        }
    }

    private ReadOnlyKeyValueStore<String, Lead> store() {
        KafkaStreams kafkaStreams = streams.getKafkaStreams();
        if (kafkaStreams == null || kafkaStreams.state() != KafkaStreams.State.RUNNING) {
            throw new StoreUnavailableException("the lead store is not ready: Kafka Streams is "
                    + (kafkaStreams == null ? "not started" : kafkaStreams.state()));
        }
        try {
            return kafkaStreams.store(StoreQueryParameters.fromNameAndType(LeadTopology.HISTORY_STORE,
                    QueryableStoreTypes.keyValueStore()));
        }
        catch (InvalidStateStoreException ex) {
            throw new StoreUnavailableException("the lead store is not ready: " + ex.getMessage());
        }
    }

    /** The store cannot answer now (starting, rebalancing); the reader should try again shortly. */
    static final class StoreUnavailableException extends RuntimeException {

        StoreUnavailableException(String message) {
            super(message);
        }
    }
}
