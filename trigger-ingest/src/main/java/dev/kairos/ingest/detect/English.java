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
     * Both word lists in one open-addressing table, looked up in the text's own characters, lowered one at a time:
     * lowering the text and cutting each word out of it as a string to ask two sets was a twentieth of detecting a
     * trigger.
     */
    private static final String[] WORDS = new String[512];

    private static final byte[] LANGUAGE = new byte[WORDS.length];

    static {
        Set<String> english = WordList.of("english");
        Set<String> foreign = WordList.of("foreign");
        if (english.size() + foreign.size() > WORDS.length / 2) {
            throw new IllegalStateException("More words in the language lists than English's table holds well");
        }
        put(english, ENGLISH);
        put(foreign, FOREIGN);
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
        boolean lowersAlone = true;
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
            // a capital dotted I lowers to two characters, a capital sigma as its place in the word says
            lowersAlone &= c != '\u0130' && c != '\u03A3' && !Character.isSurrogate(c);
        }
        if (letters == 0) {
            return false;
        }
        if (foreignScript * 10 > letters) {
            return false;
        }
        // words are looked up a character at a time in lower case: a text whose characters lower alone is not copied
        String words = lowersAlone ? text : text.toLowerCase(Locale.ROOT);
        int english = 0;
        int foreign = 0;
        int i = 0;
        while (i < words.length()) {
            while (i < words.length() && isSeparator(words.charAt(i))) {
                i++;
            }
            int start = i;
            // a full stop between letters stays in the word: "acme.com" is no Portuguese "com"
            while (i < words.length() && (!isSeparator(words.charAt(i)) || words.charAt(i) == '.' && i > start
                    && i + 1 < words.length() && Character.isLetterOrDigit(words.charAt(i + 1)))) {
                i++;
            }
            if (i > start) {
                byte language = languageOf(words, start, i);
                if (language == ENGLISH) {
                    english++;
                }
                else if (language == FOREIGN || i - start >= 2 && (lower(words, start) == 'd'
                        || lower(words, start) == 'l') && words.charAt(start + 1) == '\'') {
                    foreign++;
                }
            }
        }
        if (foreign >= 2 && foreign > english) {
            return false;
        }
        return !(accented >= 3 && english < 2 || foreign >= 1 && english == 0 && accented >= 1);
    }

    private static char lower(String text, int at) {
        return Character.toLowerCase(text.charAt(at));
    }

    private static void put(Set<String> words, byte language) {
        for (String word : words) {
            int slot = slotOf(word, 0, word.length());
            if (WORDS[slot] == null) {
                WORDS[slot] = word;
                LANGUAGE[slot] = language;
            }
        }
    }

    /** The slot of a word (its characters in lower case) in {@link #WORDS}: its own, or the empty one it would take. */
    private static int slotOf(String text, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + lower(text, i);
        }
        int slot = (hash ^ hash >>> 16) & WORDS.length - 1;
        while (WORDS[slot] != null && !holds(WORDS[slot], text, from, to)) {
            slot = slot + 1 & WORDS.length - 1;
        }
        return slot;
    }

    private static boolean holds(String word, String text, int from, int to) {
        if (word.length() != to - from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (word.charAt(i - from) != lower(text, i)) {
                return false;
            }
        }
        return true;
    }

    private static byte languageOf(String text, int from, int to) {
        int slot = slotOf(text, from, to);
        return WORDS[slot] == null ? NEITHER : LANGUAGE[slot];
    }
}
