package dev.kairos.leads.publish;

import java.util.Map;

import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.CompressionType;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * RocksDB settings of the publisher's stores ({@code rocksdb.config.setter} in {@code publisher.yaml}): their files
 * LZ4-compressed, and one memory budget for all of them.
 *
 * <p>
 * Kafka Streams writes its stores' files uncompressed. The publisher's values are JSON (each lead revision, kept for
 * the read API) and CBOR around the triggers' JSON (the open leads): LZ4 makes the files several times smaller for
 * little CPU, so the flushes and the compactions that merge them move that much less data. Files written before stay
 * readable: RocksDB records each block's compression.
 *
 * <p>
 * Left to Streams, every store has a block cache of its own (50 MB) and up to three 16 MB memtables: an instance with
 * three tasks holds nine stores, up to about 880 MB outside the heap, next to a heap of 60 % of the container. Here
 * every store of the process shares one block cache of {@value #OFF_HEAP_MB} MB, and their memtables are charged to
 * it (a {@link WriteBufferManager} of {@value #MEMTABLE_MB} MB): when the memtables together reach that, the store
 * being written flushes, so the stores, which fill at the same pace, flush one after another instead of all at once.
 */
public final class LeadStoreOptions implements RocksDBConfigSetter {

    static final long OFF_HEAP_MB = 128;

    static final long MEMTABLE_MB = 64;

    private static final long MB = 1024 * 1024;

    /** Shared by every store of the process; created when the first store opens, when RocksDB's library is loaded. */
    private static final class Shared {

        static final Cache CACHE = new LRUCache(OFF_HEAP_MB * MB);

        static final WriteBufferManager MEMTABLES = new WriteBufferManager(MEMTABLE_MB * MB, CACHE);
    }

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        options.setCompressionType(CompressionType.LZ4_COMPRESSION);
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(Shared.CACHE);
        // indexes and filters count against the budget too; pinned and at high priority, so data blocks do not push
        // them out
        table.setCacheIndexAndFilterBlocks(true);
        table.setCacheIndexAndFilterBlocksWithHighPriority(true);
        table.setPinTopLevelIndexAndFilter(true);
        options.setTableFormatConfig(table);
        options.setWriteBufferManager(Shared.MEMTABLES);
    }

    @Override
    public void close(String storeName, Options options) {
        // the cache and the write buffer manager are the process's, shared by every store: never closed with one
    }
}
