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

    /** Account id → slot (the id strings are the accounts' own). */
    private final Postings slotsById = new Postings();

    private final ArrayList<@Nullable Entry> entries = new ArrayList<>();

    private final IntList freeSlots = new IntList();

    private final Postings byDomain = new Postings();

    /** Name key → packed (slot, name number): 0 the name, 1.. the aliases. */
    private final Postings byKey = new Postings();

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

    /**
     * An account with the work of indexing it that needs no index done: its names' words and keys, its registrable
     * domains. Pure, so that a loader can prepare many accounts on several threads and add them on one.
     *
     * @param account the account
     * @param names the normalised words of its name (0) and aliases (1..)
     * @param keys the exact-match key of each name, null where a name has no words
     * @param compactKeys each key without its spaces, null where that is the key itself
     * @param words the distinct words of all names, in the order first seen
     * @param shortPrefixes each word's first three letters
     * @param longPrefixes each word's first four letters, null where it has no more than three
     * @param domains its registrable domains, each once
     */
    public record Prepared(Account account, List<List<String>> names, @Nullable String[] keys,
            @Nullable String[] compactKeys, List<String> words, String[] shortPrefixes,
            @Nullable String[] longPrefixes, List<String> domains) {
    }

    /** Normalises an account's names and domains for {@link #put(Prepared)}; safe on any thread. */
    public static Prepared prepare(Account account) {
        int count = 1 + account.aliases().size();
        List<List<String>> names = new ArrayList<>(count);
        @Nullable String[] keys = new String[count];
        @Nullable String[] compactKeys = new String[count];
        List<String> words = new ArrayList<>(4);
        for (int n = 0; n < count; n++) {
            List<String> normalised = NameNormaliser.words(n == 0 ? account.name() : account.aliases().get(n - 1));
            names.add(normalised);
            for (String word : normalised) {
                if (!words.contains(word)) {
                    words.add(word);
                }
            }
            String key = normalised.isEmpty() ? null : NameNormaliser.key(normalised);
            keys[n] = key;
            compactKeys[n] = key != null && key.indexOf(' ') >= 0 ? key.replace(" ", "") : null;
        }
        String[] shortPrefixes = new String[words.size()];
        @Nullable String[] longPrefixes = new String[words.size()];
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            shortPrefixes[w] = prefixOf(word, PREFIX);
            longPrefixes[w] = word.length() > PREFIX ? prefixOf(word, PREFIX + 1) : null;
        }
        List<String> domains = new ArrayList<>(account.domains().size());
        for (String domain : account.domains()) {
            String registrable = Domains.registrable(domain);
            if (registrable != null && !domains.contains(registrable)) {
                // the account's own string where it is already registrable, so that the index holds no second copy
                int same = account.domains().indexOf(registrable);
                domains.add(same >= 0 ? account.domains().get(same) : registrable);
            }
        }
        return new Prepared(account, names, keys, compactKeys, words, shortPrefixes, longPrefixes,
                domains.equals(account.domains()) ? account.domains() : List.copyOf(domains));
    }

    /** Adds or replaces an account; true when its id was already here. */
    public boolean put(Account account) {
        return put(prepare(account));
    }

    /** Adds or replaces a prepared account; true when its id was already here. */
    public boolean put(Prepared prepared) {
        Account account = prepared.account();
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
            List<List<String>> names = prepared.names();
            int[][] nameWords = new int[names.size()][];
            for (int n = 0; n < names.size(); n++) {
                List<String> normalised = names.get(n);
                nameWords[n] = new int[normalised.size()];
                for (int w = 0; w < normalised.size(); w++) {
                    nameWords[n][w] = wordId(normalised.get(w));
                }
                String key = prepared.keys()[n];
                if (key != null) {
                    int packed = pack(slot, n);
                    byKey.addUnique(key, packed);
                    String compact = prepared.compactKeys()[n];
                    if (compact != null) {
                        byKey.addUnique(compact, packed);
                    }
                }
            }
            for (int w = 0; w < prepared.words().size(); w++) {
                int id = wordId(prepared.words().get(w));
                documentFrequency[id]++;
                wordPosting(id).add(slot);
                posting(byPrefix, prepared.shortPrefixes()[w]).add(slot);
                String longPrefix = prepared.longPrefixes()[w];
                if (longPrefix != null) {
                    posting(byPrefix, longPrefix).add(slot);
                }
            }
            for (String domain : prepared.domains()) {
                byDomain.add(domain, slot);
            }
            entries.set(slot, new Entry(account, nameWords, prepared.domains()));
            slotsById.add(account.accountId(), slot);
            count = slotsById.size();
            return existed;
        }
        finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Sizes the index for about this many accounts at once, before a rebuild, rather than growing its tables by
     * doubling (and copying) as the accounts come.
     */
    public void expect(int accounts) {
        lock.writeLock().lock();
        try {
            entries.ensureCapacity(accounts);
            slotsById.expect(accounts);
            byDomain.expect(accounts);
            byKey.expect(accounts);
        }
        finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Gives back the room the postings grew for entries that never came; the loader calls it once the start-up rebuild
     * is done, when the postings have about the size they keep.
     */
    public void trim() {
        lock.writeLock().lock();
        try {
            byDomain.trim();
            byKey.trim();
            byPrefix.values().forEach(IntList::trim);
            for (IntList posting : byWord) {
                if (posting != null) {
                    posting.trim();
                }
            }
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
            int slot = slotsById.first(accountId);
            return slot < 0 ? null : entries.get(slot).account();
        }
        finally {
            lock.readLock().unlock();
        }
    }

    public boolean contains(String accountId) {
        lock.readLock().lock();
        try {
            return slotsById.first(accountId) >= 0;
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
        int slot = slotsById.first(accountId);
        if (slot < 0) {
            return false;
        }
        slotsById.remove(accountId, slot);
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
                byKey.remove(key, pack(slot, n));
                if (key.indexOf(' ') >= 0) {
                    byKey.remove(key.replace(" ", ""), pack(slot, n));
                }
            }
        }
        entry.domains().forEach(domain -> byDomain.remove(domain, slot));
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

    /**
     * Whether a posting of packed (slot, name) values holds {@code value}. Every value of a slot is added by one
     * {@link #put(Prepared)}, at the end, after its old ones were removed: a duplicate can only be among the list's
     * last values, those of the same slot.
     */
    static boolean endsWith(IntList list, int value) {
        for (int i = list.size() - 1; i >= 0 && slotOf(list.get(i)) == slotOf(value); i--) {
            if (list.get(i) == value) {
                return true;
            }
        }
        return false;
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
