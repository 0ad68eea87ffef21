package dev.kairos.leads.publish;

import java.util.Map;

import org.apache.kafka.streams.state.internals.BlockBasedTableConfigWithAccessibleCache;
import org.junit.jupiter.api.Test;
import org.rocksdb.CompressionType;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;

import static org.assertj.core.api.Assertions.assertThat;

class LeadStoreOptionsTest {

    static {
        RocksDB.loadLibrary();
    }

    @Test
    void givesEveryStoreTheSameCacheAndMemtableBudgetInsteadOfItsOwn() {
        LeadStoreOptions setter = new LeadStoreOptions();
        try (LRUCache ownOfOpen = new LRUCache(50L << 20); LRUCache ownOfHistory = new LRUCache(50L << 20);
                Options open = asStreamsOpensIt(ownOfOpen); Options history = asStreamsOpensIt(ownOfHistory)) {
            setter.setConfig(LeadTracker.OPEN, open, Map.of());
            setter.setConfig(LeadTracker.HISTORY, history, Map.of());

            BlockBasedTableConfigWithAccessibleCache openTable = table(open);
            assertThat(openTable.blockCache()).isNotSameAs(ownOfOpen).isSameAs(table(history).blockCache());
            assertThat(open.writeBufferManager()).isNotNull().isSameAs(history.writeBufferManager());
            assertThat(openTable.cacheIndexAndFilterBlocks()).isTrue();
            assertThat(open.compressionType()).isEqualTo(CompressionType.LZ4_COMPRESSION);

            // closing a store leaves the shared cache to the others
            setter.close(LeadTracker.OPEN, open);
            assertThat(table(history).blockCache().isOwningHandle()).isTrue();
        }
    }

    /** The options as Kafka Streams hands them to the setter: a table config whose cache it can read back. */
    private static Options asStreamsOpensIt(LRUCache own) {
        BlockBasedTableConfigWithAccessibleCache table = new BlockBasedTableConfigWithAccessibleCache();
        table.setBlockCache(own);
        return new Options().setTableFormatConfig(table);
    }

    private static BlockBasedTableConfigWithAccessibleCache table(Options options) {
        return (BlockBasedTableConfigWithAccessibleCache) options.tableFormatConfig();
    }
}
