package dev.kairos.ingest.detect;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.kairos.events.TriggerDetails;
import dev.kairos.events.TriggerType;
import org.jspecify.annotations.Nullable;

/**
 * {@code PARTNERSHIP}: "Acme partners with Beta", "Acme and Beta team up on …", "Acme signs distribution agreement
 * with Beta", "Acme forms joint venture with Beta". Not talks or the end of a partnership.
 */
final class PartnershipFinder implements Finder {

    /**
     * What may stand between a verb and a deal's noun: up to three free words, then the deal's adjectives. Each free
     * word is read one way only (an atomic group): its alternatives overlap, and every way of splitting each of three
     * words was tried where no noun followed, some twenty microseconds a try. A word ends at a space either way.
     */
    private static final String KIND = "['‘\"“]?(?:(?>[a-z0-9][\\w&'-]*|[A-Z]{2,}[\\w-]*|[$€£¥₹][\\d.,]+\\w*)"
            + " ){0,3}?"
            + "(?:(?:strategic|global|multi-year|multiyear|long-term|exclusive|expanded|"
            + "new|technology|tech|commercial|go-to-market|co-marketing|reseller|distribution|licensing|"
            + "integration|research|development|r&d|supply|manufacturing|joint|cloud|ai|channel|oem|white-label"
            + "|referral|collaboration|marketing|sales|content|data|payments?|banking|insurance|\\w+-year) )*";

    /**
     * "Acme partners with Beta": the partner follows "with". Every match also holds a verb of partnering or the deal's
     * noun, which spares trying a deal's free words ({@link #KIND}) at every "announces" or "launches" before a "with".
     */
    private static final WordPattern WITH = new WordPattern("(?i)\\b(?:(?:partners?|partnered|partnering|to partner|"
            + "teams? up|teamed up|teaming up|teams|teamed|collaborates?|collaborated|co-?operates?|co-?operated"
            + "|integrates?|integrated)(?: (?:directly|exclusively|closely|deeply|fully|strategically))?"
            + "|joins? forces|joined forces|joining forces|joins?|joined|allies|allied|links? up|linked up"
            + "|(?:signs?|signed|inks?|inked|strikes?|struck|forms?|formed|announces?|"
            + "announced|announce|enters?(?: into)?|entered(?: into)?|launches?|launched|"
            + "establish(?:es|ed)?|seals?|"
            + "sealed|expands?|expanded|extends?|extended|deepens?|deepened|renews?|renewed|unveils?|unveiled|"
            + "creates?|created|sets? up|agrees?|agreed|reaches?|reached) (?:an? |its |their |our )?" + KIND
            + "(?:partnership|alliance|joint venture|jv|collaboration|co-?operation|integration|agreement|deal|pact"
            + "|tie-up|accord|mou|memorandum of understanding|relationship|joint (?:company|firm))s?['’\"”]?"
            + "(?: agreement| deal)?(?:,? called [A-Z][\\w&.-]*(?: [A-Z][\\w&.-]*){0,3},?)?"
            + "(?: in principle)?|ties? up|tied up) with\\b", List.of(List.of(" with"), List.of("partner", "team",
            "collaborat", "operat", "integrat", "join", "allie", "link", "tie", "allian", "jv", "agreement", "deal",
            "pact", "accord", "mou", "memorandum", "relationship")));

    /** "Acme and Beta partner", "Acme, Beta form joint venture", "Acme, Beta and Gamma have joined to set up …". */
    private static final WordPattern PAIR = new WordPattern("(?i)\\b(?:partner|partnered|team up|teamed up|join forces"
            + "|team on|teamed on|agree|agreed|agree on|agreed on|co-?operate on"
            + "|join to|joined to|join with|joined with"
            + "|joined forces|joining forces|ally|collaborate|tie up"
            + "|(?:forge|forged|sign|signed|ink|inked|strike|struck|form|formed|announce"
            + "|announced|enter(?: into)?|entered(?: into)?|launch|launched|establish|established|seal|sealed|create"
            + "|created|set up|expand|expanded|extend|extended|deepen|deepened) (?:an? |their |new )?" + KIND
            + "(?:partnership|alliance|joint venture|jv|collaboration|tie-up|pact|deal|agreement|consortium))\\b",
            "partner", "team up", "teamed up", "team on", "teamed on", "join", "agree", "ally", "alliance",
            "collaborat", "operate on", "tie up", "tie-up",
            "jv", "pact", "deal", "consortium");

    /**
     * "Acme and Beta launch Foo", "Acme and Beta to debut Foo": a product two companies bring out together is made in
     * partnership. The verbs say nothing of a partnership alone, so they are no verb of this finder for the model;
     * only the pair before them ({@link #pairDeal}) makes them one.
     */
    private static final WordPattern LAUNCH_TOGETHER = new WordPattern("(?i)\\b(?:launch|launched|unveil|unveiled"
            + "|debut|debuted|introduce|introduced|roll out|rolled out)\\b");

    /** Words after a launch verb that tell where a product arrives, not what is launched. */
    private static final Set<String> ARRIVES_AT = Set.of("on", "in", "at", "to", "across", "into");

    /** The end of a partnership ("high-end" is none), a union's, a government's or a buyer's deal. */
    private static final Pattern NOT_PARTNERSHIP = Pattern.compile("(?i)\\b(?:(?<!-)ends?|(?<!-)ended|terminat\\w+"
            + "|cuts? ties"
            + "|severs?|dissolv\\w+|scraps?|exits?|quits?|walks? away|non-binding|preliminary|union|government"
            + "|ministry|talks"
            + "|merge|merger|settlement|settle|lawsuit|plea|ceasefire|truce|trade deal|treaty|nato|labou?r deal"
            + "|mou|memorandum of understanding|letter of intent|loi)\\b");

    /** The verbs that make a deal of no stated kind one the company itself entered. */
    private static final Pattern SIGNED = Pattern.compile("(?i)(?:signs?|signed|inks?|inked|strikes?|struck|seals?"
            + "|sealed|lands?|landed|enters?(?: into)?|entered(?: into)?|agrees?|agreed)\\b");

    /** What makes a deal of no stated kind no partnership: buying, selling, money, a settlement, a regulator, staff. */
    private static final Pattern NOT_GENERIC = Pattern.compile("(?i)\\b(?:acquir\\w*|buy\\w*|bought|purchas\\w+"
            + "|sells?|sold|sale|stake|shares|loans?|credit|financ\\w+|lease|leases|settle\\w*|creditors|lenders"
            + "|banks?|bondholders|regulators?|commission|court|authorit\\w+|charges|probe|merge\\w*|takeover|bid"
            + "|(?<!to )offer|orders?|contracts?|employment|pay|wages?|strike|players?|athletes?|supplier|sponsor\\w*"
            + "|clinical)\\b");

