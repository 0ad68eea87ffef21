package dev.kairos.ingest.detect;

import java.util.List;
import java.util.Locale;
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
 * dozens of times faster. A word that starts a match only with words after it ("to" of "to partner with", "will"
 * of "will step down") is asked once more with the word that follows it, as the sentence writes the two.
 */
final class WordPattern {

    /** Distinct words remembered; news vocabulary is large but not unbounded, and this caps memory. */
    private static final int MAX_REMEMBERED = 200_000;

    /** Every word pattern, in creation order: bit {@code i} of a word's mask is pattern {@code i}. */
    private static final List<WordPattern> ALL = new CopyOnWriteArrayList<>();

    /**
     * The bits of patterns that only spare a search of whole sentences (words of public office, of buying): unlike
     * the finders' verbs, they say nothing of how a word is used.
     */
    private static volatile long searchesOnly;

    /** For each word seen, which patterns it can start; computed once per word for all patterns at once. */
    private static final Map<String, Mask> MASKS = new ConcurrentHashMap<>();

    /**
     * For each pair of words seen as a sentence writes them, which of the patterns its first word starts only with
     * more words it can still start. "to" starts a dozen patterns, and the regex engine tried each at every "to";
     * the next word ("to partner", "to cut") rules out most of them at once.
     */
    private static final Map<String, Mask> PAIRS = new ConcurrentHashMap<>();

    private final Pattern pattern;

    private final int bit;

    /**
     * Whether a failure on two words alone holds in any sentence: not where the pattern looks behind, which in the
     * sentence may see what precedes the two words.
     */
    private final boolean pairsHold;

    /**
     * Lists of lower-case strings, every match holding one of each; a sentence without one of a list rules a match
     * out at once.
     */
    private final List<List<String>> holds;

    WordPattern(String regex) {
        this(regex, List.of());
    }

    /**
     * A pattern every match of which holds one of {@code anyOf} (lower case): a sentence without any of them is
     * passed over before the pattern is tried at its words ("to partner with" is tried at every "to" otherwise).
     */
    WordPattern(String regex, String... anyOf) {
        this(regex, anyOf.length == 0 ? List.of() : List.of(List.of(anyOf)));
    }

    /** A pattern every match of which holds one string (lower case) of each of the lists. */
    WordPattern(String regex, List<List<String>> holdsOneOfEach) {
        this.pattern = Pattern.compile(regex);
        this.holds = List.copyOf(holdsOneOfEach);
        this.pairsHold = !regex.contains("(?<=") && !regex.contains("(?<!");
        synchronized (ALL) {
            this.bit = ALL.size();
            if (bit >= Long.SIZE) {
                throw new IllegalStateException("at most 64 word patterns");
            }
            ALL.add(this);
        }
    }

    /**
     * The patterns a word can start, as bits, and those of them it cannot match alone (it needs the words after it),
     * where a pair of words tells more; recomputed when patterns were added after the word was seen.
     */
    record Mask(long bits, long needsMore, int patterns) {

        /** The mask of a word that starts no pattern. */
        static final Mask NONE = new Mask(0, 0, 0);
    }

    /** The bits of the patterns that can start with this word (lower case). */
    static long maskOf(String word) {
        return maskFor(word).bits();
    }

    /** What {@link #maskOf} tells of a word (lower case), with the patterns it needs more words for. */
    static Mask maskFor(String word) {
        Mask mask = MASKS.get(word);
        int patterns = ALL.size();
        if (mask == null || mask.patterns() != patterns) {
            long bits = 0;
            long needsMore = 0;
            for (int i = 0; i < patterns; i++) {
                WordPattern pattern = ALL.get(i);
                if (pattern.canStartWith(word)) {
                    bits |= 1L << i;
                    if (pattern.pairsHold && !pattern.pattern.matcher(word).lookingAt()) {
                        needsMore |= 1L << i;
                    }
                }
            }
            mask = new Mask(bits, needsMore, patterns);
            if (MASKS.size() < MAX_REMEMBERED) {
                MASKS.put(word, mask);
            }
        }
        return mask;
    }

    /**
     * The bits of the patterns a match of which can start at a sentence's word, as the word and the next one tell:
     * those of {@link #maskOf} less the ones that need more than the word and that the two words, with what stands
     * between them, already rule out. Exact: the two are the text a match there starts with, and a pattern that
     * fails on them without reaching their end fails on any longer text too.
     */
    static long startsAt(Sentence sentence, int index, Mask mask) {
        var words = sentence.words();
        if (mask.needsMore() == 0 || index + 1 == words.size()) {
            return mask.bits();
        }
        Sentence.Word next = words.get(index + 1);
        int end = bareStart(next) + next.bare().length();
        String pair = sentence.text().substring(bareStart(words.get(index)), end);
        Mask known = PAIRS.get(pair);
        if (known == null || known.patterns() != mask.patterns()) {
            if (PAIRS.size() >= MAX_REMEMBERED) {
                // past the cap the word alone decides, as it did before pairs were asked
                return mask.bits();
            }
            long bits = 0;
            for (long more = mask.needsMore(); more != 0; more &= more - 1) {
                int bit = Long.numberOfTrailingZeros(more);
                Matcher matcher = ALL.get(bit).pattern.matcher(pair);
                if (matcher.lookingAt() || matcher.hitEnd()) {
                    bits |= 1L << bit;
                }
            }
            known = new Mask(bits, mask.needsMore(), mask.patterns());
            PAIRS.put(pair, known);
        }
        return mask.bits() & ~mask.needsMore() | known.bits();
    }

