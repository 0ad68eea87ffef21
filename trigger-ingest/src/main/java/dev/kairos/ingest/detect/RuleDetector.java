package dev.kairos.ingest.detect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kairos.events.TriggerDetails;
import dev.kairos.events.TriggerType;
import org.jspecify.annotations.Nullable;

/**
 * The finders' reading of a headline and its first sentence (or summary): the triggers they find by their word
 * patterns, as TRIGGERS.md defines them (English only, facts and decisions only, one detection per trigger type and
 * person), and the signals they saw on the way. {@link TriggerDetector} weighs this reading with a learned model.
 * Immutable and thread-safe.
 */
final class RuleDetector {

    private static final ExecutiveMoveFinder MOVES = new ExecutiveMoveFinder();

    private static final LaunchFinder LAUNCHES = new LaunchFinder();

    private static final List<Finder> FINDERS = List.of(new FundingFinder(), new AcquisitionFinder(),
            MOVES, new IpoFinder(), new LayoffsFinder(), new ExpansionFinder(),
            LAUNCHES, new PartnershipFinder());

    /** Where a lede's first sentence ends: a full stop before a capital, not after "Inc." or "U.S.". */
    /** Words whose full stop does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("Inc", "Corp", "Co", "Ltd", "Mr", "Mrs", "Ms", "Dr", "St",
            "Jr", "Sr", "No", "vs", "Bros", "Cos", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
            "Oct", "Nov", "Dec", "Gov", "Sen", "Rep", "Gen", "Prof", "Mt", "Ft", "approx", "est");

    /** Dateline of a press release or wire story: "SAN FRANCISCO, March 3, 2025 /PRNewswire/ --". */
    private static final Pattern DATELINE = Pattern.compile("^[A-Z][A-Z.' -]{1,40}(?:, ?[A-Z][A-Za-z.' ]{1,30}?)*"
            + "(?:,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}(?:, ?\\d{4})?)?\\s*"
            + "(?:(?:--|—|–)\\s*)?(?:\\([^)]{1,60}\\)|/[^/]{1,60}/)?\\s*(?:--|—|–|-)\\s*");

    private static final int MAX_CHARS = 600;

    /** A lede that defines the short names it uses: "Acme Mining Inc. (\"Acme\" or the \"Company\")". */
    private static final Pattern DEFINES_NAMES = Pattern.compile("\\([\"\u201C][^\"\u201D)]{1,40}[\"\u201D]"
            + "|\\(the [\"\u201C]Company|\\([A-Z][\\w&.-]*(?: [A-Z][\\w&.-]*){0,2}\\)");

    private static final Pattern SOCIAL_POST = Pattern.compile("(?<poster>[^:]{2,60}?) on (?:LinkedIn|X|Twitter"
            + "|Threads|Bluesky|Facebook|Instagram|Mastodon): (?<post>.+)");