    private static final Pattern DEAL_KIND = Pattern.compile("(?i)(?:partnership|alliance|joint venture|jv|co-?operat|"
            + "collaboration|integration|tie-up|distribution|reseller|licensing|co-marketing|oem|referral|"
            + "white-label|channel|strategic|go-to-market|codeshare|co-development|supply|technology|research)");

    @Override
    public long patterns() {
        return WordPattern.bits(WITH, PAIR, BETWEEN, IN_PARTNERSHIP, NAMED);
    }

    /**
     * Tried where a company chooses another for a part in its business ("names Beta its exclusive distributor",
     * "selects Beta as technology partner"): common verbs that say nothing of a partnership alone,
     * so they are no verb of this finder for the model.
     */
    @Override
    public boolean mayFind(Sentence sentence) {
        long masks = sentence.masks();
        // a launch is a partnership only where two names joined by "and" make it: most launches have one maker
        return (masks & (patterns() | WordPattern.bits(SELECTS, LANDS, JOINT_VENTURE, IN_VENTURE))) != 0
                // a pair's verbless headline: "Acme and Beta for Payments Collaboration"
                || sentence.lower().contains(" collaboration") && sentence.lower().contains(" and ")
                || (masks & WordPattern.bits(LAUNCH_TOGETHER)) != 0 && sentence.lower().contains(" and ");
    }

    @Override
    public List<TriggerType> types() {
        return List.of(TriggerType.PARTNERSHIP);
    }

    /**
     * A deal with an athlete, a performer or an expert (an endorsement or a person engaged) or with a department, one
     * still negotiated or only intended, and a joint appearance at a webinar or in a podcast: what the taxonomy does
     * not count, so that no partnership is reported without a finder's detection.
     */
    @Override
    public boolean rulesOut(Sentence sentence) {
        if (!mayApply(sentence)) {
            return false;
        }
        // one pass over the sentence's words: this is asked of every sentence with a word of the finder's
        for (Sentence.Word word : sentence.words()) {
            String lower = word.lower();
            if (RULING_OUT_WORDS.contains(lower) || lower.startsWith("negotiat") || lower.startsWith("discuss")) {
                return true;
            }
        }
        return (sentence.masks() & IN_PARTNERSHIP_BIT) != 0 && held(sentence);
    }

    /** Whether the sentence tells of a partnership in one held already: "rifts in Acme's partnership with Beta". */
    private static boolean held(Sentence sentence) {
        String text = sentence.text();
        WordPattern.Scan in = IN_PARTNERSHIP.in(sentence);
        while (in.find()) {
            String before = text.substring(Math.max(0, in.start() - 50), in.start());
            if (IN_A.matcher(before).find() && HELD.matcher(before).find()) {
                return true;
            }
        }
        return false;
    }

    /** A deal only written down as intended: a memorandum of understanding (a letter of intent hedges already). */
    private static final Set<String> INTENDED = WordList.of("intended-deal-words");

    /** A public body's or a company's own department ("assists the city's fire department"): no company partners. */
    private static final Set<String> DEPARTMENTS = Set.of("department", "departments");

    /** {@link #EVENT}'s words. */
    private static final Set<String> EVENT_WORDS = WordList.of("partnership-events");

    /** A company choosing another: the partner follows, then the part it is chosen for. */
    private static final WordPattern SELECTS = new WordPattern("(?i)\\b(?:names?|named|selects?|selected|picks?"
            + "|picked|chooses|chose|chosen|taps|tapped|appoints?|appointed|designates?|designated|enlists?"
            + "|enlisted|becomes?|became)\\b");

    /**
     * The parts a company is chosen for in another's business, apart from "partner" itself. Not a supplier or
     * provider: buying from another is no partnership.
     */
    private static final String PARTS = "distributor|reseller|importer|licensee|agent|representative|marketer"
            + "|integrator";

    /** The part a chosen company plays: "as its sole German importer", "its official payments partner". */
    private static final Pattern AS_PART = Pattern.compile("(?i)^(?:'s?|’s?)?(?: [\\w&.'’-]+){0,4}?,?(?: as)? "
            + "(?:(?:its|the|an?|their|our) )?(?:[\\w.&-]+ ){0,4}?(?:partner|" + PARTS + ")s?\\b");

    /** A partner of a firm is a person's rank: "named Jane Doe managing partner". */
    private static final Pattern RANK = Pattern.compile("(?i)\\b(?:managing|general|senior|founding|equity|limited"
            + "|venture|operating|investing|junior|named) partners?$");

    /** "was appointed the official reseller for Beta": the company chosen is the subject, the partner follows. */
    private static final Pattern CHOSEN_AS = Pattern.compile("(?i)^(?: as)? (?:an?|the|its) (?:[\\w.&-]+ ){0,4}?"
            + "(?:" + PARTS + ")s? (?:of|for) ");

    private static final Pattern PASSIVE_BEFORE = Pattern.compile("(?i)\\b(?:has been|have been|was|were|is|been"
            + "|be)\\s*$");

    /** A company chosen for a part in another's business, or the company that was chosen. */
    private static @Nullable Detection chosen(Sentence sentence) {
        String text = sentence.text();
        WordPattern.Scan scan = SELECTS.in(sentence);
        while (scan.find()) {
            int end = Finder.clauseEnd(sentence, scan.end());
            String clause = text.substring(scan.start(), end);
            if (NOT_PARTNERSHIP.matcher(clause).find()) {
                continue;
            }
            Sentence.Subject subject = Finder.subject(sentence, scan);
            if (subject == null) {
                continue;
            }
            String before = text.substring(0, scan.start());
            Matcher chosenAs = CHOSEN_AS.matcher(text).region(scan.end(), end);
            // "was appointed the official reseller for Beta", "will become the sole distributor for Beta"
            boolean becomes = scan.group().toLowerCase(Locale.ROOT).contains("bec");
            if (becomes || PASSIVE_BEFORE.matcher(before).find()
                    || subject.between().matches("(?i).*\\b(?:been|was|is)$")) {
                if (chosenAs.lookingAt()) {
                    String partner = sentence.nameStartingAt(sentence.wordFrom(chosenAs.end()));
                    if (partner != null && !partner.equals(subject.name()) && !Places.isPlace(partner)) {
                        return new Detection(subject.name(), new TriggerDetails.Partnership(partner), 0.75);
                    }
                }
                continue;
            }
            String partner = partnerAfter(sentence, scan.end());
            if (partner == null || partner.equals(subject.name()) || Places.isPlace(partner)) {
                continue;
            }
            int after = text.indexOf(partner, scan.end());
            if (after < 0) {
                continue;
            }
            String rest = text.substring(after + partner.length(), Math.max(after + partner.length(), end));
            Matcher part = AS_PART.matcher(rest);
            if (part.lookingAt() && !RANK.matcher(part.group()).find()) {
                return new Detection(subject.name(), new TriggerDetails.Partnership(partner), 0.75);
            }
        }
        return null;
    }

