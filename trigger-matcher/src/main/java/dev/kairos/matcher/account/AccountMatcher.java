package dev.kairos.matcher.account;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kairos.events.Account;
import dev.kairos.events.Company;
import dev.kairos.events.MatchMethod;
import org.jspecify.annotations.Nullable;

/**
 * The matcher of trigger-matcher, the {@code match} command and the quality test: domain, then exact normalised name
 * or alias, then fuzzy name (see {@link AccountLookup}). Fuzzy candidates come from the index's word-prefix postings
 * of the query's rarest words; each is scored by how much of the query's and of the account's words (weighted by
 * IDF taken from the CRM's own accounts, so that "Ericsson" counts more than "International") the other explains, word
 * by word: equal, a prefix ("BRIT" for "British"), a known or letter-by-letter abbreviation ("FINL", "HLDGS"), initials
 * ("ANZ" for "Australia and New Zealand"), a plural or a one-letter typo in a long word. What is more often another
 * name than another way of writing it counts little: a query word longer than the account's ("Start" for "Star"), a
 * typo in a short word ("Jihua", "Juhua"), three letters scattered over a long word ("TCI" in "Techtronic"). Two
 * accounts within {@link Settings#margin()} of each other, or one key held by several accounts, are refused.
 */
public final class AccountMatcher implements AccountLookup {

    /**
     * How sure a fuzzy match must be.
     *
     * @param threshold the least fuzzy score that matches
     * @param margin the least lead over the runner-up; closer is ambiguous
     * @param maxCandidates the most accounts a fuzzy lookup scores
     */
    public record Settings(double threshold, double margin, int maxCandidates) {

        /** Calibrated on the development set's accounts; see docs/trigger-matcher.md. */
        public static final Settings DEFAULTS = new Settings(0.76, 0.12, 250);
    }

    static final double DOMAIN_SCORE = 1.0;

    static final double NAME_SCORE = 0.95;

    static final double ALIAS_SCORE = 0.9;

    /** How much the two letters an exchange short name ends in count of the word they start. */
    static final double TRUNCATED = 0.8;

    /** How much a word written as initials ("ANZ" for "Australia New Zealand") counts of each word it stands for. */
    static final double INITIALS = 0.9;

    /** Fuzzy scores are scaled below the exact ones, so that a score says which way a match was made. */
    static final double FUZZY_CEILING = 0.89;

    private static final Map<String, String> ABBREVIATIONS = abbreviations();

    /** Postings up to this long are scored whole; of two longer ones, only the accounts in both. */
    private static final int SMALL_POSTING = 32;

    private final AccountIndex index;

    private final Settings settings;

    public AccountMatcher(AccountIndex index, Settings settings) {
        this.index = index;
        this.settings = settings;
    }

    public AccountMatcher(AccountIndex index) {
        this(index, Settings.DEFAULTS);
    }

    public AccountIndex index() {
        return index;
    }

    @Override
    public AccountMatch find(Company company, @Nullable String evidenceUrl) {
        return find(company.name(), company.domain(), evidenceUrl);
    }

    /** As {@link #find(Company, String)}, for a name or a domain alone (either may be null). */
    public AccountMatch find(@Nullable String name, @Nullable String domain, @Nullable String evidenceUrl) {
        return index.read(() -> findLocked(name, domain, evidenceUrl));
    }

    private AccountMatch findLocked(@Nullable String name, @Nullable String domain, @Nullable String evidenceUrl) {
        List<String> words = name == null ? List.of() : NameNormaliser.words(name);
        String registrable = Domains.registrable(domain);
        if (registrable != null) {
            AccountMatch byDomain = byDomain(registrable, words, false);
            if (byDomain != null) {
                return byDomain;
            }
        }
        AccountMatch byName = words.isEmpty() ? AccountMatch.none() : byName(words);
        if (registrable == null && evidenceUrl != null && !words.isEmpty()) {
            // the page a trigger was read on is the company's own site only when its name agrees
            String host = Domains.registrable(evidenceUrl);
            if (host != null) {
                AccountMatch bySite = byDomain(host, words, true);
                if (bySite != null) {
                    return bySite;
                }
            }
        }
        return byName;
    }

