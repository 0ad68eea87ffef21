package dev.kairos.matcher.account;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import dev.kairos.events.Account;
import org.jspecify.annotations.Nullable;

/**
 * Every CRM account of this instance, in memory, indexed for {@link AccountMatcher}: by registrable domain, by exact
 * name key (names and aliases, also without spaces), and by the first three letters of each word for fuzzy
 * candidates, with the number of accounts each word occurs in (its document frequency, for IDF weights). Several
 * accounts may share a key: they are all kept, and the matcher refuses to choose. Safe for concurrent readers and one
 * writer.
 */
public final class AccountIndex {

    static final int PREFIX = 3;

    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    private final Map<String, Integer> slotsById = new HashMap<>();

    private final List<@Nullable Entry> entries = new ArrayList<>();

    private final IntList freeSlots = new IntList();

    private final Map<String, IntList> byDomain = new HashMap<>();

    /** Name key → packed (slot, name number): 0 the name, 1.. the aliases. */
    private final Map<String, IntList> byKey = new HashMap<>();

    /** Words' first three and (for longer words) four letters → slots. */
    private final Map<String, IntList> byPrefix = new HashMap<>();

    /** Word id → slots holding the word. */
    private IntList[] byWord = new IntList[1024];

    private final Map<String, Integer> wordIds = new HashMap<>();

    private final List<String> words = new ArrayList<>();

    private int[] documentFrequency = new int[1024];

    /** The number of accounts, readable without the lock (the matcher reads it for every word it weighs). */
    private volatile int count;

    /** An account as the matcher reads it: the account and the word ids of its name (0) and aliases (1..). */
    record Entry(Account account, int[][] names, List<String> domains) {
    }