    @Override
    public void find(Sentence sentence, List<Detection> found) {
        int before = found.size();
        findDeal(sentence, found);
        if (found.size() > before && (EVENT.matcher(sentence.text()).find()
                || PROMOTION.matcher(sentence.text()).find() || endorsement(sentence, 0, sentence.text().length())
                || departmentPartner(found.get(before)))) {
            // "Acme and Beta to host webinar on …", "launches podcast in collaboration with Beta": a joint
            // appearance; "in collaboration with marketing expert Jane Doe": a person engaged; "with the Elm Valley
            // Fire Department": a public body, or a department of a company
            found.subList(before, found.size()).clear();
        }
    }

    private static boolean departmentPartner(Detection detection) {
        return detection.details() instanceof TriggerDetails.Partnership deal && deal.partner() != null
                && DEPARTMENTS.contains(deal.partner().substring(deal.partner().lastIndexOf(' ') + 1)
                        .toLowerCase(Locale.ROOT));
    }

    /**
     * A company an investor-relations service features before investors ("partners with Beta, which names it a
     * featured company", "for investor awareness"): a promotion bought, not a partnership.
     */
    private static final Pattern PROMOTION = Pattern.compile("(?i)\\b(?:featured company|investor awareness)\\b");

    /** What two companies only appear at together, or a talk one gives on another's stage: no partnership. */
    private static final Pattern EVENT = Pattern.compile("(?i)\\b(?:webinars?|podcasts?|festivals?|interviews?"
            + "|fireside chats?|panel discussions?|hackathons?)\\b");

    private void findDeal(Sentence sentence, List<Detection> found) {
        if (dealWith(sentence, WITH.in(sentence), found) || dealWith(sentence, LANDS.in(sentence), found)) {
            return;
        }
        String text = sentence.text();
        WordPattern.Scan in = IN_PARTNERSHIP.in(sentence);
        if (in.find() && IN_A.matcher(text.substring(Math.max(0, in.start() - 50), in.start())).find()
                && !HELD.matcher(text.substring(Math.max(0, in.start() - 50), in.start())).find()
                && !Hedges.beforeVerb(text.substring(0, in.start()))) {
            String partner = sentence.nameStartingAt(sentence.wordFrom(in.end()));
            String company = sentence.leadingName();
            if (partner != null && company != null && !partner.equals(company) && !Places.isPlace(partner)) {
                found.add(new Detection(company, new TriggerDetails.Partnership(partner), 0.8));
                return;
            }
        }
        WordPattern.Scan between = BETWEEN.in(sentence);
        if (between.find() && DEAL_KIND.matcher(text.substring(Math.max(0, between.start() - 30), between.end())).find()
                && !Hedges.beforeVerb(text.substring(0, between.start()))) {
            String first = sentence.nameStartingAt(sentence.wordFrom(between.end()));
            int and = text.indexOf(" and ", between.end());
            String second = and < 0 ? null : sentence.nameStartingAt(sentence.wordFrom(and + 5));
            if (first != null && second != null && !first.equals(second)) {
                found.add(new Detection(first, new TriggerDetails.Partnership(second), 0.8));
                return;
            }
        }
        if (pairDeal(sentence, PAIR.in(sentence), false, found)
                || pairDeal(sentence, LAUNCH_TOGETHER.in(sentence), true, found)) {
            return;
        }
        Detection named = named(sentence);
        if (named == null) {
            named = chosen(sentence);
        }
        if (named == null) {
            named = dealToBring(sentence);
        }
        if (named == null && (sentence.masks() & JOINT_VENTURE_BIT) != 0) {
            named = jointVenture(sentence);
        }
        if (named == null && (sentence.masks() & IN_VENTURE_BIT) != 0) {
            named = pairInVenture(sentence);
        }
        if (named == null && sentence.lower().contains(" and ")) {
            named = pairForDeal(sentence);
        }
        if (named != null && !endorsement(sentence, 0, text.length())) {
            found.add(named);
        }
    }

    /**
     * The first deal a pair of companies makes together by a verb of the scan ("Acme and Beta partner", "Acme and
     * Beta launch Foo"), added to {@code found}; whether there was one. A launch ({@code launched}) is made together
     * only by two names joined by "and" ("Acme, Beta and Gamma unveil …" lists rivals as often), of something that
     * follows the verb ("… to launch on Foo" tells where a product arrives).
     */
    private static boolean pairDeal(Sentence sentence, WordPattern.Scan pair, boolean launched,
            List<Detection> found) {
        String text = sentence.text();
        while (pair.find()) {
            int next = sentence.wordFrom(pair.end());
            if (launched && (next >= sentence.words().size()
                    || ARRIVES_AT.contains(sentence.words().get(next).lower()))) {
                continue;
            }
            String rest = text.substring(pair.start(), Finder.clauseEnd(sentence, pair.end()));
            boolean bare = pair.group().toLowerCase(Locale.ROOT).startsWith("agree");
            // "Acme and Beta signed an agreement to open a mill": a deal of no stated kind the pair entered together
            boolean signedTogether = !bare && SIGNED.matcher(pair.group()).lookingAt()
                    && !NOT_GENERIC.matcher(rest).find();
            if (!(hasKind(pair.group()) && !bare || signedTogether || DEAL_KIND.matcher(rest).find())
                    || NOT_PARTNERSHIP.matcher(rest).find()) {
                continue;
            }
            String before = text.substring(0, pair.start()).stripTrailing();
            Sentence.Subject second = sentence.subjectOf(sentence.wordAt(pair.start()));
            if (second != null && second.name() != null && before.endsWith(",")) {
                // "Acme and Beta, a Corvex company, announce …": the pair stands before the second's appositive
                int named = before.lastIndexOf(second.name());
                before = named > 0 ? before.substring(0, named + second.name().length()) : before;
            }
            // " amp; ": an ampersand whose escape lost its "&" on the way ("Acme amp; Beta Team Up")
            int plainAnd = Math.max(before.lastIndexOf(" and "), before.lastIndexOf(" And "));
            int comma = before.lastIndexOf(", ");
            int and = Math.max(Math.max(plainAnd, comma), Math.max(before.lastIndexOf(" & "),
                    before.lastIndexOf(" amp; ")));
            if (and < 0 || launched && (and != plainAnd || comma >= 0)) {
                continue;
            }
            int firstEnd = sentence.wordBefore(and + 1);
            if (firstEnd >= 0 && sentence.words().get(firstEnd).lower().equals("it") && second != null
                    && second.name() != null && !second.inherited() && onlyAuxiliaries(second.between())) {
                // "Acme Inc said it and Beta Corp formed a joint venture": "it" is the company the sentence is about
                String it = sentence.leadingName();
                if (it != null && !it.equals(second.name()) && !Hedges.beforeVerb(text.substring(0, pair.start()))) {
                    found.add(new Detection(it, new TriggerDetails.Partnership(second.name()), 0.8));
                    return true;
                }
            }
            String first = sentence.nameEndingAt(firstEnd);
            if (second == null || second.name() == null || second.inherited() || first == null
                    || !onlyAuxiliaries(second.between()) || first.equals(second.name())
                    || !startsClause(sentence, firstEnd, first)
                    || endorsement(sentence, 0, pair.start()) || Places.isPlace(first)
                    || Places.isPlace(second.name())) {
                continue;
            }
            // "Acme Tyres and Beta Corporation signed …" is read as one name running on to its legal form
            String partner = second.name().startsWith(first + " and ")
                    ? second.name().substring(first.length() + 5) : second.name();
            if (launched && (partner.contains(first) || first.contains(partner))
                    || partner.startsWith(first + " & " + first) || partner.startsWith(first + " and " + first)) {
                // "Pell Harbor & Co will launch …", "Hale & Hale, LLP Litigation Partner …": one firm's name, read
                // as two
                continue;
            }
            found.add(new Detection(firstOfList(sentence, firstEnd, first),
                    new TriggerDetails.Partnership(partner), 0.85));
            return true;
        }
        return false;
    }