    private @Nullable AccountMatch byDomain(String registrable, List<String> words, boolean nameMustAgree) {
        IntList slots = index.slotsOfDomain(registrable);
        if (slots == null || slots.isEmpty()) {
            return null;
        }
        if (slots.size() == 1 && !nameMustAgree) {
            return AccountMatch.matched(index.entry(slots.get(0)).account(), MatchMethod.DOMAIN, DOMAIN_SCORE,
                    registrable);
        }
        List<Integer> agreeing = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            if (!words.isEmpty() && nameScore(words, slots.get(i)) >= settings.threshold()) {
                agreeing.add(slots.get(i));
            }
        }
        if (agreeing.size() == 1) {
            return AccountMatch.matched(index.entry(agreeing.getFirst()).account(), MatchMethod.DOMAIN, DOMAIN_SCORE,
                    registrable);
        }
        if (nameMustAgree) {
            return null;
        }
        if (slots.size() == 1) {
            return AccountMatch.matched(index.entry(slots.get(0)).account(), MatchMethod.DOMAIN, DOMAIN_SCORE,
                    registrable);
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            ids.add(index.entry(slots.get(i)).account().accountId());
        }
        return AccountMatch.ambiguous(ids);
    }

    private AccountMatch byName(List<String> words) {
        AccountMatch found = byWords(words);
        if (found.outcome() == AccountMatch.Outcome.NO_ACCOUNT) {
            // "Muenchener Rueck", "RHOEN-KLINIKUM": the German umlauts spelt out, where the CRM writes ü, ö, ä
            List<String> umlauts = NameNormaliser.withUmlautsSpeltOutFolded(words);
            if (!umlauts.equals(words)) {
                return byWords(umlauts);
            }
        }
        return found;
    }

    private AccountMatch byWords(List<String> words) {
        String key = NameNormaliser.key(words);
        AccountMatch exact = exact(key);
        if (exact == null) {
            exact = exact(key.replace(" ", ""));
        }
        return exact != null ? exact : fuzzy(words);
    }

    private @Nullable AccountMatch exact(String key) {
        IntList names = index.namesOfKey(key);
        if (names == null || names.isEmpty()) {
            return null;
        }
        Set<Integer> slots = new LinkedHashSet<>();
        for (int i = 0; i < names.size(); i++) {
            slots.add(AccountIndex.slotOf(names.get(i)));
        }
        if (slots.size() > 1) {
            return AccountMatch.ambiguous(slots.stream().map(slot -> index.entry(slot).account().accountId()).toList());
        }
        // prefer the account's name over an alias equal to it
        int best = names.get(0);
        for (int i = 1; i < names.size(); i++) {
            best = Math.min(best, names.get(i));
        }
        Account account = index.entry(AccountIndex.slotOf(best)).account();
        int name = AccountIndex.nameOf(best);
        return name == 0 ? AccountMatch.matched(account, MatchMethod.NAME, NAME_SCORE, account.name())
                : AccountMatch.matched(account, MatchMethod.ALIAS, ALIAS_SCORE, account.aliases().get(name - 1));
    }

    private AccountMatch fuzzy(List<String> words) {
        Set<Integer> candidates = candidates(words);
        int bestSlot = -1;
        int bestName = 0;
        double best = 0;
        int secondSlot = -1;
        double second = 0;
        for (int slot : candidates) {
            AccountIndex.Entry entry = index.entry(slot);
            int[][] names = entry.names();
            double slotBest = 0;
            int slotName = 0;
            for (int n = 0; n < names.length; n++) {
                double score = score(words, names[n]);
                if (score > slotBest) {
                    slotBest = score;
                    slotName = n;
                }
            }
            if (slotBest > best) {
                second = best;
                secondSlot = bestSlot;
                best = slotBest;
                bestSlot = slot;
                bestName = slotName;
            }
            else if (slotBest > second) {
                second = slotBest;
                secondSlot = slot;
            }
        }
        if (bestSlot < 0 || best < settings.threshold()) {
            return AccountMatch.none();
        }
        if (secondSlot >= 0 && best - second < settings.margin()) {
            return AccountMatch.ambiguous(List.of(index.entry(bestSlot).account().accountId(),
                    index.entry(secondSlot).account().accountId()));
        }
        Account account = index.entry(bestSlot).account();
        String matched = bestName == 0 ? account.name() : account.aliases().get(bestName - 1);
        return AccountMatch.matched(account, MatchMethod.FUZZY, Math.min(FUZZY_CEILING, best), matched);
    }

    /**
     * The accounts worth scoring: those holding the query's rarest word, and its second rarest; for a query word that
     * is no account's, those holding a word that starts like it (its first three or four letters). A posting
     * larger than {@link Settings#maxCandidates()} is passed over: a name made of common words alone is not matched
     * fuzzily.
     */
    private Set<Integer> candidates(List<String> words) {
        IntList rarest = null;
        IntList next = null;
        for (String word : words) {
            // a word no account holds is likely shortened ("OCCID"): the accounts with a word starting like it
            int id = index.wordId(word, false);
            IntList posting = id >= 0 ? index.slotsOfWord(id)
                    : word.length() >= AccountIndex.PREFIX ? index.slotsOfPrefix(word) : null;
            if (posting == null || posting.isEmpty() || posting.size() > settings.maxCandidates()) {
                continue;
            }
            if (rarest == null || posting.size() < rarest.size()) {
                next = rarest;
                rarest = posting;
            }
            else if (next == null || posting.size() < next.size()) {
                next = posting;
            }
        }
        Set<Integer> candidates = new LinkedHashSet<>();
        if (rarest != null && next != null && rarest.size() > SMALL_POSTING) {
            // both long: only the accounts holding both words are worth scoring
            Set<Integer> inRarest = new java.util.HashSet<>();
            for (int i = 0; i < rarest.size(); i++) {
                inRarest.add(rarest.get(i));
            }
            for (int i = 0; i < next.size(); i++) {
                if (inRarest.contains(next.get(i))) {
                    candidates.add(next.get(i));
                }
            }
            // none holds both: the best would miss a rare word of the query, too little to match on
            return candidates;
        }
        for (IntList posting : new IntList[] { rarest, next }) {
            for (int i = 0; posting != null && i < posting.size(); i++) {
                candidates.add(posting.get(i));
            }
        }
        return candidates;
    }

    /** The best score of the query words against any name of the account in {@code slot}. */
    private double nameScore(List<String> words, int slot) {
        double best = 0;
        for (int[] name : index.entry(slot).names()) {
            best = Math.max(best, score(words, name));
        }
        String key = NameNormaliser.key(words);
        for (int[] name : index.entry(slot).names()) {
            List<String> nameWords = new ArrayList<>();
            for (int id : name) {
                nameWords.add(index.word(id));
            }
            if (NameNormaliser.key(nameWords).equals(key)) {
                return 1;
            }
        }
        return best;
    }

    /**
     * How well the query's words and one account name's words explain each other, in [0, 1]: each query word is paired
     * with at most one account word (best pairs first), and both sides' coverage is weighed by IDF.
     */
    double score(List<String> query, int[] name) {
        if (name.length == 0 || query.isEmpty()) {
            return 0;
        }
        int n = query.size();
        int m = name.length;
        double[][] similarity = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                similarity[i][j] = similarity(query.get(i), index.word(name[j]));
            }
        }
        // exchange short names are cut at a fixed width: their last word may be the first letters of a word alone
        // ("COGNIZANT TECH SO", "Osisko Gold Ro")
        String last = query.get(n - 1);
        if (n > 1 && last.length() == 2) {
            for (int j = 0; j < m; j++) {
                if (similarity[n - 1][j] < TRUNCATED && index.word(name[j]).startsWith(last)) {
                    similarity[n - 1][j] = TRUNCATED;
                }
            }
        }
        double logSize = Math.log(index.size() + 1.0);
        boolean[] queryUsed = new boolean[n];
        boolean[] nameUsed = new boolean[m];
        double matched = 0;
        double queryWeight = 0;
        double nameWeight = 0;
        for (int j = 0; j < m; j++) {
            nameWeight += weight(name[j], logSize);
        }
        boolean firstPaired = false;
        boolean anchored = false;
        for (int i = 0; i < n; i++) {
            int run = initialsRun(query.get(i), name, similarity[i], nameUsed);
            if (run >= 0) {
                queryUsed[i] = true;
                for (int j = run; j < run + query.get(i).length(); j++) {
                    nameUsed[j] = true;
                    double w = weight(name[j], logSize);
                    matched += INITIALS * w;
                    queryWeight += w;
                }
                firstPaired |= i == 0 && run == 0;
            }
        }
        for (int pairs = 0; pairs < Math.min(n, m); pairs++) {
            int bi = -1;
            int bj = -1;
            double bs = 0;
            for (int i = 0; i < n; i++) {
                if (queryUsed[i]) {
                    continue;
                }
                for (int j = 0; j < m; j++) {
                    if (!nameUsed[j] && similarity[i][j] > bs) {
                        bs = similarity[i][j];
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                break;
            }
            queryUsed[bi] = true;
            nameUsed[bj] = true;
            double w = weight(name[bj], logSize);
            matched += bs * w;
            queryWeight += w;
            firstPaired |= bi == 0 && bj == 0;
            anchored |= bs >= 0.95 && w > 1.01;
        }
        for (int i = 0; i < n; i++) {
            if (!queryUsed[i]) {
                queryWeight += weight(index.wordId(query.get(i), false), logSize);
            }
        }
        double queryCoverage = matched / queryWeight;
        double nameCoverage = matched / nameWeight;
        double score = queryCoverage * (0.55 + 0.45 * nameCoverage);
        if (!anchored) {
            // no distinctive word written as the account writes it: prefixes and typos alone ("Cann" for
            // "Cannagistics") are weaker evidence
            score *= 0.9;
        }
        return firstPaired || index.word(name[0]).length() <= 2 ? score : score * 0.9;
    }

    /**
     * Where the query word is the initials of as many consecutive words of the name ("ANZ" for "Australia New
     * Zealand"), the first of them; else -1. Only for a word that no word of the name explains as written.
     */
    private int initialsRun(String word, int[] name, double[] similarities, boolean[] nameUsed) {
        int length = word.length();
        if (length < 2 || length > 5 || length > name.length) {
            return -1;
        }
        for (double similarity : similarities) {
            if (similarity >= 0.9) {
                return -1;
            }
        }
        for (int start = 0; start + length <= name.length; start++) {
            boolean all = true;
            for (int k = 0; k < length && all; k++) {
                all = !nameUsed[start + k] && index.word(name[start + k]).charAt(0) == word.charAt(k);
            }
            if (all) {
                return start;
            }
        }
        return -1;
    }

    /** A word's IDF weight; {@code logSize} is the log of the number of accounts plus one, taken once per name. */
    private double weight(int wordId, double logSize) {
        int df = index.documentFrequency(wordId);
        double idf = logSize - logOf(df + 1) + 1;
        // initials and generic words ("J Sainsbury", "Group") say little about which company it is
        if (wordId >= 0 && (index.word(wordId).length() <= 2 || NameNormaliser.isGeneric(index.word(wordId)))) {
            idf = Math.min(idf, 1);
        }
        // IDF to the power 1.5: a word in a hundred of the CRM's accounts ("Resources", "Technology") weighs a third
        // of one only this account holds, not half, so that leaving it out of a name costs less
        return idf * Math.sqrt(idf);
    }

    private static final double[] LOGS = java.util.stream.IntStream.range(0, 4096).mapToDouble(Math::log).toArray();

    private static double logOf(int n) {
        return n < LOGS.length ? LOGS[n] : Math.log(n);
    }

    /** How likely {@code query} is a way of writing {@code word}, in [0, 1]. */
    static double similarity(String query, String word) {
        if (query.equals(word)) {
            return 1;
        }
        // every known abbreviation starts with its word's first letter: most pairs end here
        if (query.charAt(0) != word.charAt(0)) {
            return 0;
        }
        String expanded = ABBREVIATIONS.get(query);
        if (expanded != null && word.startsWith(expanded)) {
            return 0.95;
        }
        if (stem(query).equals(stem(word))) {
            return 0.95;
        }
        if (word.startsWith(query)) {
            return query.length() >= 4 ? 0.9 : query.length() == 3 ? 0.8 : 0.5;
        }
        if (query.startsWith(word) && word.length() >= 4) {
            // the query says more than the word ("Start" for "Star", "NextEV" for "Next"): likely another name
            return 0.6;
        }
        if (query.length() >= 3 && query.length() < word.length()
                && (isSubsequence(query, word) || isSubsequence(query, stem(word)))) {
            // "SFTWARE", and "TCHNGY" through the singular of "technologies"; three letters scattered over a long
            // word ("TCI" in "Techtronic") are as likely chance as abbreviation
            return query.length() >= 4 || 2 * query.length() >= word.length() ? 0.75 : 0.5;
        }
        if (query.length() >= 5 && word.length() >= 5 && withinOneEdit(query, word)) {
            // one letter in five or six is another name as often as a typo ("Jihua", "Juhua")
            return Math.min(query.length(), word.length()) >= 7 ? 0.75 : 0.6;
        }
        return 0;
    }

    private static String stem(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static boolean isSubsequence(String abbreviation, String word) {
        int j = 0;
        for (int i = 0; i < word.length() && j < abbreviation.length(); i++) {
            if (word.charAt(i) == abbreviation.charAt(j)) {
                j++;
            }
        }
        return j == abbreviation.length();
    }

    /** One letter inserted, deleted, replaced, or two neighbours swapped. */
    private static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true;
            }
            return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        return longer.substring(i + 1).equals(shorter.substring(i));
    }

    /** Abbreviations of exchange and newswire short names that are no prefix or letter-by-letter shortening. */
    private static Map<String, String> abbreviations() {
        Map<String, String> map = new HashMap<>();
        String[][] pairs = { { "intl", "international" }, { "int", "international" }, { "natl", "national" },
                { "nat", "national" }, { "finl", "financial" }, { "fin", "financial" }, { "hldgs", "holdings" },
                { "hldg", "holding" }, { "hld", "holdings" }, { "hlds", "holdings" }, { "grp", "group" },
                { "gr", "group" }, { "svcs", "services" }, { "svc", "services" }, { "serv", "services" },
                { "ser", "services" }, { "sys", "systems" }, { "tech", "technology" }, { "techn", "technology" },
                { "amer", "american" }, { "am", "american" }, { "bk", "bank" }, { "bkg", "banking" },
                { "mfg", "manufacturing" }, { "mgmt", "management" }, { "mgt", "management" },
                { "inds", "industries" }, { "ind", "industries" }, { "indl", "industrial" }, { "pharm", "pharmaceutical" },
                { "pharma", "pharmaceutical" }, { "res", "resources" }, { "dev", "development" },
                { "devt", "development" }, { "comm", "communications" }, { "commun", "communications" },
                { "comms", "communications" }, { "telecom", "telecommunications" }, { "ent", "entertainment" },
                { "entmt", "entertainment" }, { "elec", "electric" }, { "el", "electric" }, { "eng", "engineering" },
                { "engy", "energy" }, { "enrg", "energy" }, { "pete", "petroleum" }, { "petrol", "petroleum" },
                { "prop", "properties" }, { "props", "properties" }, { "ppty", "property" }, { "invt", "investment" },
                { "inv", "investment" }, { "invest", "investment" }, { "ins", "insurance" }, { "insur", "insurance" },
                { "assur", "assurance" }, { "med", "medical" }, { "hlth", "health" }, { "hosp", "hospital" },
                { "min", "mining" }, { "mng", "mining" }, { "mtls", "metals" }, { "chem", "chemical" },
                { "chems", "chemicals" }, { "constr", "construction" }, { "cons", "construction" },
                { "prods", "products" }, { "prod", "products" }, { "mat", "materials" }, { "mats", "materials" },
                { "auto", "automotive" }, { "semicon", "semiconductor" }, { "semi", "semiconductor" },
                { "elect", "electronics" }, { "electr", "electronics" }, { "sol", "solutions" },
                { "solu", "solutions" }, { "tr", "trust" }, { "co", "company" }, { "cos", "companies" },
                { "gen", "general" }, { "genl", "general" }, { "ctr", "center" }, { "ctrs", "centers" },
                { "dist", "distribution" }, { "distr", "distribution" }, { "equip", "equipment" },
                { "infra", "infrastructure" }, { "infr", "infrastructure" }, { "trans", "transport" },
                { "transp", "transportation" }, { "log", "logistics" }, { "mkt", "market" }, { "mkts", "markets" },
                { "ptnrs", "partners" }, { "ptns", "partners" }, { "hk", "hong" }, { "brit", "british" },
                { "aust", "australia" }, { "austr", "australian" }, { "can", "canadian" }, { "jap", "japan" },
                { "euro", "european" }, { "eur", "european" }, { "pac", "pacific" }, { "sth", "south" },
                { "nth", "north" }, { "cent", "central" }, { "ctl", "central" }, { "utd", "united" },
                { "un", "united" }, { "untd", "united" }, { "soc", "society" }, { "lab", "laboratories" },
                { "labs", "laboratories" }, { "bio", "biotechnology" }, { "biotech", "biotechnology" },
                { "ther", "therapeutics" }, { "thera", "therapeutics" }, { "pwr", "power" }, { "gas", "gas" },
                { "oil", "oil" }, { "wtr", "water" }, { "cn", "china" }, { "ch", "china" }, { "chn", "china" },
                { "sh", "shanghai" }, { "bj", "beijing" }, { "gz", "guangzhou" }, { "sz", "shenzhen" },
                { "cdn", "canadian" }, { "ryl", "royal" }, { "hd", "holdings" }, { "hldgs", "holdings" },
                { "jp", "japan" }, { "kor", "korea" }, { "ger", "germany" }, { "fr", "france" }, { "env", "environmental" }, { "envir", "environmental" } };
        for (String[] pair : pairs) {
            map.put(pair[0], pair[1]);
        }
        return Map.copyOf(map);
    }
}
