package dev.kairos.ingest.detect;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One normalised headline or lede sentence, split into words, with the name-finding the trigger finders share: who
 * stands before a verb (the subject) and who follows it (the object).
 */
final class Sentence {

    /** Words that never belong to a name, whatever their case ("Acme In Talks To Buy Beta" in title case). */
    private static final Set<String> FUNCTION_WORDS = WordList.of("function-words");

    /** Words that describe a company before its name: "AI startup Acme", "Cybersecurity Firm Beta". */
    private static final Set<String> DESCRIPTOR_HEADS = WordList.of("descriptors");

    /** Adjectives of nationality and region that precede a name: "Israeli startup Acme", "German Acme". */
    private static final Set<String> PLACE_ADJECTIVES = WordList.of("place-adjectives");

    private static final Set<String> CONJUNCTIONS = Set.of("and", "after", "as", "amid", "while", "following",
            "before", "since", "then", "also", "&", "that", "which", "by");

    private static final Set<String> PRONOUN_SUBJECTS = WordList.of("pronoun-subjects");

    /** Prefixes of wire headlines that are not part of the sentence: "Exclusive:", "UPDATE 2-", "BRIEF-". */
    private static final Pattern PREFIX = Pattern.compile("^(?:(?:exclusive|breaking|update(?: \\d+)?|brief|"
            + "press release|\\w+breaks|funding|deal|deals|m&a|people moves?|appointments?|exec moves?|just in|"
            + "watch|"
            + "analysis|news|scoop|confirmed|official|corrected|refile|tech|startups?)\\s*[:-]\\s*)+",
            Pattern.CASE_INSENSITIVE);

    /** A wire service's dateline at the start of a headline or sentence: "HELSINKI AFX - ", "LONDON (Reuters) - ". */
    private static final Pattern WIRE_DATELINE = Pattern.compile("^[A-Z][A-Z.]+(?: [A-Z][A-Z.]+)? (?:AFX|Reuters"
            + "|\\(Reuters\\)|AP|AFP|\\(AFP\\)|\\(AP\\)) - ");

    private static final Pattern TICKER = Pattern.compile(
            "\\s*(?:\\((?:[^()]{0,40})\\)|<[A-Z0-9.:^]{1,12}>|\\[[^\\]]{0,40}\\])");

    /** A name in angle brackets, as 1987 wire stories mark companies without a ticker. */
    private static final Pattern MARKED_NAME = Pattern.compile("<([^<>]{2,80})>");

    private final String text;

    private final String lower;

    private final List<Word> words;

    private final boolean titleCase;

    /** Who a lede is about when it does not say: the company its headline names. */
    private final @Nullable String topic;

    /**
     * Per word, which word patterns it can start; and all of them together. Computed on first use, when the patterns
     * that ask have been created.
     */
    private WordPattern.Mask @Nullable [] wordMasks;

    private long masks;

    /** Per word, the patterns a match of which can start there, as it and the next word tell; asked word by word. */
    private long @Nullable [] startMasks;

    /** A start mask not yet known; a word that started all 64 patterns would only be asked again. */
    private static final long UNKNOWN = -1L;

    /** Whether the sentence is hedged (see {@link Hedges}): 0 not yet known, 1 no, 2 yes. Asked several times. */
    private byte hedged;

    /** The {@link Fact}s found about the sentence so far; made at the first. */
    private @Nullable IdentityHashMap<Fact<?>, @Nullable Object> facts;

    /** Whether {@link #leadingName()} is known, and what it is. */
    private boolean leadingKnown;

    private @Nullable String leading;

    private Sentence(String text, @Nullable String topic) {
        this.topic = topic;
        this.text = text;
        this.lower = text.toLowerCase(Locale.ROOT);
        this.words = split(text);
        this.titleCase = isTitleCase(words);
    }

    /** A part of a sentence, in the case its whole is written in. */
    private Sentence(String text, @Nullable String topic, boolean titleCase) {
        this.topic = topic;
        this.text = text;
        this.lower = text.toLowerCase(Locale.ROOT);
        this.words = split(text);
        this.titleCase = titleCase;
    }

    /** A sentence from raw headline or lede text: quotes, dashes and spaces made plain, tickers and prefixes gone. */
    static Sentence of(String raw) {
        return new Sentence(normalise(raw), null);
    }

    /** "Acme said on Monday (that)": the reporter in front of a lede's statement. */
    /**
     * The reporter in front of the verb: a name, perhaps with an aside and a day ("Acme, a Berlin fintech, on Monday").
     */
    private static final Pattern REPORTER = Pattern.compile("(?<who>[^,;]{1,80}?)(?:, [^,;]{1,80},)?"
            + "(?: today| on \\w+)?");

    /** The reporting verb and what may follow it before the statement: " said on Monday that ". */
    private static final Pattern REPORTED = Pattern.compile(" (?:said|says|announced|announces|confirmed|confirms"
            + "|disclosed|discloses|reported|reports|revealed|reveals|told \\w+)"
            + "(?: on \\w+| today| this week| last week"
            + "| in a statement| in a filing| in a regulatory filing| in a press release| in a blog post| late \\w+"
            + "| earlier| on \\w+ \\d+)*,?(?: that)? (?=\\S)");

    private static final List<String> REPORTING_VERBS = List.of(" said", " says", " announc", " confirm", " disclos",
            " report", " reveal", " told ", " wrote", " added");