    /**
     * "Acme announces deal to bring Beta to India", "strikes partnership to bring its bookings to Beta": a deal the
     * company made to carry another's product, or its own to another: the partner is the company brought or the one
     * brought to. Tried only where the sentence says "to bring".
     */
    private static @Nullable Detection dealToBring(Sentence sentence) {
        int at = sentence.lower().indexOf(TO_BRING);
        if (at < 0) {
            return null;
        }
        String text = sentence.text();
        int after = at + TO_BRING.length();
        Matcher deal = DEAL_TO_BRING.matcher(text).region(Math.max(0, at - 60), after);
        if (!deal.find()) {
            return null;
        }
        int end = Finder.clauseEnd(sentence, after);
        String clause = text.substring(deal.start(), Math.max(deal.start(), end));
        if (NOT_PARTNERSHIP.matcher(clause).find() || !hasKind(deal.group()) && NOT_GENERIC.matcher(clause).find()) {
            return null;
        }
        Sentence.Subject subject = Finder.subject(sentence, deal);
        if (subject == null) {
            return null;
        }
        String partner = sentence.nameStartingAt(sentence.wordFrom(after));
        if (partner == null || Places.isPlace(partner)) {
            // "to bring its tours and bookings to Beta": the company brought to, a few words on, in the same clause
            int to = text.indexOf(" to ", after);
            boolean near = to > 0 && to - after < 60 && text.substring(after, to).indexOf(',') < 0
                    && text.substring(after, to).indexOf(';') < 0;
            partner = near ? sentence.nameStartingAt(sentence.wordFrom(to + 4)) : null;
        }
        if (partner == null || Places.isPlace(partner) || partner.equals(subject.name())) {
            return null;
        }
        return new Detection(subject.name(), new TriggerDetails.Partnership(partner), 0.72);
    }

    private static final String TO_BRING = " to bring ";

    private static final Pattern DEAL_TO_BRING = Pattern.compile("(?i)\\b(?:announces?|announced|signs?|signed"
            + "|strikes?|struck|inks?|inked|seals?|sealed|lands?|landed|forms?|formed) (?:an? |its |new )?"
            + "(?:deal|partnership|agreement|pact|alliance|tie-up) to bring $");

    /** A joint venture named anywhere in a sentence: only a search spared, no verb of this finder for the model. */
    private static final WordPattern JOINT_VENTURE = WordPattern.search("(?i)\\b(?:joint[- ]ventures?|jv)\\b");

    private static final long JOINT_VENTURE_BIT = WordPattern.bits(JOINT_VENTURE);

    /**
     * A verb that sets up what follows, a few words before a joint venture: "will invest $40M in two joint ventures",
     * "established Norway's first filter joint venture", "are building a joint venture mill".
     */
    private static final Pattern SETS_UP_VENTURE = Pattern.compile("(?i)\\b(?:invest(?:s|ed|ing)?(?: [\\w$.,'’-]+)"
            + "{0,4}? in|establish(?:es|ed|ing)?|forms?|formed|forming|sets? up|setting up|creat(?:es?|ed|ing)"
            + "|build(?:s|ing)?|built|start(?:s|ed|ing)?|launch(?:es|ed|ing)?|enters?(?: into)?|entered(?: into)?"
            + "|signs?|signed)((?: [\\w$.,'’-]+){0,6}?) $");

    /** "IN" before a joint venture in a wire's headline, with up to two words of its kind or place. */
    private static final Pattern WIRE_IN_VENTURE = Pattern.compile("\\bIN((?: (?!CAPITAL\\b)[A-Z.'-]+){0,2}) $");

    /** Words before a joint venture that make it one held already or a stake in one: "their", "its stake in a". */
    private static final Pattern HELD_VENTURE = Pattern.compile("(?i)\\b(?:its|their|our|his|her|existing"
            + "|stakes?|interest)\\b");

    /** Money put into a joint venture sets one up only where it is new: "in Beta joint venture" may be one held. */
    private static final Pattern NEW_VENTURE = Pattern.compile("(?i)\\b(?:a|an|new|two|three|four|several)\\b");

