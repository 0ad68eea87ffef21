package dev.kairos.matcher.account;

import java.util.Set;

import dev.kairos.events.Account;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Turns {@code crm.accounts} (by account id) into index entries (by domain and name): an update writes the account's
 * keys and deletes the keys it no longer has; a tombstone deletes them all. The previous version of each account is
 * kept in the {@value #STORE} store to know which keys to delete.
 */
public final class AccountIndexer implements Processor<String, Account, String, Account> {

    /** Account id → the latest version of the account. */
    public static final String STORE = "accounts";

    private ProcessorContext<String, Account> context;

    private KeyValueStore<String, Account> accounts;

    @Override
    public void init(ProcessorContext<String, Account> context) {
        this.context = context;
        this.accounts = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<String, Account> record) {
        String accountId = record.key();
        if (accountId == null) {
            return;
        }
        Account previous = accounts.get(accountId);
        Account current = record.value();
        Set<String> currentKeys = current == null ? Set.of() : IndexKeys.of(current);
        if (previous != null) {
            for (String stale : IndexKeys.of(previous)) {
                if (!currentKeys.contains(stale)) {
                    context.forward(record.withKey(stale).withValue(null));
                }
            }
        }
        for (String key : currentKeys) {
            context.forward(record.withKey(key).withValue(current));
        }
        if (current == null) {
            accounts.delete(accountId);
        }
        else {
            accounts.put(accountId, current);
        }
    }
}
