package dev.kairos.ingest.detect.model;

import java.util.Arrays;
import java.util.List;

/**
 * An item as the model reads it: hashed feature indices (sorted, distinct) and their values. Three blocks, each
 * scaled to a fixed length so that none drowns the others: words (single words and pairs, the headline's also on
 * their own), the headline's character 3- to 5-grams (they catch inflections, "dlrs" and names' shapes), and the
 * finders' signals at half the others' length.
 *
 * @param indices feature buckets in [0, {@link #BUCKETS}), ascending
 * @param values the value of each bucket
 */
public record Features(int[] indices, float[] values) {

    /** Number of hash buckets: large enough that collisions cost nothing measurable on the labelled set. */
    public static final int BUCKETS = 1 << 20;

    private static final int MASK = BUCKETS - 1;

    private static final int BUCKET_BITS = Integer.numberOfTrailingZeros(BUCKETS);

    /** Bits of a bucket sorted per pass: three passes cover the buckets' 20 bits. */
    private static final int RADIX_BITS = 7;

    private static final int RADIX_PASSES = (BUCKET_BITS + RADIX_BITS - 1) / RADIX_BITS;

    private static final int WORD = 0x9E3779B1;

    private static final int HEADLINE_WORD = 0x85EBCA77;

    private static final int PAIR = 0xC2B2AE3D;

    private static final int CHARS = 0x27D4EB2F;

    private static final int SIGNAL = 0x165667B1;

    /**
     * The length of the signals' block beside the words' and characters' 1: at 0.5 the finders' signals no longer
     * outweigh the words (5-fold cross-validation: mean F1 +0.01 over the nine types; at 2 it fell by 0.01).
     */
    private static final float SIGNAL_WEIGHT = 0.5f;

    /** The features of a headline, its lede (may be empty) and the finders' signals. */
    public static Features of(String headline, String lede, List<String> signals) {
        Builder builder = new Builder();
        String headlineLower = plain(headline);
        String ledeLower = plain(lede);
        builder.words(headlineLower, true);
        builder.words(ledeLower, false);
        builder.endBlock(1);
        builder.chars(headlineLower);
        builder.endBlock(1);
        for (String signal : signals) {
            builder.add(hash(SIGNAL, signal, 0, signal.length()));
        }
        builder.endBlock(SIGNAL_WEIGHT);
        return builder.build();
    }

