package dev.kairos.leads.api;

import java.util.Iterator;
import java.util.Optional;

import dev.kairos.leads.publish.LeadHistory;
import dev.kairos.leads.publish.LeadTopology;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
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
        return Optional.ofNullable(store().get(leadId));
    }

    LeadPage select(LeadQuery query) {
        try (KeyValueIterator<String, LeadHistory> all = store().all()) {
            return query.select(new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return all.hasNext();
                }

                @Override
                public LeadHistory next() {
                    KeyValue<String, LeadHistory> next = all.next();
                    return next.value;
                }
            });
        }
    }

    private ReadOnlyKeyValueStore<String, LeadHistory> store() {
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
