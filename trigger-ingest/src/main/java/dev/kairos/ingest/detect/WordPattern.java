package dev.kairos.ingest.detect;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A pattern that starts with a word ("raises", "steps down", "partners with"), matched only where a word that can
 * start it stands. Java's regex engine tries every alternative of a long {@code (?:raises|secures|…)} at every
 * word; asking once per distinct word whether it can start a match, and remembering the answer, makes detection
 * dozens of times faster.
 */
final class WordPattern {

    /** Distinct words remembered; news vocabulary is large but not unbounded, and this caps memory. */
    private static final int MAX_REMEMBERED = 200_000;

    /** Every word pattern, in creation order: bit {@code i} of a word's mask is pattern {@code i}. */
    private static final List<WordPattern> ALL = new CopyOnWriteArrayList<>();

    /** For each word seen, which patterns it can start; computed once per word for all patterns at once. */
    private static final Map<String, Mask> MASKS = new ConcurrentHashMap<>();

    private final Pattern pattern;

    private final int bit;

    WordPattern(String regex) {
        this.pattern = Pattern.compile(regex);
        synchronized (ALL) {
            this.bit = ALL.size();
            if (bit >= Long.SIZE) {
                throw new IllegalStateException("at most 64 word patterns");
            }
            ALL.add(this);
        }
    }

    /** The patterns a word can start, as bits; recomputed when patterns were added after the word was seen. */
    private record Mask(long bits, int patterns) {
    }

    /** The bits of the patterns that can start with this word (lower case). */
    static long maskOf(String word) {
        Mask mask = MASKS.get(word);
        int patterns = ALL.size();
        if (mask == null || mask.patterns() != patterns) {
            long bits = 0;
            for (int i = 0; i < patterns; i++) {
                if (ALL.get(i).canStartWith(word)) {
                    bits |= 1L << i;
                }
            }
            mask = new Mask(bits, patterns);
            if (MASKS.size() < MAX_REMEMBERED) {
                MASKS.put(word, mask);
            }
        }
        return mask.bits();
    }

    /** The bits of these patterns in a word's mask. */
    static long bits(WordPattern... patterns) {
        long bits = 0;
        for (WordPattern pattern : patterns) {
            bits |= 1L << pattern.bit;
        }
        return bits;
    }

    /** Whether a match can start with this word (lower case), because it matches or needs more words. */
    private boolean canStartWith(String word) {
        Matcher matcher = pattern.matcher(word);
        return matcher.lookingAt() || matcher.hitEnd();
    }

    /** The matches in a sentence, from left to right, each starting at a word. */
    Scan in(Sentence sentence) {
        return new Scan(sentence, this);
    }

    /** Iterates the matches of a {@link WordPattern} in a sentence: {@link #find()}, then the match's positions. */
    static final class Scan implements MatchResult {

        private final Sentence sentence;

        private final WordPattern words;

        /** Made at the first word that can start a match: most sentences have none for most patterns. */
        private @Nullable Matcher matcher;

        private int next;

        private boolean matched;

        private Scan(Sentence sentence, WordPattern words) {
            this.sentence = sentence;
            this.words = words;
        }

        /** Advances to the next match, trying only at words that can start one. */
        boolean find() {
            var list = sentence.words();
            long bit = 1L << words.bit;
            if ((sentence.masks() & bit) == 0) {
                return false;
            }
            String text = sentence.text();
            while (next < list.size()) {
                int index = next++;
                if ((sentence.maskAt(index) & bit) == 0) {
                    continue;
                }
                Sentence.Word word = list.get(index);
                int start = word.start() + Math.max(0, word.text().indexOf(word.bare()));
                if (matcher == null) {
                    matcher = words.pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                matcher.region(start, text.length());
                if (matcher.lookingAt()) {
                    matched = true;
                    return true;
                }
            }
            matched = false;
            return false;
        }

        private Matcher current() {
            if (!matched || matcher == null) {
                throw new IllegalStateException("no match");
            }
            return matcher;
        }

        @Override
        public int start() {
            return current().start();
        }

        @Override
        public int start(int group) {
            return current().start(group);
        }

        @Override
        public int end() {
            return current().end();
        }

        @Override
        public int end(int group) {
            return current().end(group);
        }

        @Override
        public String group() {
            return current().group();
        }

        @Override
        public String group(int group) {
            return current().group(group);
        }

        @Override
        public String group(String name) {
            return current().group(name);
        }

        @Override
        public int groupCount() {
            return words.pattern.matcher("").groupCount();
        }
    }
}