    /** Adds or replaces an account; true when its id was already here. */
    public boolean put(Account account) {
        lock.writeLock().lock();
        try {
            boolean existed = removeLocked(account.accountId());
            int slot = freeSlots.isEmpty() ? entries.size() : freeSlots.get(freeSlots.size() - 1);
            if (slot == entries.size()) {
                entries.add(null);
            }
            else {
                freeSlots.remove(slot);
            }
            List<String> names = new ArrayList<>(1 + account.aliases().size());
            names.add(account.name());
            names.addAll(account.aliases());
            int[][] nameWords = new int[names.size()][];
            List<String> seenWords = new ArrayList<>();
            for (int n = 0; n < names.size(); n++) {
                List<String> normalised = NameNormaliser.words(names.get(n));
                nameWords[n] = new int[normalised.size()];
                for (int w = 0; w < normalised.size(); w++) {
                    String word = normalised.get(w);
                    nameWords[n][w] = wordId(word);
                    if (!seenWords.contains(word)) {
                        seenWords.add(word);
                        documentFrequency[nameWords[n][w]]++;
                        wordPosting(nameWords[n][w]).add(slot);
                        posting(byPrefix, prefixOf(word, PREFIX)).add(slot);
                        if (word.length() > PREFIX) {
                            posting(byPrefix, prefixOf(word, PREFIX + 1)).add(slot);
                        }
                    }
                }
                if (!normalised.isEmpty()) {
                    int packed = pack(slot, n);
                    String key = NameNormaliser.key(normalised);
                    addUnique(posting(byKey, key), packed);
                    addUnique(posting(byKey, key.replace(" ", "")), packed);
                }
            }
            List<String> domains = new ArrayList<>();
            for (String domain : account.domains()) {
                String registrable = Domains.registrable(domain);
                if (registrable != null && !domains.contains(registrable)) {
                    domains.add(registrable);
                    posting(byDomain, registrable).add(slot);
                }
            }
            entries.set(slot, new Entry(account, nameWords, List.copyOf(domains)));
            slotsById.put(account.accountId(), slot);
            count = slotsById.size();
            return existed;
        }
        finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes an account; true when it was here. */
    public boolean remove(String accountId) {
        lock.writeLock().lock();
        try {
            boolean removed = removeLocked(accountId);
            count = slotsById.size();
            return removed;
        }
        finally {
            lock.writeLock().unlock();
        }
    }

    public @Nullable Account get(String accountId) {
        lock.readLock().lock();
        try {
            Integer slot = slotsById.get(accountId);
            return slot == null ? null : entries.get(slot).account();
        }
        finally {
            lock.readLock().unlock();
        }
    }

    public boolean contains(String accountId) {
        lock.readLock().lock();
        try {
            return slotsById.containsKey(accountId);
        }
        finally {
            lock.readLock().unlock();
        }
    }

    public int size() {
        return count;
    }

    /** Runs a lookup that reads several parts of the index as one consistent view. */
    <T> T read(Supplier<T> lookup) {
        lock.readLock().lock();
        try {
            return lookup.get();
        }
        finally {
            lock.readLock().unlock();
        }
    }

    // the methods below are called inside read(...)

    @Nullable IntList slotsOfDomain(String registrableDomain) {
        return byDomain.get(registrableDomain);
    }

    @Nullable IntList namesOfKey(String key) {
        return byKey.get(key);
    }

    /** The slots holding a word that starts with the query word's first three, or four when it is longer, letters. */
    @Nullable IntList slotsOfPrefix(String word) {
        return byPrefix.get(prefixOf(word, word.length() > PREFIX ? PREFIX + 1 : PREFIX));
    }

    /** The slots holding exactly this word. */
    @Nullable IntList slotsOfWord(int wordId) {
        return wordId < 0 ? null : byWord[wordId];
    }

    Entry entry(int slot) {
        return entries.get(slot);
    }

    /** The id of a word, or -1 when no account has it. */
    int wordId(String word, boolean create) {
        Integer id = wordIds.get(word);
        return id != null ? id : create ? wordId(word) : -1;
    }

    String word(int id) {
        return words.get(id);
    }

    int documentFrequency(int wordId) {
        return wordId < 0 ? 0 : documentFrequency[wordId];
    }

    static int slotOf(int packed) {
        return packed >>> 8;
    }

    static int nameOf(int packed) {
        return packed & 0xFF;
    }

    private static int pack(int slot, int name) {
        return slot << 8 | Math.min(name, 0xFF);
    }

    static String prefixOf(String word, int length) {
        return word.length() <= length ? word : word.substring(0, length);
    }

    private IntList wordPosting(int wordId) {
        IntList list = byWord[wordId];
        if (list == null) {
            list = new IntList();
            byWord[wordId] = list;
        }
        return list;
    }

    private boolean removeLocked(String accountId) {
        Integer slot = slotsById.remove(accountId);
        if (slot == null) {
            return false;
        }
        Entry entry = entries.get(slot);
        List<Integer> seen = new ArrayList<>();
        for (int n = 0; n < entry.names().length; n++) {
            int[] nameWords = entry.names()[n];
            for (int id : nameWords) {
                if (!seen.contains(id)) {
                    seen.add(id);
                    documentFrequency[id]--;
                    byWord[id].remove(slot);
                    String word = words.get(id);
                    removeFrom(byPrefix, prefixOf(word, PREFIX), slot);
                    if (word.length() > PREFIX) {
                        removeFrom(byPrefix, prefixOf(word, PREFIX + 1), slot);
                    }
                }
            }
            if (nameWords.length > 0) {
                List<String> normalised = new ArrayList<>(nameWords.length);
                for (int id : nameWords) {
                    normalised.add(words.get(id));
                }
                String key = NameNormaliser.key(normalised);
                removeFrom(byKey, key, pack(slot, n));
                removeFrom(byKey, key.replace(" ", ""), pack(slot, n));
            }
        }
        entry.domains().forEach(domain -> removeFrom(byDomain, domain, slot));
        entries.set(slot, null);
        freeSlots.add(slot);
        return true;
    }

    private int wordId(String word) {
        Integer id = wordIds.get(word);
        if (id != null) {
            return id;
        }
        int next = words.size();
        words.add(word);
        wordIds.put(word, next);
        if (next == documentFrequency.length) {
            documentFrequency = java.util.Arrays.copyOf(documentFrequency, next * 2);
            byWord = java.util.Arrays.copyOf(byWord, next * 2);
        }
        return next;
    }

    private static IntList posting(Map<String, IntList> map, String key) {
        return map.computeIfAbsent(key, k -> new IntList());
    }

    private static void addUnique(IntList list, int value) {
        if (!list.contains(value)) {
            list.add(value);
        }
    }

    private static void removeFrom(Map<String, IntList> map, String key, int value) {
        IntList list = map.get(key);
        if (list != null) {
            list.remove(value);
            if (list.isEmpty()) {
                map.remove(key);
            }
        }
    }
}
