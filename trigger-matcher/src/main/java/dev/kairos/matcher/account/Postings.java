package dev.kairos.matcher.account;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * Strings to lists of ints, for the index's keys that a million accounts have about one each (an id, a domain, a
 * name key): open addressing in three parallel arrays, so that a key costs about 20 bytes and no node, boxed int or
 * list of its own while it has one value, where a {@code HashMap<String, IntList>} entry costs some 60 bytes.
 */
final class Postings {

    private static final int FREE = -1;

    private @Nullable String[] keys;

    /** The value of a key with one value; {@link #FREE} marks a key whose values are in {@link #lists}. */
    private int[] single;

    private @Nullable IntList[] lists;

    private int size;

    Postings() {
        this(16);
    }

    /** Room for {@code expected} keys without growing. */
    Postings(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 3 / 2)) << 1;
        keys = new String[capacity];
        single = new int[capacity];
        lists = new IntList[capacity];
    }

    /** Makes room for {@code expected} keys at once, rather than by doubling as they come. */
    void expect(int expected) {
        while (expected > keys.length * 2 / 3) {
            grow();
        }
    }

    int size() {
        return size;
    }

    /** The values of a key, null when it has none. A key's one value comes in a list made for the call. */
    @Nullable IntList get(String key) {
        int at = find(key);
        if (at < 0) {
            return null;
        }
        IntList list = lists[at];
        if (list != null) {
            return list;
        }
        IntList one = new IntList();
        one.add(single[at]);
        return one;
    }

    /** The first value of a key, or -1; for keys that hold one value at most, such as ids. */
    int first(String key) {
        int at = find(key);
        if (at < 0) {
            return -1;
        }
        IntList list = lists[at];
        return list != null ? list.get(0) : single[at];
    }

    void add(String key, int value) {
        int at = find(key);
        if (at < 0) {
            if (size + 1 > keys.length * 2 / 3) {
                grow();
            }
            at = ~find(key);
            keys[at] = key;
            single[at] = value;
            size++;
            return;
        }
        IntList list = lists[at];
        if (list == null) {
            list = new IntList();
            list.add(single[at]);
            lists[at] = list;
            single[at] = FREE;
        }
        list.add(value);
    }

    /** Adds a packed (slot, name) of {@link AccountIndex} unless the key holds it; see its {@code addUnique}. */
    void addUnique(String key, int value) {
        int at = find(key);
        if (at >= 0) {
            IntList list = lists[at];
            if (list == null ? single[at] == value : AccountIndex.endsWith(list, value)) {
                return;
            }
        }
        add(key, value);
    }

    /** Removes one occurrence of {@code value} from the key's values, and the key when none are left. */
    void remove(String key, int value) {
        int at = find(key);
        if (at < 0) {
            return;
        }
        IntList list = lists[at];
        if (list != null) {
            list.remove(value);
            if (!list.isEmpty()) {
                return;
            }
        }
        else if (single[at] != value) {
            return;
        }
        delete(at);
    }

    /** Gives back the room grown in the lists of keys with several values. */
    void trim() {
        for (IntList list : lists) {
            if (list != null) {
                list.trim();
            }
        }
    }

    /** The index of the key, or the bitwise complement of the free place where it would go. */
    private int find(String key) {
        int mask = keys.length - 1;
        int at = spread(key.hashCode()) & mask;
        while (true) {
            String here = keys[at];
            if (here == null) {
                return ~at;
            }
            if (here.equals(key)) {
                return at;
            }
            at = (at + 1) & mask;
        }
    }

    /** Linear probing's deletion: later keys of the same run move back, so that no search stops short at a hole. */
    private void delete(int at) {
        int mask = keys.length - 1;
        int hole = at;
        int next = (hole + 1) & mask;
        while (keys[next] != null) {
            int home = spread(keys[next].hashCode()) & mask;
            // move the key back unless its home lies cyclically in (hole, next]
            boolean stays = hole <= next ? hole < home && home <= next : hole < home || home <= next;
            if (!stays) {
                keys[hole] = keys[next];
                single[hole] = single[next];
                lists[hole] = lists[next];
                hole = next;
            }
            next = (next + 1) & mask;
        }
        keys[hole] = null;
        single[hole] = 0;
        lists[hole] = null;
        size--;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldSingle = single;
        IntList[] oldLists = lists;
        keys = new String[oldKeys.length * 2];
        single = new int[oldKeys.length * 2];
        lists = new IntList[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            String key = oldKeys[i];
            if (key != null) {
                int at = ~find(key);
                keys[at] = key;
                single[at] = oldSingle[i];
                lists[at] = oldLists[i];
            }
        }
        Arrays.fill(oldKeys, null);
    }

    private static int spread(int hash) {
        // String hashes of similar keys differ in their low bits only a little: mix the high ones in
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
