package dev.kairos.ingest.detect;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a text is English. Detection reads English only; other languages must give no triggers, even with English
 * company names and "$10M" in them.
 */
final class English {

    private static final Set<String> ENGLISH = WordList.of("english");

    private static final Set<String> FOREIGN = WordList.of("foreign");

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
        String lower = text.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < lower.length()) {
            while (i < lower.length() && isSeparator(lower.charAt(i))) {
                i++;
            }
            int start = i;
            // a full stop between letters stays in the word: "acme.com" is no Portuguese "com"
            while (i < lower.length() && (!isSeparator(lower.charAt(i)) || lower.charAt(i) == '.' && i > start
                    && i + 1 < lower.length() && Character.isLetterOrDigit(lower.charAt(i + 1)))) {
                i++;
            }
            if (i > start) {
                String word = lower.substring(start, i);
                if (ENGLISH.contains(word)) {
                    english++;
                }
                else if (FOREIGN.contains(word) || word.startsWith("d'") || word.startsWith("l'")) {
                    foreign++;
                }
            }
        }
        if (foreign >= 2 && foreign > english) {
            return false;
        }
        return !(accented >= 3 && english < 2 || foreign >= 1 && english == 0 && accented >= 1);
    }
}
