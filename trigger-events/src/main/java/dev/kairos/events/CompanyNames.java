package dev.kairos.events;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalises company names and domains so that "Acme, Inc.", "ACME Inc" and "acme" meet on one key. Both the ingest
 * key of {@code trigger.events} and the matcher's account index use it, which is why it is part of the contract.
 */
public final class CompanyNames {

    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern DOTTED_INITIAL = Pattern.compile("(?<![a-z])([a-z])\\.(?=[a-z](?![a-z]))");
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Set<String> LEGAL_SUFFIXES = Set.of("inc", "incorporated", "corp", "corporation", "co",
            "company", "ltd", "limited", "llc", "llp", "plc", "gmbh", "ag", "sa", "sas", "sarl", "bv", "nv", "ab",
            "as", "oy", "spa", "srl", "pty", "kk", "pte", "holdings", "group");

    private CompanyNames() {
    }

    /** Lower case, ASCII letters and digits, single spaces, legal-form suffixes removed ("Acme Corp." → "acme"). */
    public static String normalise(String name) {
        String ascii = DIACRITICS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String lower = ascii.toLowerCase(Locale.ROOT).replace("&", " and ");
        String undotted = DOTTED_INITIAL.matcher(lower).replaceAll("$1");
        String[] words = NON_ALPHANUMERIC.matcher(undotted).replaceAll(" ").trim().split(" ");
        int end = words.length;
        // keep a real word: "The Company" must not shrink to "the"
        while (end > 1 && LEGAL_SUFFIXES.contains(words[end - 1]) && !(end == 2 && words[0].equals("the"))) {
            end--;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, 0, end));
    }

    /** Lower case host without scheme, path or a leading {@code www.} ("https://www.Acme.io/about" → "acme.io"). */
    public static String normaliseDomain(String domainOrUrl) {
        String host = domainOrUrl.trim().toLowerCase(Locale.ROOT);
        int scheme = host.indexOf("://");
        if (scheme >= 0) {
            host = host.substring(scheme + 3);
        }
        int end = indexOfAny(host, "/?#:");
        if (end >= 0) {
            host = host.substring(0, end);
        }
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