    /**
     * "Acme will invest $40M in two joint ventures with Beta", "Acme and Beta established Norway's first filter
     * joint venture", "… forming a joint venture between them": a joint venture the company sets up is a
     * partnership even where no verb of partnering is used. The partner is the name after "with" or "between", or the
     * other of a pair that sets it up; where none is named the partner stays empty. Not a joint venture's capital
     * ("joint venture capital investment" is money raised), nor one held already.
     */
    private static @Nullable Detection jointVenture(Sentence sentence) {
        String text = sentence.text();
        WordPattern.Scan venture = JOINT_VENTURE.in(sentence);
        while (venture.find()) {
            if (text.startsWith(" capital", venture.end())) {
                continue;
            }
            int clauseEnd = Finder.clauseEnd(sentence, venture.end());
            Matcher verb = SETS_UP_VENTURE.matcher(text).region(Math.max(0, venture.start() - 80), venture.start());
            if (!verb.find()) {
                // a wire's headline in capitals: "ACME <ACM> IN JOINT VENTURE", "ACME IN STEEL JOINT VENTURE"; not a
                // pair's ("ACME, BETA IN HOTEL JOINT VENTURE" tells as often of a loan for one they hold)
                verb = WIRE_IN_VENTURE.matcher(text).region(Math.max(0, venture.start() - 40), venture.start());
                if (!verb.find() || !sentence.inCapitals()
                        || text.lastIndexOf(", ", verb.start()) >= 0 || text.lastIndexOf(" AND ", verb.start()) >= 0) {
                    continue;
                }
            }
            if (HELD_VENTURE.matcher(verb.group(1)).find()
                    || verb.group().regionMatches(true, 0, "invest", 0, 6) && !NEW_VENTURE.matcher(verb.group(1)).find()
                    || NOT_PARTNERSHIP.matcher(text.substring(verb.start(), Math.max(verb.start(), clauseEnd))).find()
                    || Hedges.beforeVerb(text.substring(0, verb.start()))) {
                continue;
            }
            Sentence.Subject subject = Finder.subject(sentence, verb);
            if (subject == null || Places.isPlace(subject.name())) {
                continue;
            }
            String company = subject.name();
            String partner = null;
            String after = text.substring(venture.end(), Math.max(venture.end(), clauseEnd));
            int with = after.indexOf(" with ");
            int between = after.indexOf(" between ");
            if (with >= 0) {
                partner = partnerAfter(sentence, venture.end() + with + 5);
            }
            else if (between >= 0) {
                String first = sentence.nameStartingAt(sentence.wordFrom(venture.end() + between + 9));
                partner = first != null && first.equals(company) ? null : first;
            }
            else if (!subject.inherited()) {
                partner = pairedBefore(sentence, company, verb.start());
                if (partner != null) {
                    // "Acme and Beta established …": the first of the pair is the company, as in other pairs' deals
                    String second = company;
                    company = partner.equals(IT) ? sentence.leadingName() : partner;
                    partner = second;
                }
            }
            if (company == null || partner != null && (partner.equals(company) || Places.isPlace(partner))) {
                continue;
            }
            return new Detection(company, new TriggerDetails.Partnership(partner), 0.75);
        }
        return null;
    }

    private static final String IT = "it";

    /** A headline's pair "in venture": only a search spared, no verb of this finder for the model. */
    private static final WordPattern IN_VENTURE = WordPattern.search("(?i)\\bin (?:a |new )?venture\\b");

    private static final long IN_VENTURE_BIT = WordPattern.bits(IN_VENTURE);

    /**
     * "Acme, Beta in venture", "Acme and Beta in new venture to …": a headline's pair that opens the sentence and is
     * put in a venture together partners; not where "venture" is capital's.
     */
    private static @Nullable Detection pairInVenture(Sentence sentence) {
        String text = sentence.text();
        WordPattern.Scan in = IN_VENTURE.in(sentence);
        while (in.find()) {
            String after = text.substring(in.end(), Finder.clauseEnd(sentence, in.end()));
            if (!after.isBlank() && !VENTURE_GOES_ON.matcher(after).lookingAt()) {
                continue;
            }
            Sentence.Subject second = Finder.subject(sentence, in);
            if (second == null || second.inherited() || !second.between().isEmpty()) {
                continue;
            }
            int at = text.lastIndexOf(second.name(), in.start());
            String before = at < 0 ? "" : text.substring(0, at);
            int joint = before.endsWith(", ") ? 2 : before.endsWith(" & ") ? 3 : before.endsWith(" and ") ? 5 : 0;
            int firstEnd = joint == 0 ? -1 : sentence.wordBefore(before.length() - joint + 1);
            String first = firstEnd < 0 ? null : sentence.nameEndingAt(firstEnd);
            if (first == null || !text.startsWith(first) || first.equals(second.name()) || Places.isPlace(first)
                    || Places.isPlace(second.name())) {
                continue;
            }
            return new Detection(first, new TriggerDetails.Partnership(second.name()), 0.75);
        }
        return null;
    }

    /**
     * "Acme and Beta for Payments Collaboration", "Acme and Beta in Retail Partnership": a headline that is only a pair
     * of names and the deal they are in or for, with no verb; the first name partners with the second.
     */
    private static @Nullable Detection pairForDeal(Sentence sentence) {
        String text = sentence.text();
        String clause = text.substring(0, Finder.clauseEnd(sentence, 0));
        if (!endsInDealNoun(sentence.lower(), clause.length())) {
            // a word's check before the pattern: most clauses end in no deal's noun
            return null;
        }
        Matcher deal = PAIR_FOR_DEAL.matcher(clause);
        String first = sentence.leadingName();
        if (!deal.find() || first == null || !text.startsWith(first + " and ")) {
            return null;
        }
        String second = sentence.nameStartingAt(sentence.wordFrom(first.length() + 5));
        if (second == null || !clause.startsWith(second, first.length() + 5)
                || first.length() + 5 + second.length() != deal.start() || Places.isPlace(first)
                || Places.isPlace(second) || NOT_PARTNERSHIP.matcher(clause).find()) {
            return null;
        }
        return new Detection(first, new TriggerDetails.Partnership(second), 0.75);
    }

