package dev.kairos.ingest.detect;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a text is English. Detection reads English only; other languages must give no triggers, even with English
 * company names and "$10M" in them.
 */
final class English {

    private static final Set<String> ENGLISH = Set.copyOf(java.util.Arrays.asList(
            "the", "a", "an", "of", "to", "in", "for", "on", "with", "and",
            "its", "as", "by", "at", "from", "is", "are", "has", "new", "after", "over", "into", "raises", "buys",
            "acquires", "names", "appoints", "launches", "opens", "cuts", "jobs", "funding", "round", "million",
            "billion", "says", "will", "be", "it", "this", "that", "their", "his", "her", "deal", "announces",
            "led", "joins", "steps", "down", "chief", "officer", "partners", "expands", "unveils", "files", "ipo",
            "lays", "off", "layoffs", "seed", "series", "secures", "hires", "was", "were", "have", "not", "first",
            "startup", "company", "than", "more", "up", "out", "about", "our", "we", "you", "how", "why", "what"));

    private static final Set<String> FOREIGN = Set.copyOf(java.util.Arrays.asList(
            // German
            "der", "die", "das", "und", "mit", "für", "von", "ein", "eine", "einen", "ist", "sich", "auf", "des",
            "dem", "den", "nach", "bei", "zum", "zur", "übernimmt", "sammelt", "erhält", "millionen", "wird",
            "neue", "neuen", "neuer", "stellt", "kündigt", "ernennt", "eröffnet", "streicht", "stellen",
            "finanzierung",
            // French
            "le", "la", "les", "des", "du", "une", "et", "pour", "avec", "sur", "dans", "lève", "rachète", "nomme",
            "ouvre", "millions", "d'euros", "par", "annonce", "supprime", "emplois", "nouveau", "nouvelle", "au",
            "aux", "est", "sa", "son", "ses", "qui",
            // Spanish / Portuguese / Italian
            "el", "los", "las", "del", "una", "y", "para", "con", "por", "adquiere", "recauda", "nombra", "abre",
            "millones", "nuevo", "nueva", "despide", "empleos", "ronda", "il", "della", "di", "che", "per",
            "acquisisce",
            "nomina", "milioni", "raccoglie", "apre", "nuovo", "nuova", "os", "da", "do", "em", "com", "uma", "adquire",
            "capta", "milhões", "anuncia", "abre", "novo", "nova", "são", "não", "na", "no", "ao", "dos", "das",
            // Dutch / Scandinavian / Polish
            "het", "een", "voor", "van", "met", "neemt", "haalt", "miljoen", "op", "naar", "och", "att", "för", "med",
            "köper", "miljoner", "av", "på", "som", "är", "til", "og", "af", "ny", "nye", "w", "z", "na", "się",
            "przejmuje", "pozyskuje", "milionów", "oraz", "dla", "jest", "nowy", "nowa"));

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
            while (i < lower.length() && !isSeparator(lower.charAt(i))) {
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
