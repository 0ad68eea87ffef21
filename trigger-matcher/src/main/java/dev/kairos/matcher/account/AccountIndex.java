package dev.kairos.matcher.account;

import dev.kairos.matcher.match.MatchTopology;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Component;

/**
 * Read access to this instance's copy of the global account index, for start-up ordering and the
 * {@code kairos.matcher.account.index.keys} gauge.
 */
@Component
public class AccountIndex {

    private final StreamsBuilderFactoryBean streams;

    AccountIndex(StreamsBuilderFactoryBean streams, MeterRegistry meters) {
        this.streams = streams;
        Gauge.builder("kairos.matcher.account.index.keys", this, AccountIndex::approximateSize)
            .description("Keys (domains, names, aliases) in the account index, estimated")
            .register(meters);
    }

    /** The exact number of index keys; 0 until the Streams app runs. Iterates the whole index. */
    public long size() {
        ReadOnlyKeyValueStore<String, Object> store = store();
        if (store == null) {
            return 0;
        }
        long count = 0;
        try (var all = store.all()) {
            while (all.hasNext()) {
                all.next();
                count++;
            }
        }
        return count;
    }

    private double approximateSize() {
        ReadOnlyKeyValueStore<String, Object> store = store();
        return store == null ? 0 : store.approximateNumEntries();
    }

    private @Nullable ReadOnlyKeyValueStore<String, Object> store() {
        KafkaStreams kafkaStreams = streams.getKafkaStreams();
        if (kafkaStreams == null || kafkaStreams.state() != KafkaStreams.State.RUNNING) {
            return null;
        }
        return kafkaStreams.store(StoreQueryParameters.fromNameAndType(MatchTopology.ACCOUNT_INDEX_STORE,
                QueryableStoreTypes.keyValueStore()));
    }
}