    /** Whether the lower-case text's first {@code end} characters end, punctuation aside, in a deal's noun. */
    private static boolean endsInDealNoun(String lower, int end) {
        int last = end;
        while (last > 0 && !Character.isLetter(lower.charAt(last - 1))) {
            last--;
        }
        for (String noun : PAIR_DEAL_NOUNS) {
            if (lower.startsWith(noun, last - noun.length())) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> PAIR_DEAL_NOUNS = List.of("partnership", "collaboration", "alliance", "tie-up",
            "link-up", "team-up");

    private static final Pattern PAIR_FOR_DEAL = Pattern.compile("(?i) (?:in|for|on) (?:an? |new |joint )?"
            + "(?:[\\w&'-]+ ){0,4}?(?:partnership|collaboration|alliance|tie-up|link-up|team-up)\\W*$");

    /** What may follow a pair's venture in its clause: its purpose or field, not the word "capital". */
    private static final Pattern VENTURE_GOES_ON = Pattern.compile("^ (?:to|on|for|in) ");

    /**
     * The name joined by "and" to the subject {@code name} before a verb at {@code verbStart} ("Acme and Beta
     * established"), or {@link #IT} for "it and Beta"; null where the subject stands alone.
     */
    private static @Nullable String pairedBefore(Sentence sentence, String name, int verbStart) {
        String text = sentence.text();
        int at = text.lastIndexOf(name, verbStart);
        if (at <= 0) {
            return null;
        }
        String before = text.substring(0, at);
        before = before.endsWith("<") || before.endsWith("(") ? before.substring(0, before.length() - 1) : before;
        if (!before.endsWith(" and ")) {
            return null;
        }
        int end = sentence.wordBefore(before.length() - 5);
        if (end < 0) {
            return null;
        }
        if (sentence.words().get(end).lower().equals(IT)) {
            return IT;
        }
        return sentence.words().get(end).endsClause() ? null : sentence.nameEndingAt(end);
    }

    /**
     * Whether the words from {@code from} to {@code to} describe a person signed for a name or a talent ("Olympic
     * skater", "Acclaimed Pianist", "Lifestyle Expert"): an endorsement, not a partnership of two companies.
     */
    private static boolean endorsement(Sentence sentence, int from, int to) {
        for (Sentence.Word word : sentence.words()) {
            if (word.start() >= from && word.end() <= to && ENDORSING.contains(word.lower())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> ENDORSING = WordList.of("endorsing-persons");

    /** The words of {@link #ENDORSING}, {@link #EVENT_WORDS}, {@link #INTENDED}, {@link #DEPARTMENTS}: one look-up. */
    private static final Set<String> RULING_OUT_WORDS = Stream.of(ENDORSING, EVENT_WORDS, INTENDED, DEPARTMENTS)
        .flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());

    /**
     * The first partnership a verb of the scan starts with "with" before the partner ("partners with Beta", "lands deal
     * with Beta"), added to {@code found}; whether there was one.
     */
    private static boolean dealWith(Sentence sentence, WordPattern.Scan with, List<Detection> found) {
        String text = sentence.text();
        while (with.find()) {
            // "signs deal with Beta to stream its games": a deal of no stated kind, signed with a named company
            boolean generic = !hasKind(with.group());
            if (generic && !SIGNED.matcher(with.group()).lookingAt() || NOT_PARTNERSHIP.matcher(with.group()).find()
                    || generic && NOT_GENERIC.matcher(text.substring(with.start(),
                            Finder.clauseEnd(sentence, with.end()))).find()) {
                continue;
            }
            Sentence.Subject subject = Finder.subject(sentence, with);
            if (subject == null) {
                subject = chiefSpeaksFor(sentence, sentence.wordAt(with.start()));
            }
            if (subject == null && sentence.topic() != null
                    && DESCRIBED_TOPIC.matcher(text.substring(0, with.start())).matches()) {
                // a lede that opens with what the headline's company is: "Software giant teams with Beta to …"
                subject = new Sentence.Subject(sentence.topic(), "", true);
            }
            if (subject == null || INVITATION.matcher(with.group()).lookingAt()
                    && INVITED_AFTER.matcher(text.substring(0, with.start())).find()) {
                continue;
            }
            String partner = partnerAfter(sentence, with.end());
            if (partner == null && UNNAMED_PARTNER.matcher(text).region(with.end(), text.length()).lookingAt()) {
                // "inks deal with cinema chain", "teams up with a local carmaker": a partner the text describes only
                found.add(new Detection(subject.name(), new TriggerDetails.Partnership(null), 0.72));
                return true;
            }
            if (partner == null || partner.equals(subject.name()) || Places.isPlace(partner)
                    || endorsement(sentence, 0, text.indexOf(partner, with.end()) + partner.length())) {
                continue;
            }
            found.add(new Detection(subject.name(), new TriggerDetails.Partnership(partner),
                    subject.inherited() || generic ? 0.72 : 0.85));
            return true;
        }
        return false;
    }

    /**
     * A lede's opening words that only describe a company by its trade, in lower case but for the first: the
     * headline's company.
     */
    private static final Pattern DESCRIBED_TOPIC = Pattern.compile("(?:[Tt]he )?(?:[A-Za-z][a-z-]* )?(?:[a-z][a-z-]* )?"
            + "(?:giant|maker|firm|company|leader|provider|operator|retailer|carrier|chipmaker|automaker|carmaker"
            + "|titan|major) ");

    /**
     * A company described, not named, right after "with": a kind of business with up to three words before it, all in
     * lower case (a capitalised word may begin a name: "with Barclays Bank").
     */
    private static final Pattern UNNAMED_PARTNER = Pattern.compile(" (?:an? |one )?(?:[a-z][\\w-]* ){0,3}?(?:chain"
            + "|company|firm|startup|start-up|bank|maker|retailer|operator|carrier|insurer|automaker|carmaker|chipmaker"
            + "|airline|manufacturer|publisher|developer|studio|brand|telco|lender|miner|producer)\\b(?! of\\b)");

    /**
     * A verb's plain form in capitals opening a sentence or after a dash or colon calls the reader to act ("Meet Us at
     * Acme Expo - Partner with Beta"): no company partners.
     */
    private static final Pattern INVITATION = Pattern.compile("(?:Partner|Team [Uu]p|Collaborate|Join [Ff]orces) ");

    private static final Pattern INVITED_AFTER = Pattern.compile("^\\s*$|(?: [-|]|:) $");

    /**
     * "Acme lands deal with Beta": "lands" says nothing of a partnership alone (rounds and contracts are landed), so it
     * is no verb of this finder for the model.
     */
    private static final WordPattern LANDS = new WordPattern("(?i)\\b(?:lands?|landed) (?:an? |its |their |our )?"
            + KIND + "(?:partnership|alliance|joint venture|collaboration|agreement|deal|pact|tie-up)s?"
            + "(?: agreement| deal)? with\\b", " with");

    /**
     * The partner named after {@code from}, past where it is based: "with Madrid, Spain-based Norte Sistemas" names
     * Norte Sistemas, not Madrid.
     */
    private static @Nullable String partnerAfter(Sentence sentence, int from) {
        Matcher based = BASED.matcher(sentence.text()).region(from, sentence.text().length());
        return sentence.nameStartingAt(sentence.wordFrom(based.lookingAt() ? based.end() : from));
    }

    /**
     * Where the partner is named past where it is based, or past the group it belongs to: "with a unit of Beta" names
     * Beta, as a deal with a company's unit is one with the company.
     */
    private static final Pattern BASED = Pattern.compile("(?: (?:an? |the )?(?:unit|subsidiary|affiliate|division)"
            + " of(?: the)?)?(?: (?:[A-Z][\\w.]*,? ){0,3}?[A-Z][\\w.]*[- ][Bb]ased)?(?= )");

    /**
     * "Acme integrates Beta into its app", or the partner named before the deal's noun: "Acme announces Beta
     * team-up", "Acme expands exclusive Beta partnership", "Acme grows with Beta alliance".
     */
    private static @Nullable Detection named(Sentence sentence) {
        String text = sentence.text();
        List<Sentence.Word> words = sentence.words();
        WordPattern.Scan scan = NAMED.in(sentence);
        while (scan.find()) {
            String rest = text.substring(scan.start(), Finder.clauseEnd(sentence, scan.end()));
            if (NOT_PARTNERSHIP.matcher(rest).find() || Hedges.beforeVerb(text.substring(0, scan.start()))) {
                continue;
            }
            if (scan.group().toLowerCase(Locale.ROOT).contains("integrat")) {
                Sentence.Subject subject = Finder.subject(sentence, scan);
                String partner = sentence.nameStartingAt(sentence.wordFrom(scan.end()));
                if (subject != null && partner != null && !partner.equals(subject.name())
                        && !Sentence.isCommonCapitalised(partner.split(" ")[0].toLowerCase(Locale.ROOT))
                        && !TECHNIQUE.matcher(partner).find() && !PRONOUNS.contains(partner.toLowerCase(Locale.ROOT))
                        && INTO.matcher(text.substring(scan.end() + partner.length(), Finder.clauseEnd(sentence,
                                pastListed(sentence, text.indexOf(partner, scan.end()) + partner.length())))).find()) {
                    return new Detection(subject.name(), new TriggerDetails.Partnership(partner),
                            subject.inherited() ? 0.7 : 0.8);
                }
                continue;
            }
            int noun = sentence.wordAt(scan.start());
            if (!sentence.titleCase() && Character.isUpperCase(words.get(noun).bare().charAt(0))
                    || noun > 0 && LEGAL_ENTITY.contains(words.get(noun - 1).lower())) {
                // "Social Capital Partnership" in a lower-case sentence is a name; "a limited partnership", a firm
                continue;
            }
            int i = noun - 1;
            for (int skipped = 0; i >= 0 && skipped < 3 && KIND_WORD.matcher(words.get(i).lower()).matches();
                    skipped++) {
                i--;
            }
            String partner = i < 0 || words.get(i).endsClause() ? null : sentence.nameEndingAt(i);
            if (partner == null) {
                continue;
            }
            int lead = i - partner.split(" ").length;
            while (lead >= 0 && DETERMINER.contains(words.get(lead).lower())) {
                lead--;
            }
            partner = KIND_PREFIX.matcher(partner).replaceFirst("");
            String pairedWith = pairOpening(sentence, lead);
            if (pairedWith != null && !partner.isEmpty() && !pairedWith.equals(partner)
                    && !Places.isPlace(pairedWith) && !Places.isPlace(partner)
                    && text.substring(scan.end(), Finder.clauseEnd(sentence, scan.end())).isBlank()) {
                // "Acme and Beta link-up", "Acme, Beta alliance: …": the pair the sentence opens with, their deal
                // the whole clause ("Acme and Beta partnership reaches …" is about one that exists)
                return new Detection(pairedWith, new TriggerDetails.Partnership(partner), 0.75);
            }
            if (lead >= 0 && words.get(lead).lower().equals("and")) {
                // "Acme announces $20M round and Beta partnership": the verb of the first thing announced
                lead = verbBeforeAnd(sentence, lead);
            }
            if (lead < 0 || partner.isEmpty() || Places.isPlace(partner)
                    || !STATES_DEAL.contains(words.get(lead).lower())) {
                continue;
            }
            String company;
            if (lead == 0 && words.get(lead).lower().equals("with")) {
                company = afterOpeningPhrase(sentence, noun);
            }
            else if (words.get(lead).lower().equals("with")) {
                company = sentence.leadingName();
            }
            else {
                Sentence.Subject subject = sentence.subjectOf(lead);
                if (subject == null) {
                    subject = chiefSpeaksFor(sentence, lead);
                }
                company = subject == null || Hedges.beforeVerb(subject.between()) ? null : subject.name();
            }
            if (company != null && !company.equals(partner) && !company.contains(partner)) {
                return new Detection(company, new TriggerDetails.Partnership(partner), 0.75);
            }
        }
        return null;
    }

    /**
     * "With a new Beta partnership, Acme's sales app grows": the company named first after the opening phrase whose
     * deal's noun is the word at {@code noun}, or null.
     */
    private static @Nullable String afterOpeningPhrase(Sentence sentence, int noun) {
        List<Sentence.Word> words = sentence.words();
        // "With its Beta partnership, Acme …" tells of one held already
        if (noun + 1 >= words.size() || !words.get(noun).text().endsWith(",")
                || HELD_BY_OWNER.matcher(sentence.text()).lookingAt()) {
            return null;
        }
        String company = sentence.nameStartingAt(noun + 1);
        return company == null || Places.isPlace(company) ? null : LaunchFinder.stripPossessive(company);
    }

    private static final Pattern HELD_BY_OWNER = Pattern.compile("(?i)with (?:its|their|his|her|our) ");

    /**
     * "Acme CEO confirms Beta partnership": the company whose own chief, named by title alone, stands right before the
     * verb at word {@code verb} and opens the sentence speaks for it; null where none does.
     */
    private static Sentence.@Nullable Subject chiefSpeaksFor(Sentence sentence, int verb) {
        List<Sentence.Word> words = sentence.words();
        if (verb < 2 || !CHIEFS.contains(words.get(verb - 1).lower()) || words.get(verb - 2).endsClause()) {
            return null;
        }
        String company = sentence.nameEndingAt(verb - 2);
        return company == null || !sentence.text().startsWith(company) || Places.isPlace(company) ? null
                : new Sentence.Subject(company, "", false);
    }

    private static final Set<String> CHIEFS = WordList.of("company-chiefs");

    /**
     * The name the sentence opens with where it is joined to the partner's at {@code lead} by "and", "&" or a comma
     * ("Acme, Beta alliance"), else null.
     */
    private static @Nullable String pairOpening(Sentence sentence, int lead) {
        if (lead < 0) {
            return null;
        }
        Sentence.Word joint = sentence.words().get(lead);
        boolean comma = joint.text().endsWith(",");
        if (!comma && !joint.lower().equals("and") && !joint.text().equals("&")) {
            return null;
        }
        int end = comma ? lead : lead - 1;
        String first = end < 0 ? null : sentence.nameEndingAt(end);
        return first != null && end - first.split(" ").length + 1 == 0 ? first : null;
    }

    /**
     * The word of {@link #STATES_DEAL} (but "with") that "and" at {@code and} joins a second object to, a few words
     * back in the clause: "announces $20M round and Beta partnership"; -1 where there is none.
     */
    private static int verbBeforeAnd(Sentence sentence, int and) {
        List<Sentence.Word> words = sentence.words();
        for (int i = and - 1; i >= 0 && i >= and - 8 && !words.get(i).endsClause(); i--) {
            String word = words.get(i).lower();
            if (STATES_DEAL.contains(word)) {
                return word.equals("with") ? -1 : i;
            }
        }
        return -1;
    }

    /** The deal's nouns a partner's name may stand before, and "integrates" with the partner after it. */
    private static final WordPattern NAMED = new WordPattern("(?i)\\b(?:partnership|team-up|tie-up|alliance|link-up"
            + "|integrates|integrated|to integrate)\\b", "partnership", "team-up", "tie-up", "alliance", "link-up",
            "integrat");

    /** "integrates advanced AI", "integrates new payment tools": a technique, no partner. */
    private static final Pattern TECHNIQUE = Pattern.compile("(?i)\\b(?:ai|ml|tools|features|capabilities|support"
            + "|solutions|payments|technology|advanced)$");

    /** "Acquires Beta and Integrates Them Into Its App": a title-case pronoun is no partner's name. */
    private static final Set<String> PRONOUNS = Set.of("them", "it", "this", "these", "those",
            "both", "all");

    /** Where it goes, in either case: a headline in title case writes "Integrates Beta Into Its App". */
    private static final Pattern INTO = Pattern.compile(
            "(?i)^\\W*(?:[\\w'’.&-]+\\W+){0,6}?(?:into|in|within|with|to)\\b");

    /**
     * Where the names listed after the one ending at {@code from} end: "integrates Beta, Gamma, and Delta into its
     * app" integrates three, and the ", and" of the list ends no clause.
     */
    private static int pastListed(Sentence sentence, int from) {
        String text = sentence.text();
        int at = from;
        Matcher more = LISTED.matcher(text);
        while (at < text.length() && more.region(at, text.length()).lookingAt()) {
            String next = sentence.nameStartingAt(sentence.wordFrom(more.end()));
            if (next == null || !text.startsWith(next, more.end())) {
                break;
            }
            at = more.end() + next.length();
        }
        return at;
    }

    private static final Pattern LISTED = Pattern.compile(",? and |, |,? & ");

    private static final Pattern KIND_WORD = Pattern.compile("strategic|global|exclusive|expanded|new|long-term"
            + "|multi-year|multiyear|\\w+-year|official|landmark|major|key|broad|deep|deeper|technology|commercial"
            + "|distribution|licensing|marketing|research|content|data|retail|joint|first|first-ever");

    private static final Pattern KIND_PREFIX = Pattern.compile("^(?i:(?:strategic|global|exclusive|expanded|new"
            + "|long-term|multi-year|official|landmark|major|key|first) )+");

    private static final Set<String> DETERMINER = Set.of("a", "an", "the", "its", "their", "new",
            "first", "first-ever", "expanded", "exclusive", "strategic");

    private static final Set<String> LEGAL_ENTITY = WordList.of("partnership-legal-forms");

    /** Words that state the deal before the partner's name: a verb of the company's, or "with" and "and". */
    private static final Set<String> STATES_DEAL = WordList.of("partnership-announcing-words");

    /**
     * "Ardent, Belvo, Corra and Dunmore partner": the first of the names listed before the one ending at {@code end}.
     */
    private static String firstOfList(Sentence sentence, int end, String name) {
        String first = name;
        int start = end - (name.split(" ").length - 1);
        while (start - 1 >= 0 && sentence.words().get(start - 1).text().endsWith(",")) {
            String earlier = sentence.nameEndingAt(start - 1);
            if (earlier == null) {
                break;
            }
            first = earlier;
            start = start - 1 - (earlier.split(" ").length - 1);
        }
        return first;
    }

    /** "Strategic alliance formed between Acme and Beta". */
    private static final WordPattern BETWEEN = new WordPattern("(?i)\\b(?:partnership|alliance|joint venture|jv"
            + "|collaboration|tie-up|pact|agreement|deal)"
            + "(?: (?:formed|signed|struck|announced|agreed|sealed))? between\\b");

    /** "… in partnership with Beta": the partnership, found by its noun; what stands before is checked apart. */
    private static final WordPattern IN_PARTNERSHIP = new WordPattern("(?i)\\b(?:partnership|collaboration|alliance"
            + "|tie-up|joint venture|co-?operation) with\\b");

    private static final long IN_PARTNERSHIP_BIT = WordPattern.bits(IN_PARTNERSHIP);

    /** "in a partnership with", "through its alliance with", "… and partnership with Beta" after the news. */
    private static final Pattern IN_A = Pattern.compile("(?i)\\b(?:in|through|via|under|and) (?:a |an |its )?"
            + KIND + "$");

    /**
     * A partnership that stands as someone's ("in Acme's partnership with Beta") or that a stake is held in ("its
     * stake in their joint venture with Beta"): one that exists already, not the news.
     */
    private static final Pattern HELD = Pattern.compile("(?i)(?:\\w's (?:[\\w-]+ ){0,3}$"
            + "|\\bstakes? in (?:an? |the |its )?(?:[\\w-]+ ){0,3}$)");

    /** What may stand between a pair of partners and their verb: auxiliaries, and the day a wire dates it by. */
    private static final Pattern AUXILIARIES = Pattern.compile("(?i)^(?:(?:to|will|have|has|are|is|agree|agreed|agrees"
            + "|officially|formally|now|also|today|yesterday|plan to|on (?:mon|tues|wednes|thurs|fri|satur|sun)day"
            + "|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\s*)*$");

    private static boolean onlyAuxiliaries(String between) {
        return AUXILIARIES.matcher(between).matches();
    }

    /** Whether the first partner's name opens its clause: "Acme and Beta partner", not "…, a former Beta partner". */
    private static boolean startsClause(Sentence sentence, int nameEnd, String name) {
        List<Sentence.Word> words = sentence.words();
        int start = nameEnd - name.split(" ").length + 1;
        if (start <= 0 || words.get(start - 1).endsClause()) {
            return true;
        }
        // "memory chip rivals Acme and Beta …", "Finland's Acme and …": the pair described by its trade or country
        Sentence.Word before = words.get(start - 1);
        boolean spacedPossessive = before.lower().equals("'s") && start >= 2;
        if (PAIR_DESCRIPTIONS.contains(before.lower()) || before.possessive() && Places.isPlace(before.nameForm())
                || spacedPossessive && Places.isPlace(words.get(start - 2).bare())) {
            int described = spacedPossessive ? start - 2 : start - 1;
            // the description's own words in lower case, but for the sentence's first
            while (described > 0 && !words.get(described - 1).endsClause()
                    && (described == 1 || Character.isLowerCase(words.get(described - 1).bare().charAt(0)))) {
                described--;
            }
            return described == 0 || words.get(described - 1).endsClause();
        }
        return false;
    }

    /** Plural nouns that describe a pair of partners by their trade: "consumer electronics giants Acme and Beta". */
    private static final Set<String> PAIR_DESCRIPTIONS = WordList.of("pair-descriptions");

    private static final Pattern GENERIC_DEAL = Pattern.compile("\\b(?:agreement|deal|pact|mou"
            + "|memorandum of understanding|relationship)s?\\b");

    private static boolean hasKind(String words) {
        String lower = words.toLowerCase(Locale.ROOT);
        boolean genericDeal = GENERIC_DEAL.matcher(lower).find();
        return !genericDeal || DEAL_KIND.matcher(lower).find() || lower.startsWith("partner")
                || lower.startsWith("team") || lower.startsWith("join") || lower.startsWith("collab")
                || lower.startsWith("integrat") || lower.startsWith("ally") || lower.startsWith("allie");
    }
}