    /** Lower case, digits as 0: "$4.5M" and "$12.0M" read alike. */
    private static String plain(String text) {
        char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            char c = text.charAt(i);
            chars[i] = c >= '0' && c <= '9' ? '0' : Character.toLowerCase(c);
        }
        return new String(chars);
    }

    static int hash(int seed, CharSequence text, int from, int to) {
        int h = seed;
        for (int i = from; i < to; i++) {
            h = (h ^ text.charAt(i)) * 0x01000193;
        }
        return mix(h);
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '$' || c == '%' || c == '€' || c == '£' || c == '&';
    }

    /** Collects hashed features block by block. */
    private static final class Builder {

        private int[] hashes = new int[256];

        private float[] values = new float[256];

        private int size;

        private int blockStart;

        void add(int hash) {
            if (size == hashes.length) {
                hashes = Arrays.copyOf(hashes, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            hashes[size] = hash & MASK;
            values[size++] = 1;
        }

        void words(String text, boolean headline) {
            int previous = 0;
            int i = 0;
            int n = text.length();
            while (i < n) {
                while (i < n && !isWordChar(text.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < n && (isWordChar(text.charAt(i))
                        || text.charAt(i) == '\'' && i + 1 < n && Character.isLetter(text.charAt(i + 1)))) {
                    i++;
                }
                if (i == start) {
                    break;
                }
                int word = hash(WORD, text, start, i);
                add(word);
                if (headline) {
                    add(mix(word ^ HEADLINE_WORD));
                }
                add(mix(previous * 31 + word ^ PAIR));
                previous = word;
            }
            if (previous != 0) {
                add(mix(previous * 31 ^ PAIR));
            }
        }

        void chars(String text) {
            int n = text.length();
            for (int start = -1; start < n; start++) {
                // the 4- and 5-gram's hashes go on from the 3-gram's: the hash folds characters in order
                int h = CHARS;
                for (int i = start; i < start + 5 && i <= n; i++) {
                    char c = i < 0 || i >= n ? ' ' : text.charAt(i);
                    h = (h ^ c) * 0x01000193;
                    if (i >= start + 2) {
                        add(mix(h));
                    }
                }
            }
        }

        /** Scales the block just added to the given length. */
        void endBlock(float length) {
            int count = size - blockStart;
            if (count > 0) {
                float scale = (float) (length / Math.sqrt(count));
                for (int i = blockStart; i < size; i++) {
                    values[i] = scale;
                }
            }
            blockStart = size;
        }

        /**
         * The features, buckets ascending and a bucket's values summed in ascending order (as sorting the pairs
         * would give): a radix sort by bucket of the entries taken block by block in their values' order, since a
         * block's entries share one value. Sorting the pairs as longs was a twentieth of detecting a trigger. The
         * passes' counts are taken in one reading of the buckets (a count does not depend on the entries' order),
         * and their digits are small: an item has a few hundred entries, and the counts' running sums over two
         * digits of 10 bits cost more than a third pass over them.
         */
        Features build() {
            int[][] counts = new int[RADIX_PASSES][(1 << RADIX_BITS) + 1];
            for (int i = 0; i < size; i++) {
                int bucket = hashes[i];
                for (int pass = 0; pass < RADIX_PASSES; pass++) {
                    counts[pass][(bucket >>> pass * RADIX_BITS & (1 << RADIX_BITS) - 1) + 1]++;
                }
            }
            int[] sorted = inValueOrder();
            int[] spare = new int[size];
            for (int pass = 0; pass < RADIX_PASSES; pass++) {
                radixPass(sorted, spare, pass * RADIX_BITS, counts[pass]);
                int[] passed = spare;
                spare = sorted;
                sorted = passed;
            }
            int[] indices = new int[size];
            float[] merged = new float[size];
            int distinct = 0;
            for (int i = 0; i < size; i++) {
                int index = hashes[sorted[i]];
                float value = values[sorted[i]];
                if (distinct > 0 && indices[distinct - 1] == index) {
                    merged[distinct - 1] += value;
                }
                else {
                    indices[distinct] = index;
                    merged[distinct++] = value;
                }
            }
            return new Features(Arrays.copyOf(indices, distinct), Arrays.copyOf(merged, distinct));
        }

        /** The entries' positions, runs of equal values (the blocks) in ascending order of their value. */
        private int[] inValueOrder() {
            int[] runStarts = new int[8];
            int runs = 0;
            for (int i = 0; i < size; i++) {
                if (i == 0 || Float.floatToRawIntBits(values[i]) != Float.floatToRawIntBits(values[i - 1])) {
                    if (runs == runStarts.length) {
                        runStarts = Arrays.copyOf(runStarts, runs * 2);
                    }
                    runStarts[runs++] = i;
                }
            }
            // few runs (one per block): ordered by a stable insertion sort on their values' bits
            int[] runOrder = new int[runs];
            for (int r = 0; r < runs; r++) {
                int at = r;
                while (at > 0 && valueBits(runStarts[runOrder[at - 1]]) > valueBits(runStarts[r])) {
                    runOrder[at] = runOrder[at - 1];
                    at--;
                }
                runOrder[at] = r;
            }
            int[] order = new int[size];
            int next = 0;
            for (int r : runOrder) {
                int end = r + 1 < runs ? runStarts[r + 1] : size;
                for (int i = runStarts[r]; i < end; i++) {
                    order[next++] = i;
                }
            }
            return order;
        }

        private long valueBits(int entry) {
            return Float.floatToRawIntBits(values[entry]) & 0xFFFFFFFFL;
        }

        /**
         * A stable counting sort of the entries in {@code from} by {@link #RADIX_BITS} bits of their bucket, from
         * the counts of each digit's entries (at the digit's value plus one).
         */
        private void radixPass(int[] from, int[] to, int shift, int[] counts) {
            for (int i = 1; i < counts.length; i++) {
                counts[i] += counts[i - 1];
            }
            for (int entry : from) {
                to[counts[hashes[entry] >>> shift & (1 << RADIX_BITS) - 1]++] = entry;
            }
        }
    }
}
