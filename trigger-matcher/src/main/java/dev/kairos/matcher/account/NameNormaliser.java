package dev.kairos.matcher.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a company name into the words the matcher compares: ASCII lower case without accents or punctuation, "&" read
 * as "and", runs of single letters joined ("S.A." and "A/S" become one word), stop words ("the", "and", "of", ...)
 * dropped, and legal forms (from the ISO 20275 list: "GmbH", "S.A.S.", "Oyj", "Public Company Limited", ...) and
 * share-class marks ("-A", "SP ADR") removed from the end, a few legal forms also from the start ("PT", "AB").
 */
public final class NameNormaliser {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static final Map<Character, String> FOLDED = Map.of('ß', "ss", 'ø', "o", 'æ', "ae", 'ł', "l", 'đ', "d",
            'ı', "i", 'œ', "oe", 'þ', "th");

    /** Words that carry no name: dropped wherever they stand, unless nothing else is left. */
    private static final Set<String> STOP_WORDS = Set.of("the", "and", "of", "de", "des", "du", "la", "le", "les",
            "del", "der", "die", "das", "und", "et", "y", "e", "da", "do", "di", "van", "von", "a", "an", "in", "for");

    /** Marks of a listed security rather than of the company ("SP ADR", "REG", "PREF", "-A-"). */
    private static final Set<String> SECURITY_MARKS = Set.of("adr", "ads", "sp", "spon", "sponsored", "reg", "regd",
            "registered", "shs", "shares", "pref", "pfd", "ord", "vz", "inh", "namen", "unit", "units", "ctf", "cert",
            "gdr", "nvdr", "br", "bearer", "npv", "class", "cl", "wi", "on", "eo", "dl", "ls", "zdp", "nvtg", "vtg", "non",
            "wd", "bats", "usd", "eur", "gbp", "n1", "n2", "shrs", "stk", "common", "stock", "reit");

    /** Generic words a company's name may end in, as often left out as written ("Gemfields Group Limited"). */
    private static final Set<String> GENERIC_ENDINGS = Set.of("group", "grp", "holdings", "holding", "hldgs", "hldg",
            "cos", "companies");

    /** Legal forms also written before the name ("PT Bank ...", "AB Volvo"). */
    private static final Set<String> LEADING_FORMS = Set.of("pt", "ab", "as", "oao", "pao", "pjsc", "jsc", "ojsc",
            "zao", "ooo", "tov", "kk", "cv", "sa");

    private static final Set<String> LEGAL_FORMS = load("/matching/legal-forms.txt");

    private static final int LONGEST_FORM = LEGAL_FORMS.stream().mapToInt(f -> f.split(" ").length).max().orElse(1);

    private NameNormaliser() {
    }

    /** The name's words, in order, as described above. Empty when it has no Latin letters or digits. */
    public static List<String> words(String name) {
        // forms first: some hold a stop word ("S.A. de C.V.")
        List<String> words = stripForms(rawWords(name));
        List<String> kept = new ArrayList<>(words.size());
        for (String word : words) {
            if (!STOP_WORDS.contains(word)) {
                kept.add(word);
            }
        }
        return kept.isEmpty() ? words : List.copyOf(kept);
    }

    /** The exact-match key: the words with generic endings ("Group", "Holdings") left out too, space-separated. */
    public static String key(List<String> words) {
        int end = words.size();
        while (end > 1 && GENERIC_ENDINGS.contains(words.get(end - 1))) {
            end--;
        }
        return String.join(" ", words.subList(0, end));
    }

    /**
     * The words with "ae", "oe" and "ue" after a consonant read as the umlaut they spell out in German, folded as
     * {@link #words} folds "ä", "ö" and "ü": "muenchener" becomes "munchener", as "Münchener" is. A second reading for
     * a name that found no account: English words hold these pairs too ("blue", "sequel").
     */
    static List<String> withUmlautsSpeltOutFolded(List<String> words) {
        List<String> folded = new ArrayList<>(words.size());
        for (String word : words) {
            StringBuilder spelt = new StringBuilder(word.length());
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                spelt.append(c);
                if ((c == 'a' || c == 'o' || c == 'u') && i + 1 < word.length() && word.charAt(i + 1) == 'e' && i > 0
                        && isConsonant(word.charAt(i - 1))) {
                    i++;
                }
            }
            folded.add(spelt.toString());
        }
        return folded;
    }

    private static boolean isConsonant(char c) {
        return c >= 'a' && c <= 'z' && "aeiouy".indexOf(c) < 0;
    }

    /** Whether a word is generic ("group", "holdings") rather than distinctive. */
    static boolean isGeneric(String word) {
        return GENERIC_ENDINGS.contains(word);
    }

    static List<String> rawWords(String name) {
        StringBuilder folded = new StringBuilder(name.length() + 8);
        String decomposed = isAscii(name) ? name
                : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        for (int i = 0; i < decomposed.length(); i++) {
            char c = Character.toLowerCase(decomposed.charAt(i));
            String replacement = FOLDED.get(c);
            if (replacement != null) {
                folded.append(replacement);
            }
            else if (c == '&' || c == '+') {
                folded.append(" and ");
            }
            else if (c == '\'' || c == '\u2019' || c == '`') {
                // "BJ'S" and "Moody's" are one word
                continue;
            }
            else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                folded.append(c);
            }
            else {
                folded.append(' ');
            }
        }
        List<String> words = new ArrayList<>();
        StringBuilder letters = new StringBuilder();
        for (String word : folded.toString().toLowerCase(Locale.ROOT).split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
                letters.append(word);
                continue;
            }
            if (!letters.isEmpty()) {
                words.add(letters.toString());
                letters.setLength(0);
            }
            words.add(word);
        }
        if (!letters.isEmpty()) {
            words.add(letters.toString());
        }
        return words;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static List<String> stripForms(List<String> words) {
        int start = 0;
        int end = words.size();
        boolean changed = true;
        while (changed && end - start > 1) {
            changed = false;
            String last = words.get(end - 1);
            if (SECURITY_MARKS.contains(last) || STOP_WORDS.contains(last) || last.length() == 1
                    || last.chars().allMatch(Character::isDigit)) {
                end--;
                changed = true;
                continue;
            }
            if (end - start > 3 && words.get(end - 2).equals("in") && formEndingAt(words, start, end - 2) > 0) {
                // "Aktiengesellschaft in München": the seat a registered name may give after its legal form
                end -= 2;
                changed = true;
                continue;
            }
            int form = formEndingAt(words, start, end);
            if (form > 0) {
                end -= form;
                changed = true;
            }
            if (!changed && end - start > 1 && LEADING_FORMS.contains(words.get(start))) {
                start++;
                changed = true;
            }
        }
        return List.copyOf(words.subList(start, end));
    }

    /** The number of words of the longest legal form that ends at {@code end}, leaving a word before it; or 0. */
    private static int formEndingAt(List<String> words, int start, int end) {
        for (int n = Math.min(LONGEST_FORM, end - start - 1); n >= 1; n--) {
            if (LEGAL_FORMS.contains(String.join(" ", words.subList(end - n, end)))) {
                return n;
            }
        }
        return 0;
    }

    private static Set<String> load(String resource) {
        Set<String> forms = new HashSet<>();
        try (InputStream in = NameNormaliser.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String form = line.strip();
                if (!form.isEmpty() && !form.startsWith("#")) {
                    forms.add(form);
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return Set.copyOf(forms);
    }
}