    /** The finders' reading of an item: a headline, and optionally its first sentence or summary. */
    Reading read(String title, @Nullable String text) {
        String lede = text == null ? "" : firstSentence(text);
        String headline = clip(title);
        if (!English.isEnglish(headline + " " + lede)) {
            return Reading.foreign(headline, lede);
        }
        Map<TriggerType, Detection> found = new LinkedHashMap<>();
        // more of a type than one: "Acme names Jane Doe CFO and John Roe CTO"
        List<Detection> more = new ArrayList<>(0);
        Matcher post = SOCIAL_POST.matcher(headline);
        // "Jane Doe on LinkedIn: Starting a new position as CFO at Acme": the poster speaks in the first person
        // the check for " on " and ": " spares the pattern's search in the many headlines that are no post
        boolean social = headline.contains(": ") && headline.contains(" on ") && post.matches();
        Sentence headlineSentence = social ? Sentence.of(post.group("post"), post.group("poster"))
                : Sentence.of(headline);
        List<Detection> inHeadline = detectIn(headlineSentence, null);
        List<Detection> inLedeAlone = List.of();
        Sentence ledeSentence = null;
        for (Detection detection : inHeadline) {
            if (found.putIfAbsent(detection.type(), detection) != null) {
                more.add(detection);
            }
        }
        boolean wireHeadline = upperCase(headline);
        // the deal finders' rulings of a sentence are asked for only where a detection of their types needs them
        Supplier<Set<TriggerType>> headlineOut = wireHeadline ? Set::of
                : Reading.once(() -> sameObjectRuledOut(headlineSentence));
        boolean headlineHedged = headlineSentence.words().size() >= 2 && Hedges.inSentence(headlineSentence);
        // "Jane Doe leaves her post as head of the city's transit agency": the lede's move is in the same public
        // office; asked only for a move the lede adds (the answer is the sentence's fact, worked out once)
        boolean headlineMayBeOffice = !wireHeadline && headlineSentence.words().size() >= 2;
        if (!lede.isEmpty()) {
            String topic = found.isEmpty() ? headlineSentence.leadingName()
                    : found.values().iterator().next().company();
            Sentence ledeRead = Sentence.of(lede, topic);
            ledeSentence = ledeRead;
            found.replaceAll((type, detection) -> Details.fromLede(detection, ledeRead));
            // a headline with a trigger only needs its lede for the details it lacks: an amount, a person
            Set<TriggerType> only = found.isEmpty() ? null : Details.incomplete(found.values());
            // the whole lede is read even where the headline's triggers need nothing from it: the model weighs it
            inLedeAlone = detectIn(ledeRead, null);
            List<Detection> inLede = only == null ? inLedeAlone
                    : inLedeAlone.stream().filter(detection -> only.contains(detection.type())).toList();
            for (Detection detection : inLede) {
                Detection inTitle = found.get(detection.type());
                if (inTitle != null && only == null) {
                    more.add(detection);
                }
                else if (inTitle == null) {
                    // a headline that rules out what the lede's deal buys or raises speaks for both, one that
                    // hedges ("in takeover talks") for all the lede tells, and one about a public office for its moves
                    if (!headlineOut.get().contains(detection.type()) && !headlineHedged
                            && !(MOVES.types().contains(detection.type()) && headlineMayBeOffice
                                    && MOVES.aboutPublicOffice(headlineSentence))) {
                        found.put(detection.type(), new Detection(detection.company(), detection.details(),
                                Math.max(0.5, detection.confidence() - 0.1)));
                    }
                }
                else {
                    found.put(detection.type(), Details.completed(inTitle, detection));
                }
            }
        }
        Sentence ledeOrNone = ledeSentence;
        Supplier<Set<TriggerType>> ledeOut = ledeOrNone == null ? Set::of
                : Reading.once(() -> sameObjectRuledOut(ledeOrNone));
        List<Detection> kept = inHeadline;
        if (anyOf(SAME_OBJECT_RULINGS, found.values(), more, inHeadline) && !ledeOut.get().isEmpty()) {
            // the lede tells what was bought or raised more fully: a minority stake, a building, a fund of one's own
            List<Detection> inLede = inLedeAlone;
            Set<TriggerType> out = EnumSet.copyOf(ledeOut.get());
            out.removeIf(type -> inLede.stream().anyMatch(detection -> detection.type() == type));
            found.keySet().removeAll(out);
            more.removeIf(detection -> out.contains(detection.type()));
            kept = inHeadline.stream().filter(detection -> !out.contains(detection.type())).toList();
        }
        if (ledeSentence != null && wireHeadline) {
            // a wire headline in capitals ("ACME <ACM> NAMES NEW PRESIDENT") hides names; its lede spells them
            List<Detection> ledeFirst = new ArrayList<>(ledeFirst(kept, headlineHedged ? List.of() : inLedeAlone,
                    ledeSentence));
            Sentence ledeRead = ledeSentence;
            ledeFirst.replaceAll(detection -> Details.withLedeRole(
                    Details.withPerson(detection, ledeRead, headlineSentence), lede));
            List<Detection> detections = List.copyOf(ledeFirst);
            return new Reading(headlineSentence, ledeSentence, true, detections, inHeadline, inLedeAlone,
                    Reading.once(() -> MOVES.oneWayOnly(detections, headlineSentence, ledeRead,
                            rejected(null, ledeRead, Set.of(), ledeOut.get()))));
        }
        List<Detection> all = new ArrayList<>(found.values());
        for (Detection detection : more) {
            if (all.stream().noneMatch(known -> Details.sameTrigger(known, detection))) {
                all.add(detection);
            }
        }
        all.replaceAll(detection -> Details.withPerson(detection, ledeOrNone, headlineSentence));
        if (ledeSentence != null && !definesNames(lede)) {
            // a press release that defines its short names ("(the \"Company\")") is named as its headline names it
            Sentence ledeRead = ledeSentence;
            all.replaceAll(detection -> Details.withFullerNames(detection, ledeRead));
        }
        List<Detection> detections = List.copyOf(all);
        return new Reading(headlineSentence, ledeOrNone, true, detections, inHeadline, inLedeAlone,
                Reading.once(() -> MOVES.oneWayOnly(detections, headlineSentence, ledeOrNone,
                        rejected(headlineSentence, ledeOrNone, headlineOut.get(), ledeOut.get()))));
    }