    private static int firstReportingVerb(String lower) {
        int first = -1;
        for (String verb : REPORTING_VERBS) {
            int at = lower.indexOf(verb);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    /** ", the company said on Monday.": the reporter after a lede's statement. */
    private static final Pattern REPORTED_AFTER = Pattern.compile(",? (?:(?:the|a|an|its) [\\w\\s&'-]{0,40}"
            + "|it|he|she|they|officials|executives|the company|[A-Z][\\w&.'-]*(?: [A-Z][\\w&.'-]*){0,3}) "
            // "the previously announced takeover of": an adjective, not a reporter after the statement
            + "(?<!previously |already |recently |publicly |officially )"
            + "(?:said|says|announced|confirmed|wrote|added)\\b(?! that\\b)[^,;]*[.]?$");

    /** The verbs of {@link #REPORTED_AFTER}, with the space before them. */
    private static final List<String> VERBS_AFTER = List.of(" said", " says", " announced", " confirmed", " wrote",
            " added");

    /**
     * Whether one of {@link #REPORTED_AFTER}'s verbs stands at or after {@code from}: most ledes that report hold
     * none after their last comma, and the search tried the pattern's reporters at every position up to the end.
     */
    private static boolean holdsReportedAfter(String text, int from) {
        for (String verb : VERBS_AFTER) {
            if (text.indexOf(verb, from) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern ASIDE = Pattern.compile(", (?:who|which|whose|a|an|previously|formerly|most recently"
            + "|until recently|currently)\\b[^,;]{1,90},(?= )");

    /**
     * A lede sentence; {@code topic}, the company of its headline, stands in where the lede says "the company" or
     * "it". "Acme said on Monday that …" is read as what follows, with Acme as the topic.
     */
    static Sentence of(String raw, @Nullable String topic) {
        String text = normalise(raw);
        String about = topic;
        String lower = text.toLowerCase(Locale.ROOT);
        int verb = firstReportingVerb(lower);
        boolean reports = verb >= 0;
        Matcher reported = REPORTED.matcher(text);
        Matcher reporter = REPORTER.matcher(text);
        if (reports && verb <= 160 && reported.region(verb, text.length()).lookingAt()
                && reporter.region(0, verb).matches()) {
            // the reporter's words alone look like a title-case headline; they are in the lede's case
            Sentence who = new Sentence(reporter.group("who"), topic, !hasLowerCaseWord(text, verb));
            String name = who.nameEndingAt(who.words().size() - 1);
            if (name != null && !NOT_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
                about = name;
            }
            text = text.substring(reported.end());
        }
        if (reports) {
            // the reporter and what follows its verb hold no comma: a match starts at the last one or after it
            int from = Math.max(0, Math.max(text.lastIndexOf(','), text.lastIndexOf(';')));
            Matcher after = REPORTED_AFTER.matcher(text).region(from, text.length());
            if (holdsReportedAfter(text, from) && after.find()) {
                text = text.substring(0, after.start()) + text.substring(after.end());
            }
        }
        // "Jane Doe, a longtime Nike executive, will become …", "Jane Doe, who led …, has joined"
        if (text.indexOf(", ") >= 0) {
            text = ASIDE.matcher(text).replaceAll("");
        }
        return new Sentence(text, about);
    }

    private static final Pattern LEGAL_FORM_AFTER_COMMA = Pattern.compile(", (Inc\\.?|Ltd\\.?|LLC|Corp\\.?|Limited"
            + "|PLC|plc|S\\.A\\.?|AG|GmbH|N\\.V\\.?|L\\.P\\.?|LP|LLP|PLLC|P\\.C\\.|P\\.A\\.|PC|PA)(?=[\\s,;:]|$)");

    static String normalise(String text) {
        String raw = text.indexOf(';') >= 0 ? withoutEntities(text) : text;
        StringBuilder plain = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '\u2018', '\u2019', '\u201B', '\u2032', '`' -> c = '\'';
                case '\u201C', '\u201D', '\u201E', '\u2033' -> c = '"';
                case '\u2013', '\u2014', '\u2012', '\u2015' -> {
                    plain.append(space ? "- " : " - ");
                    space = true;
                    continue;
                }
                case '\u00A0', '\u2009', '\u202F', '\t', '\n', '\r' -> c = ' ';
                default -> {
                }
            }
            if (c == ' ') {
                if (!space && !plain.isEmpty()) {
                    plain.append(' ');
                }
                space = true;
                continue;
            }
            space = false;
            plain.append(c);
        }
        String result = withoutTickers(plain.toString());
        if (result.indexOf('<') >= 0) {
            // a wire story marks an unlisted company's full name: "<Crop Genetics International Corp> said"
            result = MARKED_NAME.matcher(result).replaceAll("$1");
        }
        if (result.contains(", ")) {
            // "Mersana Therapeutics, Inc. completes": the legal form belongs to the name, the comma ends no clause
            result = LEGAL_FORM_AFTER_COMMA.matcher(result).replaceAll(" $1");
        }
        result = result.strip();
        if (result.indexOf(':') >= 0 || result.indexOf('-') >= 0) {
            // every prefix ends in a colon or a hyphen: most headlines and ledes hold neither
            result = withoutStart(PREFIX, result);
        }
        if (result.length() > 6 && Character.isUpperCase(result.charAt(1))) {
            result = withoutStart(WIRE_DATELINE, result);
        }
        return result.strip();
    }

    /**
     * The text with the character references a news feed left without their ampersand written as the characters:
     * "Quillmere #39;s" is "Quillmere's", "#36;40 million" is "$40 million", "quot;" a quotation mark.
     */
    private static String withoutEntities(String text) {
        if (text.indexOf('#') < 0 && !text.contains("quot;")) {
            return text;
        }
        return text.replace(" #39;", "'").replace("#39;", "'").replace(" #146;", "'").replace("#146;", "'")
            .replace("#36;", "$").replace("#151;", " - ").replace("quot;", "\"");
    }

    /**
     * The text without the tickers and asides in brackets {@link #TICKER} matches. The same as its
     * {@code replaceAll("")}, but searched only from the spaces before each opening bracket: a search from every
     * position tried the pattern's leading spaces and three brackets at each.
     */
    private static String withoutTickers(String text) {
        int bracket = nextOpening(text, 0);
        if (bracket < 0) {
            return text;
        }
        Matcher ticker = TICKER.matcher(text);
        StringBuilder kept = new StringBuilder(text.length());
        int copied = 0;
        int from = 0;
        while (bracket >= 0) {
            // a match starts where the spaces before a bracket start: no position before them can start one
            int start = bracket;
            while (start > from && isRegexSpace(text.charAt(start - 1))) {
                start--;
            }
            if (!ticker.find(start)) {
                break;
            }
            kept.append(text, copied, ticker.start());
            copied = ticker.end();
            from = ticker.end();
            bracket = nextOpening(text, from);
        }
        return copied == 0 ? text : kept.append(text, copied, text.length()).toString();
    }

    /** The first opening bracket {@link #TICKER} starts at, at or after {@code from}, or -1. */
    private static int nextOpening(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '<' || c == '[') {
                return i;
            }
        }
        return -1;
    }

    /** What {@code \s} in a pattern matches. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The text without what a pattern anchored by "^" matches at its start. The same as {@code replaceFirst("")},
     * which would go on to try the pattern at every later position, where "^" fails.
     */
    private static String withoutStart(Pattern anchored, String text) {
        Matcher matcher = anchored.matcher(text);
        return matcher.lookingAt() ? text.substring(matcher.end()) : text;
    }

    String text() {
        return text;
    }

    boolean hedged() {
        if (hedged == 0) {
            hedged = Hedges.hedged(this) ? (byte) 2 : (byte) 1;
        }
        return hedged == 2;
    }

    /**
     * A costly fact about a sentence that a ruling asks more than once, or several rulings ask (a finder's reading of
     * it when it both finds and rules out): found at the first question, then remembered by the sentence, as
     * {@link #hedged()} is. Each fact is one constant; the sentence knows it by identity.
     */
    static final class Fact<T extends @Nullable Object> {

        private final Function<Sentence, T> finding;

        Fact(Function<Sentence, T> finding) {
            this.finding = finding;
        }
    }

    /** The fact about this sentence, found once. */
    @SuppressWarnings("unchecked")
    <T extends @Nullable Object> T fact(Fact<T> fact) {
        IdentityHashMap<Fact<?>, @Nullable Object> found = facts;
        if (found == null) {
            found = new IdentityHashMap<>(4);
            facts = found;
        }
        Object known = found.get(fact);
        if (known == null && !found.containsKey(fact)) {
            // not computeIfAbsent: finding one fact may ask for another
            known = fact.finding.apply(this);
            found.put(fact, known);
        }
        return (T) known;
    }

    /** The patterns a match of which can start at a word, as it and the next word tell: see {@link WordPattern}. */
    long maskAt(int word) {
        long[] known = startMasks;
        if (known == null) {
            known = new long[words.size()];
            java.util.Arrays.fill(known, UNKNOWN);
            startMasks = known;
        }
        if (known[word] == UNKNOWN) {
            WordPattern.Mask mask = wordMasks()[word];
            known[word] = mask.bits() == 0 ? 0 : WordPattern.startsAt(this, word, mask);
        }
        return known[word];
    }

    long masks() {
        wordMasks();
        return masks;
    }

    private WordPattern.Mask[] wordMasks() {
        WordPattern.Mask[] known = wordMasks;
        if (known == null) {
            known = new WordPattern.Mask[words.size()];
            long all = 0;
            for (int i = 0; i < known.length; i++) {
                String lower = words.get(i).lower();
                known[i] = lower.isEmpty() ? WordPattern.Mask.NONE : WordPattern.maskFor(lower);
                all |= known[i].bits();
            }
            masks = all;
            wordMasks = known;
        }
        return known;
    }

    /** The company of the headline a lede belongs to, or null. */
    @Nullable String topic() {
        return topic;
    }

    /** The text in lower case, the same length as {@link #text()}, for keyword tests. */
    String lower() {
        return lower;
    }

    boolean titleCase() {
        return titleCase;
    }

    /** Whether the whole text is written in capitals, as wire headlines are ("ACME <ACM> IN JOINT VENTURE"). */
    boolean inCapitals() {
        return text.equals(text.toUpperCase(Locale.ROOT));
    }

    List<Word> words() {
        return words;
    }

    /** The index of the word that starts at or contains the character offset, or the word count. */
    int wordAt(int offset) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).end() > offset) {
                return i;
            }
        }
        return words.size();
    }

    /** The index of the first word that starts at or after the character offset, or the word count. */
    int wordFrom(int offset) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).start() >= offset) {
                return i;
            }
        }
        return words.size();
    }

    /** The index of the last word that ends at or before the character offset, or -1. */
    int wordBefore(int offset) {
        for (int i = words.size() - 1; i >= 0; i--) {
            if (words.get(i).end() <= offset) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The company that is the subject of the verb starting at word {@code verb}: the name right before it, past
     * auxiliaries ("Acme has agreed to"), appositives ("Acme, a Berlin fintech,") and descriptors ("AI startup
     * Acme"). A pronoun ("it", "the company") or nothing stands for the sentence's first name.
     */
    @Nullable Subject subjectOf(int verb) {
        int i = verb - 1;
        List<String> filler = new ArrayList<>();
        while (i >= 0 && filler.size() < 6 && !words.get(i).endsClause() && isFiller(words.get(i))) {
            String bare = words.get(i).bare().toLowerCase(Locale.ROOT);
            if (CONJUNCTIONS.contains(bare) || bare.equals("it") || bare.equals("they")) {
                // "Acme raises $5M and opens …", "… after completing its acquisition of": the sentence's subject
                return new Subject(leadingName(), String.join(" ", filler), true);
            }
            filler.add(0, bare);
            i--;
        }
        String between = String.join(" ", filler);
        if (i >= 0 && words.get(i).bare().equals("-")) {
            i--;
        }
        if (i < 0 && topic == null && !filler.isEmpty() && verb == filler.size()
                && Character.isLowerCase(words.get(0).bare().charAt(0)) && opensWithLowerCaseBrand(filler)) {
            // "kvell raises", "zapwise to acquire": a brand written in lower case opens the headline before its verb
            return new Subject(words.get(0).bare(), String.join(" ", filler.subList(1, filler.size())), false);
        }
        if (i < 0) {
            // "(Acme said) its board elected …": the reporter's board or shareholders act for it
            return topic != null && filler.stream().anyMatch(OWN_BODIES::contains)
                    && (filler.get(0).equals("its") || filler.get(0).equals("the"))
                    ? new Subject(topic, between, true) : null;
        }
        Word last = words.get(i);
        if (last.endsClause() && last.text().endsWith(",")) {
            int opening = appositiveStart(i);
            if (opening >= 0) {
                i = opening;
            }
            else {
                return new Subject(leadingName(), between, true);
            }
        }
        else if (last.endsClause()) {
            return new Subject(leadingName(), between, true);
        }
        String pronoun = words.get(i).bare().toLowerCase(Locale.ROOT);
        if (PRONOUN_SUBJECTS.contains(pronoun) && (pronoun.equals("it") || i > 0
                && words.get(i - 1).bare().equalsIgnoreCase("the"))) {
            return new Subject(leadingName(), between, true);
        }
        int runStart = i;
        while (runStart - 1 >= 0 && !words.get(runStart - 1).endsClause() && joinsNameBackwards(runStart - 1)) {
            runStart--;
        }
        boolean nounAfter = filler.stream().anyMatch(word -> !FUNCTION_WORDS.contains(word));
        if (nounAfter && runStart > 0
                && DETERMINERS.contains(words.get(runStart - 1).bare().toLowerCase(Locale.ROOT))) {
            // "The Mediterranean restaurant chain raised": a description of the topic, not a name
            return new Subject(leadingName(), between, true);
        }
        String pronounLike = words.get(i).lower();
        if (FIRST_PERSON.contains(pronounLike)) {
            // "We've closed our seed round", "Proud to announce": the poster, named before; without one, "we" names
            // no company, and the first name after the verb is what was made or done ("We've released Foo")
            return topic == null ? null : new Subject(leadingName(), between, true);
        }
        if (i == 0 && filler.isEmpty() && Character.isLowerCase(words.get(0).bare().isEmpty() ? 'A'
                : words.get(0).bare().charAt(0)) && !FUNCTION_WORDS.contains(words.get(0).lower())) {
            // a lower-case brand opening a headline: "kvell raises $1.1M pre-seed"
            return new Subject(words.get(0).bare(), between, false);
        }
        String name = nameEndingAt(i);
        if (name != null && (filler.isEmpty() || AUXILIARIES.contains(filler.get(0))) && words.get(i).possessive()
                && !words.get(i).text().endsWith(",")) {
            // "McDonald's launches", "Byju's lays off": the possessive is the name
            name = name + words.get(i).bare().substring(words.get(i).nameForm().length());
        }
        if (name != null && Places.isPlace(name)) {
            // "Pennsylvania pipe maker lays off": a place describes, it does not act
            return null;
        }
        return name == null ? null : new Subject(name, between, false);
    }

    /**
     * Whether the words that open a headline before its verb are a lower-case brand, alone or with an auxiliary:
     * "kvell", "zapwise to". Words a headline opens with that name nothing ("new", "report", "startup", "how"),
     * common English words and the finders' own verbs ("raises", "names") are no brand.
     */
    private static boolean opensWithLowerCaseBrand(List<String> filler) {
        if (filler.size() > 3) {
            return false;
        }
        String first = filler.get(0);
        if (first.length() < 3 || FUNCTION_WORDS.contains(first)
                || NOT_NAMES.contains(first) || COMMON_ENGLISH.contains(first) || DESCRIPTOR_HEADS.contains(first)
                || PRONOUN_SUBJECTS.contains(first) || FIRST_PERSON.contains(first) || OWNED_NOUNS.contains(first)
                || PLACE_ADJECTIVES.contains(first) || describesAlone(first) || Places.isPlace(first)
                || WordPattern.verbs(WordPattern.maskOf(first)) != 0) {
            return false;
        }
        for (int k = 1; k < filler.size(); k++) {
            if (!AUXILIARIES.contains(filler.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** Common English words, which open headlines as words, not brands. */
    private static final Set<String> COMMON_ENGLISH = WordList.of("english");

    /** A company's own bodies that act for it: "its board elected", "the shareholders named". */
    private static final Set<String> OWN_BODIES = WordList.of("own-bodies");

    /** Words that follow a subject, never an owned noun: "Hartley's to close" names Macy's, not its owner. */
    private static final Set<String> AUXILIARIES = Set.of("to", "will", "has", "is", "was", "would", "could", "set",
            "agrees", "plans");

    /** Words of a company speaking of itself: "We've closed our round", "Thrilled to announce". */
    private static final Set<String> FIRST_PERSON = WordList.of("first-person-words");

    /** The subject found and the words between it and the verb, for hedge tests. */
    record Subject(@Nullable String name, String between, boolean inherited) {
    }

    /** The index of the word after which an appositive ", a Berlin fintech," opens, or -1. */
    private int appositiveStart(int closing) {
        for (int j = closing - 1; j >= 0 && j >= closing - 10; j--) {
            if (words.get(j).text().endsWith(",")) {
                String first = words.get(j + 1).bare().toLowerCase(Locale.ROOT);
                boolean descriptive = first.equals("a") || first.equals("an") || first.equals("the")
                        || first.equals("which") || first.equals("who") || first.equals("whose")
                        || Character.isLowerCase(words.get(j + 1).bare().isEmpty() ? 'a'
                                : words.get(j + 1).bare().charAt(0));
                return descriptive ? j : -1;
            }
        }
        return -1;
    }

    /** The sentence's first company name, for pronouns and subject-less clauses; a lede's topic when it has one. */
    @Nullable String leadingName() {
        if (!leadingKnown) {
            leading = firstName();
            leadingKnown = true;
        }
        return leading;
    }

    private @Nullable String firstName() {
        if (topic != null && (words.isEmpty() || DETERMINERS.contains(words.get(0).lower())
                || FIRST_PERSON.contains(words.get(0).lower()))) {
            return topic;
        }
        if (words.size() > 2 && !words.get(0).bare().isEmpty() && Character.isLowerCase(words.get(0).bare().charAt(0))
                && !FUNCTION_WORDS.contains(words.get(0).lower())) {
            // a lower-case brand before a capitalised verb: "nuvora group Raises Funding", "inexio Receives €10M"
            for (int k = 1; k <= 2; k++) {
                Word verb = words.get(k);
                if (words.get(k - 1).endsClause()) {
                    break;
                }
                if (isHeadlineVerb(verb.lower()) && Character.isUpperCase(verb.bare().charAt(0))) {
                    return nameOf(0, k - 1);
                }
            }
        }
        for (int i = 0; i < Math.min(words.size(), 8); i++) {
            Word word = words.get(i);
            if (isNameWord(word)) {
                int end = i;
                while (end + 1 < words.size() && !words.get(end).endsClause() && !ownsNext(end)
                        && joinsName(end + 1)) {
                    end++;
                }
                // "Scooter startup Zipp", "Meal-kit firm FreshCrate": a capitalised first word that describes
                String next = end + 1 < words.size() ? words.get(end + 1).lower() : "";
                boolean describes = !words.get(end).endsClause() && DESCRIPTOR_HEADS.contains(next)
                        && !next.endsWith("founder");
                // "Quiet week ends with a bang for Acme": a capitalised first word before a common noun
                boolean commonWord = i == 0 && end == 0 && !words.get(0).possessive() && !words.get(0).endsClause()
                        && !next.isEmpty() && Character.isLowerCase(words.get(1).bare().isEmpty() ? 'A'
                                : words.get(1).bare().charAt(0))
                        && !FUNCTION_WORDS.contains(next) && !OWNED_NOUNS.contains(next)
                        && WordPattern.verbs(WordPattern.maskOf(next)) == 0 && !next.endsWith("s")
                        && isPlainWord(words.get(0).bare())
                        // "Meta policy chief Jane Doe": the company of a role
                        && Roles.find(text, words.get(1).start(),
                                words.get(Math.min(3, words.size() - 1)).end()) == null;
                describes |= commonWord;
                int described = describes || titleCase ? -1 : describedName(i, end);
                if (described > 0 && DESCRIPTOR_HEADS.contains(words.get(described - 1).lower())
                        && !words.get(described - 1).lower().endsWith("founder")) {
                    // "VR headset company Optivue cuts": the name after the description
                    String named = nameStartingAt(described);
                    if (named != null) {
                        return named;
                    }
                }
                String name = describes ? null : nameOf(i, end);
                if (name != null && words.get(end).possessive() && AUXILIARIES.contains(next)) {
                    // "Hartley's to close": a brand's own possessive, nothing owned follows
                    name = name + words.get(end).bare().substring(words.get(end).nameForm().length());
                }
                if (name != null) {
                    return name;
                }
                i = end;
            }
            else if (word.endsClause()) {
                break;
            }
        }
        return topic;
    }

    /** A word as a dictionary has it: no digits, dots or capitals inside ("Quiet", not "Klarify.io" or "eBay"). */
    private static boolean isPlainWord(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (!Character.isLowerCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Nouns that follow a company's name: "Tesla shares", "Acme founder", not a headline's first common word. */
    private static final Set<String> OWNED_NOUNS = WordList.of("owned-nouns");

    private static final Set<String> DETERMINERS = Set.of("the", "it", "its", "this", "their", "a", "an", "both",
            "these", "they", "he", "she", "his", "her", "that", "in", "on", "with", "under", "as", "after");

    /** The name whose last word is {@code end}, trimmed of descriptors. */
    @Nullable String nameEndingAt(int end) {
        if (end < 0 || !isNameWord(words.get(end))) {
            return null;
        }
        int start = end;
        while (start - 1 >= 0 && !words.get(start - 1).endsClause() && joinsNameBackwards(start - 1)) {
            start--;
        }
        int last = start;
        // "Acme™ Cloud Desk raises": the brand the sign follows, not what it goes on to name
        while (last < end && !words.get(last).endsWithMark()) {
            last++;
        }
        return nameOf(openingNameStart(start), last);
    }

    /**
     * "Institute For Hearing Care Opens Clinic", "BANK OF NEW ENGLAND NAMES": a name read backwards only as far as a
     * small capitalised word ("For", "Of", "New", "First") is the tail of the name the sentence opens with, when every
     * word before it is capitalised too; that whole name starts at the sentence's start (after "The").
     */
    private int openingNameStart(int start) {
        if (start < 1 || start > 6 || !NAME_INNER_WORDS.contains(words.get(start - 1).lower())) {
            return start;
        }
        int first = words.get(0).lower().equals("the") ? 1 : 0;
        for (int i = first; i < start; i++) {
            Word word = words.get(i);
            if (word.bare().isEmpty() || !Character.isUpperCase(word.bare().charAt(0)) || word.endsClause()
                    || word.possessive() || i == first && Places.isPlace(word.bare())) {
                return start;
            }
        }
        return first < start ? first : start;
    }

    /** Small words a capitalised name may hold inside it, where a reading of names tends to cut it. */
    private static final Set<String> NAME_INNER_WORDS = Set.of("for", "of", "it", "again", "your", "our", "my",
            "new", "first");

    /**
     * The name that follows word {@code from}, past determiners and descriptors ("the AI startup Beta"), up to a
     * preposition, a comma or money. Null when a preposition comes first.
     */
    @Nullable String nameStartingAt(int from) {
        int i = from;
        int skipped = 0;
        while (i < words.size() && skipped < 6) {
            Word word = words.get(i);
            if (isNameWord(word)) {
                break;
            }
            String bare = word.bare().toLowerCase(Locale.ROOT);
            if (word.endsClause() || bare.equals("-") || isStopBeforeName(bare)) {
                return null;
            }
            i++;
            skipped++;
        }
        if (i >= words.size()) {
            return null;
        }
        int end = i;
        while (end + 1 < words.size() && !words.get(end).endsClause() && !(ownsNext(end)
                && !BUSINESS_NOUN.matcher(words.get(end + 1).bare()).matches()) && joinsName(end + 1)) {
            end++;
        }
        if (end == i && i + 1 < words.size() && describesAlone(words.get(i).lower())) {
            // "acquires UK-based, mobile interface leader Acme": the name follows where it is
            return nameStartingAt(i + 1);
        }
        if (ownsNext(end) && !words.get(end).endsClause()) {
            String owned = ownedUnit(end + 1);
            if (owned != null) {
                return owned;
            }
            if (end + 1 < words.size() && isNameWord(words.get(end + 1))
                    && (Places.isPlace(words.get(end).nameForm()) || end > i
                        && ExecutiveMoveFinder.looksLikePerson(nameOf(i, end - 1) + " " + words.get(end).nameForm())
                        && !isCommonCapitalised(words.get(end + 1).lower()))) {
                // "buys Japan's Q&Q Media", "CEO of Jonah Pike's Zentro": a place's or a person's company is the one
                return nameStartingAt(end + 1);
            }
        }
        int across = titleCase ? describedAcrossAnd(i, end) : -1;
        if (across >= 0) {
            return nameStartingAt(across);
        }
        int described = describedName(i, end);
        if (described >= 0) {
            // "Indonesian POS startup Kasirku", "UK solar developer Helios Park": the name after the description
            return nameStartingAt(described);
        }
        return nameOf(i, end);
    }

    /**
     * In a title-case headline, where a description joined by "And" or "&" ends in a head before the name ("Sales Data
     * And Analytics Software Company Varicent"): the index of the name, else -1.
     */
    private int describedAcrossAnd(int start, int end) {
        if (end + 2 >= words.size() || words.get(end).endsClause()
                || !(words.get(end + 1).lower().equals("and") || words.get(end + 1).bare().equals("&"))) {
            return -1;
        }
        for (int j = end + 2; j < Math.min(words.size() - 1, start + 9); j++) {
            Word word = words.get(j);
            if (!isNameWord(word) || word.endsClause()) {
                return -1;
            }
            if (DESCRIPTOR_HEADS.contains(word.lower()) && isNameWord(words.get(j + 1))) {
                return j + 1;
            }
        }
        return -1;
    }

    /** After "Unilever's": "tea arm ekaterra" names the unit; "cloud unit" alone does not. */
    private @Nullable String ownedUnit(int from) {
        int k = from;
        boolean head = false;
        while (k < words.size() && k < from + 4) {
            Word word = words.get(k);
            if (head && !FUNCTION_WORDS.contains(word.lower()) && !isStopBeforeName(word.lower())) {
                if (isNameWord(word)) {
                    int end = k;
                    while (end + 1 < words.size() && !words.get(end).endsClause() && joinsName(end + 1)) {
                        end++;
                    }
                    return nameOf(k, end);
                }
                boolean last = word.endsClause() || k + 1 >= words.size()
                        || isStopBeforeName(words.get(k + 1).lower());
                return last ? word.bare() : null;
            }
            if (isNameWord(word) || word.endsClause()) {
                return null;
            }
            head |= UNIT_NOUN.contains(word.lower());
            k++;
        }
        return null;
    }

    /** Nouns of a unit or of what a company makes, after its owner's name: "Unilever's tea arm Ekaterra". */
    private static final Set<String> UNIT_NOUN = WordList.of("unit-nouns");

    /** "chocolatier", "installer", "operator", "specialist": nouns for what a company does. */
    private static final Pattern AGENT_NOUN = Pattern.compile("[a-z-]{3,}(?:ier|er|or|ist|ant|ent)s?");

    /**
     * When the words from start to end only describe ("Estonian e-scooter maker Elmo", "HVAC maker FläktGroup"), the
     * index where the name they describe starts, else -1.
     */
    private int describedName(int start, int end) {
        if (words.get(end).endsClause()) {
            return -1;
        }
        int k = end + 1;
        boolean head = false;
        while (k < words.size() && k <= end + 5 && !isNameWord(words.get(k))) {
            Word word = words.get(k);
            String bare = word.bare().toLowerCase(Locale.ROOT);
            if ((bare.equals("and") || bare.equals("&")) && !head && k + 1 < words.size()
                    && !isNameWord(words.get(k + 1))) {
                // "West African shipping and logistics company Acme": a description joined by "and"
                k++;
                continue;
            }
            if (isStopBeforeName(bare) || FUNCTION_WORDS.contains(bare) || word.endsClause() && !head) {
                return -1;
            }
            head |= DESCRIPTOR_HEADS.contains(bare) || AGENT_NOUN.matcher(bare).matches()
                    || start == end && PLACE_ADJECTIVES.contains(words.get(start).lower());
            if (word.endsClause()) {
                break;
            }
            k++;
        }
        return head && k < words.size() && isNameWord(words.get(k)) && !words.get(k - 1).endsClause() ? k : -1;
    }

    private static boolean isStopBeforeName(String bare) {
        return switch (bare) {
            case "for", "in", "to", "from", "with", "as", "at", "on", "amid", "after", "over", "into", "by", "deal",
                    "of", "than", "per", "via", "while", "because", "despite", "before", "since", "if", "that",
                    "and", "or", "but", "so" -> true;
            default -> Money.startsAmount(bare);
        };
    }

    private boolean joinsName(int i) {
        Word word = words.get(i);
        if (i > 0 && words.get(i - 1).endsWithMark()) {
            return false;
        }
        if (i > 0 && endsWithAbbreviatedLegalForm(words.get(i - 1))
                && !NAME_ENDINGS.contains(word.lower().replace(".", "")) && !word.bare().equals("&")
                && !word.lower().equals("of")) {
            // "agreed to merge with Quarrow Mining Ltd. Terms were …": a legal form with its full stop ends the name
            return false;
        }
        if (isNameWord(word) || andInName(i)) {
            return true;
        }
        String bare = word.bare();
        // "Procter & Gamble", "Bank of America", "Banco de Chile"
        boolean connector = bare.equals("&") || bare.equals("of") || bare.equals("de") || bare.equals("du")
                || bare.equals("van") || bare.equals("von") || bare.equals("der") || bare.equals("y");
        return connector && !word.endsClause() && i + 1 < words.size() && isNameWord(words.get(i + 1));
    }

    /** "Ltd.", "Inc.", "Corp.": a legal form written with its full stop, after which a name goes on only in forms. */
    private static boolean endsWithAbbreviatedLegalForm(Word word) {
        return word.text().endsWith(".") && STRICT_LEGAL_FORMS.contains(word.lower().replace(".", ""));
    }

    private static final Pattern BUSINESS_NOUN = Pattern.compile("(?:Bakery|Restaurant|Restaurants|Kitchen|Pizza|Cafe"
            + "|Café|Deli|Diner|Pharmacy|Market|Markets|Farm|Farms|Brewing|Brewery|Garage|Furniture|Jewelers|Inc|Corp"
            + "|Co|Company|Companies|Stores|Store|Shop|Grill|Bar|Pub|Burgers|Donuts|Hardware|Foods|Bagels|Sons)\\.?");

    private boolean joinsNameBackwards(int i) {
        Word word = words.get(i);
        if (ownsNext(i)
                && !(i + 1 < words.size() && BUSINESS_NOUN.matcher(words.get(i + 1).bare()).matches())) {
            // "Alphabet's Waymo": the owner is not part of the name; "Rosen's Bakery" is one name
            return false;
        }
        if (isNameWord(word)) {
            return true;
        }
        String bare = word.bare();
        boolean connector = bare.equals("&") || bare.equals("of") || bare.equals("de") || bare.equals("van")
                || bare.equals("von") || bare.equals("y");
        return connector && i - 1 >= 0 && isNameWord(words.get(i - 1)) && !words.get(i - 1).endsClause()
                || andInName(i);
    }

    /**
     * Whether the possessive word at {@code i} owns what follows ("Alphabet's Waymo"), rather than standing inside a
     * name that runs on to its legal form ("Children's Learning Rooms of America Inc", "Queen's Kitchen Inc").
     */
    private boolean ownsNext(int i) {
        Word owner = words.get(i);
        if (!owner.possessiveOwner()) {
            return false;
        }
        // only a sentence's opening name: "Acme buys Beta's Gamma Ltd unit" is Beta's unit
        if (i > 1 || !owner.bare().endsWith("'s")
                || STRICT_LEGAL_FORMS.contains(owner.nameForm().toLowerCase(Locale.ROOT))
                || Places.isPlace(owner.nameForm())) {
            return true;
        }
        for (int k = i + 1; k < words.size() && k <= i + 5; k++) {
            Word next = words.get(k);
            String bare = next.bare();
            if (bare.isEmpty() || next.possessive()) {
                return true;
            }
            if (STRICT_LEGAL_FORMS.contains(next.lower().replace(".", ""))) {
                return k == i + 1;
            }
            boolean joins = Character.isUpperCase(bare.charAt(0)) && !FUNCTION_WORDS.contains(next.lower())
                    || next.lower().equals("of") && k > i + 1;
            if (!joins || next.endsClause()) {
                return true;
            }
        }
        return true;
    }

    /**
     * The fuller name this sentence gives a company named shortly elsewhere: the headline's "Orvella" is the lede's
     * "Orvella Software Corp". Only a name that runs on from the short one to a legal form counts; null otherwise.
     */
    @Nullable String fullerName(String name) {
        String[] parts = name.split(" ");
        for (int k = 0; k + parts.length < words.size(); k++) {
            if (!words.get(k).bare().equals(parts[0]) || k > 0 && isNameWord(words.get(k - 1))
                    && !words.get(k - 1).endsClause()) {
                continue;
            }
            boolean same = true;
            for (int p = 1; p < parts.length && same; p++) {
                same = words.get(k + p - 1).endsClause() ? false : words.get(k + p).bare().equals(parts[p]);
            }
            if (!same) {
                continue;
            }
            for (int j = k + parts.length; j < words.size() && j <= k + parts.length + 3; j++) {
                Word previous = words.get(j - 1);
                Word word = words.get(j);
                if (previous.endsClause() || !isNameWord(word) && !word.lower().equals("and")) {
                    break;
                }
                if (STRICT_LEGAL_FORMS.contains(word.lower().replace(".", ""))) {
                    StringBuilder fuller = new StringBuilder();
                    for (int i = k; i <= j; i++) {
                        fuller.append(i == k ? "" : " ").append(i == j ? word.nameForm() : words.get(i).bare());
                    }
                    return fuller.toString();
                }
            }
        }
        return null;
    }

    /**
     * The name this sentence gives that opens with the given word, whatever its case ("TASKIN" for "Taskin Tool
     * Co"), else null.
     */
    @Nullable String nameOpeningWith(String first) {
        for (int k = 0; k < words.size(); k++) {
            if (words.get(k).bare().equalsIgnoreCase(first) && isNameWord(words.get(k))
                    && (k == 0 || !isNameWord(words.get(k - 1)) || words.get(k - 1).endsClause())) {
                String name = nameStartingAt(k);
                if (name != null && name.regionMatches(true, 0, first, 0, first.length()) && !Places.isPlace(name)) {
                    return name;
                }
            }
        }
        return null;
    }

    /** The names listed right after the given one ("buys Moodle, NetSpot and Edly"), in order; empty when none. */
    List<String> listedAfter(String name) {
        int at = text.indexOf(name);
        if (at < 0) {
            return List.of();
        }
        int k = wordAt(at + name.length() - 1);
        List<String> listed = new ArrayList<>(1);
        while (k >= 0 && k + 2 < words.size() && listed.size() < 3) {
            Word last = words.get(k);
            int next;
            if (words.get(k + 1).lower().equals("and") || words.get(k + 1).bare().equals("&")) {
                next = k + 2;
            }
            else if (last.text().endsWith(",")) {
                next = k + 1;
            }
            else {
                break;
            }
            if (!isNameWord(words.get(next))) {
                break;
            }
            int end = next;
            while (end + 1 < words.size() && !words.get(end).endsClause() && joinsName(end + 1)) {
                end++;
            }
            String after = nameOf(next, end);
            if (after == null || Places.isPlace(after)) {
                break;
            }
            listed.add(after);
            k = end;
        }
        return listed;
    }

    /**
     * The names listed before the given one that opens the sentence's statement with it ("Harrow Bank, Tolvane Money
     * and Direct Cover"), in order; empty when it stands alone.
     */
    List<String> listedBefore(String name) {
        int at = text.indexOf(name);
        if (at <= 0) {
            return List.of();
        }
        int k = wordAt(at);
        List<String> listed = new ArrayList<>(2);
        while (k > 0 && listed.size() < 4) {
            Word previous = words.get(k - 1);
            int end;
            if (previous.lower().equals("and") || previous.bare().equals("&")) {
                // "B and C", "A, B, and C"
                end = k - 2;
            }
            else if (previous.text().endsWith(",")) {
                end = k - 1;
            }
            else {
                break;
            }
            if (end < 0 || !isNameWord(words.get(end)) || words.get(end).possessiveOwner()) {
                break;
            }
            int start = end;
            while (start - 1 >= 0 && !words.get(start - 1).endsClause() && joinsNameBackwards(start - 1)) {
                start--;
            }
            String before = nameOf(start, end);
            if (before == null || Places.isPlace(before)) {
                break;
            }
            listed.add(0, before);
            k = start;
            if (k > 0 && !words.get(k - 1).text().endsWith(",")) {
                break;
            }
        }
        return k == 0 || listed.isEmpty() ? listed : List.of();
    }

    /** The legal forms proper, which end a company's name and nothing else. */
    private static final Set<String> STRICT_LEGAL_FORMS = WordList.of("legal-forms");

    /** Words that end the name of a company or an institution: "Inc", "Co", "Group", "Association". */
    private static final Set<String> NAME_ENDINGS = WordList.of("name-endings");

    /**
     * Whether the "and" at {@code i} belongs to a name that ends in a legal form: "Gulf and Western Inc", "Dakota
     * Power and Light Co", "Savings and Loan Association of Ohio". Two companies ("Acme Inc and Beta Corp") have
     * a legal form before the "and" too.
     */
    private boolean andInName(int i) {
        if (i == 0 || i + 1 >= words.size() || !words.get(i).text().equals("and")) {
            return false;
        }
        Word before = words.get(i - 1);
        if (before.endsClause() || !isNameWord(before) || NAME_ENDINGS.contains(before.lower().replace(".", ""))
                || Places.isPlace(before.bare())) {
            return false;
        }
        // at most two words between the "and" and the legal form, or an "of" after them: "Savings and Loan
        // Association of Florida"; "Tessel Networks and Crane Financial Acquisition Corp" are two companies
        for (int k = i + 1; k < Math.min(words.size(), i + 4); k++) {
            Word word = words.get(k);
            if (!isNameWord(word) && !word.text().equals("of")) {
                return false;
            }
            if (NAME_ENDINGS.contains(word.lower().replace(".", ""))) {
                return true;
            }
            if (word.endsClause()) {
                return false;
            }
        }
        return false;
    }

    /** The words from start to end as a name, descriptors in front removed; null when nothing is left. */
    private @Nullable String nameOf(int start, int end) {
        int first = start;
        for (int i = start; i < end; i++) {
            String bare = words.get(i).bare().toLowerCase(Locale.ROOT);
            // in sentence case a capitalised "Studio" or "Group" belongs to the name; in title case it may describe
            boolean caseUnknown = titleCase || i == 0 || words.get(i - 1).endsClause();
            if (caseUnknown && (DESCRIPTOR_HEADS.contains(bare) || DESCRIBED_BY.contains(bare) && i > start)
                    || bare.endsWith("-based") || bare.endsWith("-backed") || bare.endsWith("-controlled")
                    || bare.endsWith("-owned") || bare.endsWith("-focused") || bare.endsWith("-headquartered")
                    || bare.endsWith("-listed") || bare.endsWith("-born") || ownsNext(i)) {
                first = i + 1;
            }
        }
        if (first > start && onlyLegalForms(first, end)) {
            // "Brightline Network Corp": a head followed only by a legal form is part of the name
            first = start;
        }
        while (first <= end && (words.get(first).bare().equalsIgnoreCase("the")
                || words.get(first).bare().equals("&") || LEADING_CONNECTORS.contains(words.get(first).lower()))) {
            first++;
        }
        if (end > first && TRAILING_ASSETS.contains(words.get(end).lower())) {
            // "Zentrio Assets", "Acme Brand": what was bought of the company, not part of its name
            end--;
        }
        if (end - first >= 3 && words.get(end - 1).lower().equals("of") && Places.isPlace(words.get(end).bare())
                && STRICT_LEGAL_FORMS.contains(words.get(end - 2).lower().replace(".", ""))) {
            // "Acme Monitoring LP of Dallas": where the company is, after its legal form
            end -= 2;
        }
        if (first > end) {
            return null;
        }
        StringBuilder name = new StringBuilder();
        for (int i = first; i <= end; i++) {
            if (!name.isEmpty()) {
                name.append(' ');
            }
            name.append(i == end ? words.get(i).nameForm() : words.get(i).bare());
        }
        String result = name.toString();
        String lowerName = result.toLowerCase(Locale.ROOT);
        String firstWord = words.get(first).lower();
        String lastWord = words.get(end).lower().replace(".", "");
        boolean company = end - first >= 2 && (GENERIC_ENDINGS.contains(lastWord) || LEGAL_FORMS.contains(lastWord));
        if (NUMBER_WORDS.contains(firstWord) && !company || firstWord.equals("announcing")
                || firstWord.equals("introducing")) {
            // "Three Acme executives" counts people; "Seven Peaks Therapeutics" is a name
            return null;
        }
        if (titleCase && end > first && PRAISE.contains(firstWord)
                && DESCRIPTOR_HEADS.contains(words.get(end).lower())) {
            // "Buys Leading Tech Media Company": a description of a company the headline does not name
            return null;
        }
        if (first == end && describesAlone(lowerName)) {
            // "Portugal-based industrial cleaning company Acme": where the company is, not its name
            return null;
        }
        if (DESCRIPTOR_HEADS.contains(lowerName) || PLACE_ADJECTIVES.contains(lowerName)
                || NOT_NAMES.contains(lowerName) || result.length() < 2 && !Character.isUpperCase(result.charAt(0))) {
            return null;
        }
        return result;
    }

    /** Words that praise what a title-case description goes on to call a company, platform or maker. */
    private static final Set<String> PRAISE = WordList.of("praise-words");

    private static boolean describesAlone(String lower) {
        return lower.endsWith("-based") || lower.endsWith("-backed") || lower.endsWith("-owned")
                || lower.endsWith("-headquartered") || lower.endsWith("-listed") || lower.endsWith("-born");
    }

    /** Title-case prepositions that never start a name: "Acquisition Of Korvel". */
    private static final Set<String> LEADING_CONNECTORS = Set.of("of", "for", "with", "by", "from", "to");

    /** What is bought of a company, after its name in title case: "Zentrio Assets". */
    private static final Set<String> TRAILING_ASSETS = WordList.of("trailing-assets");

    /** "Miami Based", "Warburg Backed": a description in title case that ends before the name. */
    private static final Set<String> DESCRIBED_BY = WordList.of("described-by");

    /** Legal forms and "Group", "Holdings": the endings of a company's name. */
    private static final Set<String> LEGAL_FORMS = WordList.of("company-endings");

    private boolean onlyLegalForms(int from, int end) {
        for (int i = from; i <= end; i++) {
            String lower = words.get(i).lower().replace(".", "");
            if (!LEGAL_FORMS.contains(lower) && !GENERIC_ENDINGS.contains(lower)) {
                return false;
            }
        }
        return true;
    }

    /** Words that end many companies' names and name none alone: "Quellar Business Solutions" is no "Solutions". */
    private static final Set<String> GENERIC_ENDINGS = WordList.of("generic-endings");

    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "dozens", "hundreds", "thousands", "several", "many", "some", "all", "most");

    /** Verbs that a headline in title case or capitals writes like names: "Acme Raises". */
    private static final Set<String> HEADLINE_VERBS = WordList.of("headline-verbs");

    /** Nouns of deals that a headline in title case writes after a name: "Acme Shares Soar". */
    private static final Set<String> DEAL_NOUNS = WordList.of("deal-nouns");

    /** Capitalised words that start headlines without naming anyone. */
    private static final Set<String> NOT_NAMES = WordList.of("not-names");

    private static final Pattern ORDINAL = Pattern.compile("\\d+(?:st|nd|rd|th|s|%|x)");

    private static final Pattern DOMAIN_NAME = Pattern.compile("[a-z]+\\.(?:com|io|ai|co|app|dev|so|xyz|net|org)");

    /** "CEO", "CFO", "SVP": titles, never part of a company's name. */
    private static final Pattern TITLE_ACRONYM = Pattern.compile(
            "C(?:E|F|O|T|I|M|R|P|IS|HR|S|C|D|L|A)Os?|[SE]?VPs?|GM|MD|IPOs?|SPACs?|AGM|EGM");

    boolean isNameWord(Word word) {
        String bare = word.bare();
        if (bare.isEmpty()) {
            return false;
        }
        if (isHeadlineVerb(word.lower())) {
            // "Northern Care Plans Inc": in a sentence that is not in title case, inside a name with a legal form
            return !titleCase && Character.isUpperCase(bare.charAt(0)) && indexOf(word) > 0 && beginsLegalName(word);
        }
        if (titleCase && DEAL_NOUNS.contains(word.lower())) {
            // "Greyfin Acquisition Corp": a deal's noun before a legal form names a company
            int next = indexOf(word) + 1;
            return next < words.size() && !word.endsClause()
                    && STRICT_LEGAL_FORMS.contains(words.get(next).lower().replace(".", ""));
        }
        boolean acronym = bare.length() >= 2 && bare.length() <= 5 && bare.chars().allMatch(Character::isUpperCase);
        if (!acronym && FUNCTION_WORDS.contains(word.lower())) {
            return Character.isUpperCase(bare.charAt(0)) && beginsLegalName(word);
        }
        if (Money.startsAmount(bare)) {
            return false;
        }
        char first = bare.charAt(0);
        if (Character.isUpperCase(first)) {
            return !TITLE_ACRONYM.matcher(bare).matches() || bare.equals("GM") && actsAsCompany(word);
        }
        if (Character.isDigit(first)) {
            // "3M", "23andMe", "1Password": digits with letters
            return bare.chars().anyMatch(Character::isLetter) && !ORDINAL.matcher(bare).matches();
        }
        if (Character.isLowerCase(first)) {
            // "eBay", "iRobot", "n8n", "monday.com"
            return bare.chars().skip(1).anyMatch(Character::isUpperCase) || bare.chars().anyMatch(Character::isDigit)
                    || DOMAIN_NAME.matcher(bare).matches() || beforeLegalForm(word);
        }
        return false;
    }

    /**
     * "GM teams up with …", "GM, Ford and Stellantis": the carmaker, where the abbreviation opens the sentence before
     * a verb or a list; "Acme GM Jane Doe" and "GM of Acme" are a general manager.
     */
    private boolean actsAsCompany(Word word) {
        int at = indexOf(word);
        if (at != 0 || at + 1 >= words.size()) {
            return false;
        }
        if (word.endsClause() || word.possessive()) {
            return true;
        }
        String next = words.get(at + 1).bare();
        return !next.isEmpty() && Character.isLowerCase(next.charAt(0)) && !next.equals("of");
    }

    /** "lumo-tek GmbH", "brightwave Inc": a brand written in lower case whose legal form follows it. */
    private boolean beforeLegalForm(Word word) {
        int next = indexOf(word) + 1;
        if (word.endsClause() || next >= words.size() || FUNCTION_WORDS.contains(word.lower())
                || ARTICLES.contains(word.lower()) || word.bare().length() < 3) {
            return false;
        }
        String form = words.get(next).bare();
        return !form.isEmpty() && Character.isUpperCase(form.charAt(0))
                && STRICT_LEGAL_FORMS.contains(form.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    /**
     * Whether a capitalised common word in a sentence that is not in title case opens or continues a name that ends
     * in a legal form a few words on: "June Hardware Stores Co", "Atlantic Second Financial Corp", "First Harbor
     * Savings and Loan Association".
     */
    private boolean beginsLegalName(Word word) {
        int lo = indexOf(word);
        if (ARTICLES.contains(word.lower()) || word.endsClause() || isStopBeforeName(word.lower())) {
            return false;
        }
        if (titleCase && lo > 0) {
            // in title case every word is capitalised: only a name's first word or one inside a name counts
            Word previous = words.get(lo - 1);
            String before = previous.bare();
            if (!previous.endsClause() && (before.isEmpty() || !Character.isUpperCase(before.charAt(0))
                    || FUNCTION_WORDS.contains(previous.lower()) || isHeadlineVerb(previous.lower()))) {
                return false;
            }
        }
        for (int k = lo + 1; k < words.size() && k <= lo + 5; k++) {
            Word next = words.get(k);
            String bare = next.bare();
            if (bare.isEmpty()) {
                return false;
            }
            String ending = next.lower().replace(".", "");
            if (NAME_ENDINGS.contains(ending) || GENERIC_ENDINGS.contains(ending) && k > lo + 1) {
                return true;
            }
            boolean joins = Character.isUpperCase(bare.charAt(0)) && !FUNCTION_WORDS.contains(next.lower())
                    || next.lower().equals("and") || next.lower().equals("of") || bare.equals("&");
            if (!joins || next.endsClause()) {
                return false;
            }
        }
        return false;
    }

    /** The index of one of this sentence's words, by its offset. */
    private int indexOf(Word word) {
        int lo = 0;
        int hi = words.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words.get(mid).start() < word.start()) {
                lo = mid + 1;
            }
            else {
                hi = mid;
            }
        }
        return lo;
    }

    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "it", "its", "he", "she", "we", "they", "i",
            "this", "that", "these", "those", "his", "her", "their", "our");

    private boolean isFiller(Word word) {
        String bare = word.bare();
        if (bare.isEmpty()) {
            return false;
        }
        if (FUNCTION_WORDS.contains(bare.toLowerCase(Locale.ROOT))) {
            return !Character.isUpperCase(bare.charAt(0)) || titleCase || isCommonFiller(bare);
        }
        return Character.isLowerCase(bare.charAt(0)) && !isNameWord(word);
    }

    private static boolean isCommonFiller(String bare) {
        return switch (bare.toLowerCase(Locale.ROOT)) {
            case "to", "will", "has", "is", "in", "talks", "agrees", "set", "plans", "reportedly", "officially",
                    "finally", "now", "also", "says", "could", "may", "might", "would", "today", "yesterday",
                    // "Acme Tuesday launched …": a wire's day of the week between the subject and its verb
                    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" -> true;
            default -> false;
        };
    }

    private static boolean isTitleCase(List<Word> words) {
        int lowercase = 0;
        int letters = 0;
        for (Word word : words) {
            String bare = word.bare();
            if (bare.isEmpty() || !Character.isLetter(bare.charAt(0))) {
                continue;
            }
            letters++;
            if (Character.isLowerCase(bare.charAt(0)) && !SMALL_WORDS.contains(bare) && !isCamelBrand(bare)) {
                lowercase++;
            }
        }
        return letters >= 3 && lowercase == 0;
    }

    private static final Set<String> SMALL_WORDS = WordList.of("small-words");

    /** Whether a capitalised word is one that starts headlines, reports a deal or describes: never a person's name. */
    static boolean isCommonCapitalised(String lower) {
        return NOT_NAMES.contains(lower) || isHeadlineVerb(lower) || DEAL_NOUNS.contains(lower)
                || DESCRIPTOR_HEADS.contains(lower) || FUNCTION_WORDS.contains(lower)
                || PLACE_ADJECTIVES.contains(lower);
    }

    /** Whether a word in lower case is a headline's verb: "becomes", "joins", "raises". */
    static boolean isHeadlineVerb(String lower) {
        // "Revolutionizes", "Modernizes", "Digitizes": a verb by its ending, which no name word of that length has
        return HEADLINE_VERBS.contains(lower) || lower.length() >= 8 && lower.endsWith("izes");
    }

    /** Whether a word from {@code from} on starts in lower case and is not one title case leaves small. */
    private static boolean hasLowerCaseWord(String text, int from) {
        for (int i = Math.max(1, from); i < text.length(); i++) {
            if (text.charAt(i - 1) == ' ' && Character.isLowerCase(text.charAt(i))) {
                int end = text.indexOf(' ', i);
                String word = text.substring(i, end < 0 ? text.length() : end);
                if (!SMALL_WORDS.contains(word) && !isCamelBrand(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "fbExchange", "iPhone", "webOS": a brand written in lower case first, which a title-case headline keeps so. */
    private static boolean isCamelBrand(String bare) {
        for (int i = 1; i < bare.length(); i++) {
            if (Character.isUpperCase(bare.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static List<Word> split(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && text.charAt(i) == ' ') {
                i++;
            }
            int start = i;
            while (i < n && text.charAt(i) != ' ') {
                i++;
            }
            if (i > start) {
                words.add(Word.of(text.substring(start, i), start, i));
            }
        }
        return words;
    }

    /**
     * A word as written, with its offsets; {@code bare} without surrounding punctuation, {@code lower} that in lower
     * case, and whether it ends a clause. All computed once: finders ask for them many times.
     */
    record Word(String text, int start, int end, String bare, String lower, boolean endsClause) {

        static Word of(String text, int start, int end) {
            String bare = bareOf(text);
            return new Word(text, start, end, bare, bare.toLowerCase(Locale.ROOT), endsClauseOf(text, bare));
        }

        private static String bareOf(String text) {
            int from = 0;
            int to = text.length();
            while (from < to && isEdgePunctuation(text.charAt(from))) {
                from++;
            }
            while (to > from && isEdgePunctuation(text.charAt(to - 1))) {
                to--;
            }
            String bare = text.substring(from, to);
            if (bare.endsWith(".") && !isAbbreviation(bare)) {
                bare = bare.substring(0, bare.length() - 1);
            }
            return bare;
        }

        /** The word as the last word of a name: without a possessive "'s". */
        String nameForm() {
            if (bare.endsWith("'s") || bare.endsWith("'S")) {
                return bare.substring(0, bare.length() - 2);
            }
            if (bare.endsWith("s'")) {
                return bare.substring(0, bare.length() - 1);
            }
            return bare;
        }

        boolean possessive() {
            return bare.endsWith("'s") || bare.endsWith("'S") || bare.endsWith("s'");
        }

        /** A possessive that owns the next name ("Alphabet's Waymo"); "McDonald's" alone is a name. */
        boolean possessiveOwner() {
            return possessive() && !text.endsWith(",") && !text.endsWith(":");
        }

        /** Whether the word ends a clause: a comma, semicolon, colon or a closing quote. */
        private static boolean endsClauseOf(String text, String bare) {
            char last = text.charAt(text.length() - 1);
            return last == ',' || last == ';' || last == ':' || last == '!' || last == '?'
                    || last == '.' && text.length() > 1 && !isAbbreviation(bare + ".") && !isAbbreviation(text)
                    || text.equals("-") || text.equals("|");
        }

        private static boolean isEdgePunctuation(char c) {
            return c == ',' || c == ';' || c == ':' || c == '"' || c == '!' || c == '?'
                    || c == '(' || c == ')' || c == '[' || c == ']' || c == '|' || c == '*' || isMark(c);
        }

        /** ™, ® or ℠: written after a brand, which it ends ("ACME™ RAMPS UP"); never part of a name. */
        static boolean isMark(char c) {
            return c == '\u2122' || c == '\u00AE' || c == '\u2120';
        }

        /** Whether the word as written ends with a trademark sign. */
        boolean endsWithMark() {
            return isMark(text.charAt(text.length() - 1));
        }

        private static boolean isAbbreviation(String word) {
            return word.endsWith(".") && (ABBREVIATIONS.contains(word) || INITIALS.matcher(word).matches());
        }
    }

    private static final Set<String> ABBREVIATIONS = Set.of("Inc.", "Corp.", "Co.", "Ltd.", "Ltda.", "LLC.", "plc.",
            "Plc.", "PLC.", "AG.", "Bhd.", "Pty.", "Jr.", "Sr.", "Dr.", "Mr.", "Mrs.", "Ms.", "St.", "No.", "vs.",
            "Cos.", "Bros.", "Mt.", "Ft.", "Gen.", "Sen.", "Rep.", "Gov.", "Prof.");

    /** "U.S.", "S.A.", "N.V.", "J.": initials with full stops. */
    private static final Pattern INITIALS = Pattern.compile("[A-Z](?:\\.[A-Z])*\\.");

    @Override
    public String toString() {
        return text;
    }
}