    /** Where a word's text without its punctuation starts: where a match at the word starts. */
    static int bareStart(Sentence.Word word) {
        return word.start() + Math.max(0, word.text().indexOf(word.bare()));
    }

    /**
     * Where the first match may start in a text that is no sentence (a name, a part of a sentence), as the masks of
     * its words tell, or -1 where none can; for a pattern whose matches start at a word boundary with an ASCII letter,
     * as the searches' do. A word is taken from every letter after a character that is no word's (so "governor" of
     * "Co-Governor" too) up to the next space, as a sentence's word is followed by a space or the end.
     */
    int firstStartIn(String text) {
        return nextStartIn(text, 0);
    }

    /** Where, from {@code from} on, a match may start in a text that is no sentence (see {@link #firstStartIn}). */
    private int nextStartIn(String text, int from) {
        long bit = 1L << this.bit;
        for (int i = from; i < text.length(); i++) {
            if (isAsciiLetter(text.charAt(i)) && (i == 0 || !isAsciiWordChar(text.charAt(i - 1)))) {
                int end = text.indexOf(' ', i);
                String word = text.substring(i, end < 0 ? text.length() : end).toLowerCase(Locale.ROOT);
                if ((maskOf(word) & bit) != 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * Whether the pattern matches anywhere in a text that is no sentence, tried only at the words that can start a
     * match (see {@link #firstStartIn}): the same as a search of the whole text for a pattern whose matches start at a
     * word boundary with an ASCII letter, without trying its many alternatives at every word and every character.
     */
    boolean foundIn(String text) {
        Matcher matcher = null;
        for (int i = nextStartIn(text, 0); i >= 0; i = nextStartIn(text, i + 1)) {
            if (matcher == null) {
                matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            if (matcher.region(i, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** A word character in ASCII: after any other one a word may start, as {@code \b} sees words in any JDK. */
    private static boolean isAsciiWordChar(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9' || c == '_';
    }

    /** A pattern that stands in for a search over the whole sentence; not counted among {@link #verbs(long)}. */
    static WordPattern search(String regex) {
        WordPattern pattern = new WordPattern(regex);
        synchronized (ALL) {
            searchesOnly |= 1L << pattern.bit;
        }
        return pattern;
    }

    /** The finders' verbs and phrases in a word's mask, without the patterns that only spare a search. */
    static long verbs(long mask) {
        return mask & ~searchesOnly;
    }

    /** The bits of these patterns in a word's mask. */
    static long bits(WordPattern... patterns) {
        long bits = 0;
        for (WordPattern pattern : patterns) {
            bits |= 1L << pattern.bit;
        }
        return bits;
    }

    /**
     * What can follow a sentence's bare word in its text: a space, the punctuation {@code Sentence} strips from a
     * word's edges, a full stop, or nothing.
     */
    private static final String FOLLOWERS = " ,;:\"!?()[]|*.";

    /**
     * Whether a match can start with this word (lower case), because it matches or needs more words. A match that
     * needs more letters ("a" of "announces", "for" of "forms") cannot start here: in the sentence the word is
     * followed by a space or punctuation, so the pattern must still be able to go on after one of those.
     */
    private boolean canStartWith(String word) {
        Matcher matcher = pattern.matcher(word);
        if (matcher.lookingAt()) {
            return true;
        }
        if (!matcher.hitEnd()) {
            return false;
        }
        for (int i = 0; i < FOLLOWERS.length(); i++) {
            Matcher followed = pattern.matcher(word + FOLLOWERS.charAt(i));
            if (followed.lookingAt() || followed.hitEnd()) {
                return true;
            }
        }
        return false;
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
            if ((sentence.masks() & bit) == 0 || next == 0 && !holdsOneOfEach(sentence.lower())) {
                next = list.size();
                return false;
            }
            String text = sentence.text();
            while (next < list.size()) {
                int index = next++;
                if ((sentence.maskAt(index) & bit) == 0) {
                    continue;
                }
                int start = bareStart(list.get(index));
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

        private boolean holdsOneOfEach(String lower) {
            for (List<String> anyOf : words.holds) {
                if (!holdsOneOf(lower, anyOf)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean holdsOneOf(String lower, List<String> anyOf) {
            for (String literal : anyOf) {
                if (lower.contains(literal)) {
                    return true;
                }
            }
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