    /**
     * Types whose object, what was bought or raised, one sentence may tell and the other rule out: a headline's
     * "buys 25 of Beta" whose lede says "a 25 percent minority stake", a lede's round whose headline names a fund of
     * the manager's own. Such a sentence's ruling holds for the trigger the other sentence alone reads.
     */
    private static final Set<TriggerType> SAME_OBJECT = EnumSet.of(TriggerType.FUNDING_ROUND,
            TriggerType.ACQUISITION);

    private static final List<Finder> SAME_OBJECT_FINDERS = FINDERS.stream()
        .filter(finder -> finder.types().stream().anyMatch(SAME_OBJECT::contains)).toList();

    /** Every type {@link #sameObjectRuledOut} may rule out: its finders' types and a launch only planned. */
    private static final Set<TriggerType> SAME_OBJECT_RULINGS = sameObjectRulings();

    private static Set<TriggerType> sameObjectRulings() {
        Set<TriggerType> types = EnumSet.of(TriggerType.PRODUCT_LAUNCH);
        SAME_OBJECT_FINDERS.forEach(finder -> types.addAll(finder.types()));
        return types;
    }

    /** Whether any of the detections is of one of the types. */
    @SafeVarargs
    private static boolean anyOf(Set<TriggerType> types, Collection<Detection>... detections) {
        for (Collection<Detection> some : detections) {
            for (Detection detection : some) {
                if (types.contains(detection.type())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The types of {@link #SAME_OBJECT} a sentence in lower and upper case alike, not hedged, rules out, and a launch
     * it only plans or expects.
     */
    private static Set<TriggerType> sameObjectRuledOut(Sentence sentence) {
        if (sentence.words().size() < 2 || upperCase(sentence)) {
            return Set.of();
        }
        // "is reportedly poised to take over", "has an intent letter for the purchase": a sentence that hedges its own
        // deal or round hedges the other sentence's telling of it too
        boolean hedged = Hedges.inSentence(sentence);
        Set<TriggerType> out = null;
        for (Finder finder : SAME_OBJECT_FINDERS) {
            if (hedged ? finder.mayApply(sentence) : finder.rulesOut(sentence)) {
                out = out == null ? EnumSet.noneOf(TriggerType.class) : out;
                out.addAll(finder.types());
            }
        }
        // "plan to release", "is expected to be unveiling": a launch only planned holds for the other sentence's too
        if (!hedged && LAUNCHES.mayApply(sentence) && LaunchFinder.hedgesLaunch(sentence)) {
            out = out == null ? EnumSet.noneOf(TriggerType.class) : out;
            out.add(TriggerType.PRODUCT_LAUNCH);
        }
        return out == null ? Set.of() : out;
    }

    /** Whether a lede defines its short names; every such definition opens a bracket, where the search starts. */
    private static boolean definesNames(String lede) {
        int bracket = lede.indexOf('(');
        return bracket >= 0 && DEFINES_NAMES.matcher(lede).region(bracket, lede.length()).find();
    }

    /**
     * The types the finders rule out in sentences they can read (not in capitals): every type where the statement is
     * hedged (talks, plans, rumours, reports by others), and a finder's types where the sentence holds what the
     * taxonomy excludes from them (a public office, a fund of the investor's own, a stake or a building bought).
     */
    private static Set<TriggerType> rejected(@Nullable Sentence headline, @Nullable Sentence lede,
            Set<TriggerType> headlineOut, Set<TriggerType> ledeOut) {
        Set<TriggerType> rejected = EnumSet.noneOf(TriggerType.class);
        for (Sentence sentence : java.util.Arrays.asList(headline, lede)) {
            if (sentence == null || sentence.words().size() < 2 || upperCase(sentence)) {
                continue;
            }
            if (Hedges.inSentence(sentence)) {
                return EnumSet.allOf(TriggerType.class);
            }
            // the deal finders' rulings are known already (sameObjectRuledOut)
            rejected.addAll(sentence == headline ? headlineOut : ledeOut);
            for (Finder finder : FINDERS) {
                if (!SAME_OBJECT_FINDERS.contains(finder) && finder.rulesOut(sentence)) {
                    rejected.addAll(finder.types());
                }
            }
        }
        return rejected;
    }

    /** The lede's detections, then the headline's of types the lede lacks, named as the lede names them. */
    private static List<Detection> ledeFirst(List<Detection> inHeadline, List<Detection> inLede, Sentence lede) {
        String ledeName = lede.leadingName();
        List<Detection> all = new ArrayList<>(inLede);
        for (Detection detection : inHeadline) {
            if (all.stream().noneMatch(known -> known.type() == detection.type())) {
                String company = detection.company();
                TriggerDetails details = detection.details();
                if (details instanceof TriggerDetails.Acquisition deal && deal.target() != null
                        && lede.nameOpeningWith(firstWord(deal.target())) != null) {
                    // "ORVEL BUYS 90 PCT OF TASKIN": the lede opens with the buyer; the company bought is the one
                    // the lede names as the headline's target begins ("Taskin Tool Co"), the buyer likewise
                    company = lede.nameOpeningWith(firstWord(deal.target()));
                    String buyer = deal.acquirer() == null ? null : lede.nameOpeningWith(firstWord(deal.acquirer()));
                    details = new TriggerDetails.Acquisition(buyer != null ? buyer : deal.acquirer(), company,
                            deal.amount(), deal.currency());
                }
                else if (ledeName != null && (company == null || upperCase(company))) {
                    company = ledeName;
                }
                all.add(new Detection(company, details, detection.confidence()));
            }
        }
        return List.copyOf(all);
    }

    private static String firstWord(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    /**
     * What the finders saw, as words for the model: which finders' verbs occur in the headline and lede, which
     * triggers each gave (with or without a named company), hedges, amounts of money and upper-case wire style.
     */
    static void signals(Reading reading, List<String> into) {
        if (!reading.english()) {
            into.add("foreign");
            return;
        }
        sentenceSignals("h", reading.headline(), reading.inHeadline(), into);
        if (reading.lede() != null) {
            sentenceSignals("l", reading.lede(), reading.inLede(), into);
        }
        else {
            into.add("nolede");
        }
        for (Detection detection : reading.detections()) {
            into.add("found:" + detection.type());
        }
        if (reading.detections().isEmpty()) {
            into.add("found:none");
        }
    }

    private static void sentenceSignals(String where, Sentence sentence, List<Detection> found, List<String> into) {
        for (int i = 0; i < FINDERS.size(); i++) {
            if (FINDERS.get(i).mayApply(sentence)) {
                into.add(where + ":verb:" + i);
            }
        }
        for (Detection detection : found) {
            into.add(where + ":found:" + detection.type());
            into.add(where + ":found:" + detection.type() + (detection.company() == null ? ":unnamed" : ":named"));
        }
        if (sentence.words().size() >= 2 && Hedges.inSentence(sentence)) {
            into.add(where + ":hedged");
        }
        if (Money.find(sentence.text(), 0) != null) {
            into.add(where + ":money");
        }
        if (sentence.leadingName() != null) {
            into.add(where + ":named");
        }
        if (upperCase(sentence)) {
            into.add(where + ":upper");
        }
    }

    /** Whether a sentence is written in capitals (see {@link #upperCase(String)}); asked three times a sentence. */
    private static final Sentence.Fact<Boolean> UPPER_CASE =
            new Sentence.Fact<>(sentence -> upperCase(sentence.text()));

    private static boolean upperCase(Sentence sentence) {
        return sentence.fact(UPPER_CASE);
    }

    private static boolean upperCase(String text) {
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            }
            else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        return upper > 3 * lower;
    }

    private static List<Detection> detectIn(Sentence sentence, @Nullable Set<TriggerType> only) {
        if (sentence.words().size() < 2 || Hedges.inSentence(sentence)) {
            return List.of();
        }
        List<Detection> found = new ArrayList<>(2);
        for (Finder finder : FINDERS) {
            if ((only == null || finder.types().stream().anyMatch(only::contains)) && finder.mayFind(sentence)) {
                finder.find(sentence, found);
            }
        }
        // a hire of a named person needs no company: "Jane Doe was elected vice chair."
        found.removeIf(detection -> detection.company() == null && !(detection.details()
                instanceof TriggerDetails.Acquisition) && !(detection.details()
                instanceof TriggerDetails.ExecutiveHire hire && hire.person() != null));
        if (found.size() == 1) {
            return Details.forEachListed(found.get(0), sentence);
        }
        List<Detection> listed = new ArrayList<>(found.size());
        for (Detection detection : found) {
            listed.addAll(Details.forEachListed(detection, sentence));
        }
        return listed;
    }

    static String firstSentence(String text) {
        String plain = clip(text.strip());
        var dateline = DATELINE.matcher(plain);
        if (dateline.lookingAt()) {
            plain = plain.substring(dateline.end());
        }
        int end = sentenceEnd(plain);
        return end < 0 ? plain : plain.substring(0, end + 1);
    }

    /** Where the first sentence ends: a full stop before a capital, not after "Inc." or an initial. */
    private static int sentenceEnd(String text) {
        for (int i = 1; i < text.length() - 2; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' ') {
                char next = text.charAt(i + 2);
                if (!(Character.isUpperCase(next) || next == '"' || next == '\'' || next == '(')) {
                    continue;
                }
                int wordStart = i;
                while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
                    wordStart--;
                }
                String word = text.substring(wordStart, i);
                boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
                if (c != '.' || !initial && !ABBREVIATIONS.contains(word)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String clip(String text) {
        return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS);
    }
}
