package dev.kairos.leads.publish;

import java.util.Map;

import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.CompressionType;
import org.rocksdb.Options;

/**
 * RocksDB settings of the publisher's stores ({@code rocksdb.config.setter} in {@code publisher.yaml}): their files
 * LZ4-compressed.
 *
 * <p>
 * Kafka Streams writes its stores' files uncompressed. The publisher's values are JSON (each lead revision, kept for
 * the read API) and CBOR around the triggers' JSON (the open leads): LZ4 makes the files several times smaller for
 * little CPU, so the flushes that every checkpoint forces and the compactions that merge them move that much less data
 * (on the load harness the first compaction of all stores at once is one of the stalls of the paced input: see the
 * module's doc). Files written before stay readable: RocksDB records each block's compression.
 */
public final class LeadStoreOptions implements RocksDBConfigSetter {

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        options.setCompressionType(CompressionType.LZ4_COMPRESSION);
    }

    @Override
    public void close(String storeName, Options options) {
        // nothing of its own to release: the options are Streams' and closed by it
    }
}
