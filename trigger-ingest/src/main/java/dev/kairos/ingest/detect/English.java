package dev.kairos.ingest.detect;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a text is English. Detection reads English only; other languages must give no triggers, even with English
 * company names and "$10M" in them.
 */
final class English {

    private static final byte NEITHER = 0;

    private static final byte ENGLISH = 1;

    private static final byte FOREIGN = 2;

    /**
     * Both word lists in one open-addressing table, looked up in the text's own lower-case characters: cutting each
     * word out of the text as a string to ask two sets was a twentieth of detecting a trigger.
     */
    private static final String[] WORDS = new String[512];

    private static final byte[] LANGUAGE = new byte[WORDS.length];

    private static int listed;

    static {
        put(WordList.of("english"), ENGLISH);
        put(WordList.of("foreign"), FOREIGN);
    }

    private English() {
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?'
                || c == '(' || c == ')' || c == '"';
    }

    static boolean isEnglish(String text) {
        int letters = 0;
        int foreignScript = 0;
        int accented = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (c > 0x024F) {
                    foreignScript++;
                }
                else if (c > 0x007F) {
                    accented++;
                }
            }
        }
        if (letters == 0) {
            return false;
        }
        if (foreignScript * 10 > letters) {
            return false;
        }
        int english = 0;
        int foreign = 0;
        char[] lower = lowerCase(text);
        int i = 0;
        while (i < lower.length) {
            while (i < lower.length && isSeparator(lower[i])) {
                i++;
            }
            int start = i;
            // a full stop between letters stays in the word: "acme.com" is no Portuguese "com"
            while (i < lower.length && (!isSeparator(lower[i]) || lower[i] == '.' && i > start
                    && i + 1 < lower.length && Character.isLetterOrDigit(lower[i + 1]))) {
                i++;
            }
            if (i > start) {
                byte language = languageOf(lower, start, i);
                if (language == ENGLISH) {
                    english++;
                }
                else if (language == FOREIGN || i - start >= 2 && (lower[start] == 'd' || lower[start] == 'l')
                        && lower[start + 1] == '\'') {
                    foreign++;
                }
            }
        }
        if (foreign >= 2 && foreign > english) {
            return false;
        }
        return !(accented >= 3 && english < 2 || foreign >= 1 && english == 0 && accented >= 1);
    }

    /**
     * The text in lower case as {@code toLowerCase(Locale.ROOT)} has it, character for character where no character
     * changes with its context or into two (a capital dotted I, a capital sigma, a surrogate pair).
     */
    private static char[] lowerCase(String text) {
        char[] lower = new char[text.length()];
        for (int i = 0; i < lower.length; i++) {
            char c = text.charAt(i);
            if (c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c)) {
                return text.toLowerCase(Locale.ROOT).toCharArray();
            }
            lower[i] = Character.toLowerCase(c);
        }
        return lower;
    }

    private static void put(Set<String> words, byte language) {
        for (String word : words) {
            if (++listed > WORDS.length / 2) {
                throw new IllegalStateException("More words in the language lists than English's table holds well");
            }
            int slot = slotOf(word.toCharArray(), 0, word.length());
            if (WORDS[slot] == null) {
                WORDS[slot] = word;
                LANGUAGE[slot] = language;
            }
        }
    }

    /** The slot of a word in {@link #WORDS}: its own, or the empty one where it would be. */
    private static int slotOf(char[] text, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + text[i];
        }
        int slot = (hash ^ hash >>> 16) & WORDS.length - 1;
        while (WORDS[slot] != null && !holds(WORDS[slot], text, from, to)) {
            slot = slot + 1 & WORDS.length - 1;
        }
        return slot;
    }

    private static boolean holds(String word, char[] text, int from, int to) {
        if (word.length() != to - from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (word.charAt(i - from) != text[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte languageOf(char[] text, int from, int to) {
        int slot = slotOf(text, from, to);
        return WORDS[slot] == null ? NEITHER : LANGUAGE[slot];
    }
}
