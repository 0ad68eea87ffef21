package dev.kairos.ingest.detect;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kairos.events.TriggerDetails;
import dev.kairos.events.TriggerType;
import org.jspecify.annotations.Nullable;

/**
 * {@code EXPANSION}: "Stripe opens first office in Bengaluru", "Acme expands into Germany", "Acme moves headquarters
 * to Austin", "Acme breaks ground on Ohio plant". Not "opens higher", "expands losses" or "considers".
 */
final class ExpansionFinder implements Finder {

    private static final String SITE = "(?:office|offices|headquarters|hq|head office|hub|hubs|plant|plants|factory"
            + "|factories|gigafactory|facility|facilities|data cent(?:er|re)s?|campus|r&d (?:cent(?:er|re)|hub|lab)"
            + "|(?:research|innovation|engineering|technology|tech|development|delivery|operations|service|support"
            + "|distribution|fulfil?ment|logistics|training|experience|customer|design) (?:cent(?:er|re)|hub|site)s?"
            + "|lab|labs|laboratory|warehouse|warehouses|branch|branches|base|outpost|studio|site|sites|mill|"
            + "foundry|fab|refinery|store|flagship store|showroom|subsidiary|entity|operations|presence|footprint"
            + "|centers?|centres?|booths?|location|locations|datacenters?|datacentres?"
            + "|(?:cloud |infrastructure |data )?regions?"
            + "|availability zones?|brewery|distillery|winery|bakery|kitchen|restaurant|clinic|hotel|shop|stores"
            + "|megafactory|assembly line|production line|test track|port|terminal|depot|yard|shipyard|farm|farms"
            + "|greenhouse|mine|gigafactory|fab|foundry|hospital|school|academy|showroom|flagship|theat(?:er|re)s?"
            + "|cinemas?|kiosks?|salons?|gyms?|spas?|caf[eé]s?|dealerships?|pharmac(?:y|ies)|parlou?rs?)";

    /** A site's size joined to its word: "mini-hub", "mega-store". */
    private static final String SIZE_PREFIX = "(?:mini|micro|mega|super)-";

    private static final Pattern SITE_ONLY = Pattern.compile(SITE);

    private static final Pattern SITE_WORD = Pattern.compile("(?i)\\b" + SITE + "\\b");

    /**
     * Whether a sentence names a site at all: an opening is only read where one stands, also with a prefix of its size
     * ("a mini-hub").
     */
    private static final WordPattern SITE_NAMED = WordPattern.search("(?i)\\b(?:" + SIZE_PREFIX + ")?" + SITE + "\\b");

    /** "opens (a new) office in X", "opens London office", "to build plant in X". */
    private static final WordPattern OPENS = new WordPattern("(?i)\\b(?:(?:opens?|opened|opening|to open"
            + "|will open)(?: up)?"
            + "|inaugurates?|inaugurated|establishes?|established|sets? up|launches?|launched|unveils?|unveiled"
            + "|(?:to|will) (?:launch|establish)"
            + "|breaks? ground on|broke ground on|builds?|to build|will build|building|starts? construction on"
            + "|begins? construction (?:of|on)|completes?|completed|adds?|added|debuts?|debuted"
            + "|(?:creates?|created|creating|to create|will create) [\\d,]+ (?:new )?jobs (?:at|with|in)|invests?"
            + " (?:[$€£¥₹][\\w.,]+(?: (?:million|billion|bln|mln|crore))? )?in (?:an? |its )?new"
            + "|(?:expands?|expanded"
            + "|grows?|grew|extends?|extended|boosts?|boosted|strengthens?|strengthened|bolsters?|bolstered) (?:its )?"
            + "(?:[\\w-]+ )?(?:presence|footprint|operations|reach)(?: with)?|establishes? (?:a )?(?:presence"
            + "|footprint))\\b");

    /** "expands to/into X", "enters X", "launches in X", "moves HQ to X". */
    private static final WordPattern ENTERS = new WordPattern("(?i)\\b(?:(?:expands?|expanded|expanding|to expand"
            + "|will expand|extends?|extended) (?:its )?(?:operations |services |business |presence |footprint "
            + "|reach |offering |platform |service )?(?:to|into|in|across)|enters?|entered|entering|to enter|will "
            + "enter|(?:launches?|launched|debuts?|debuted|goes live|went live|arrives?|arrived|lands?|landed|"
            + "rolls? out|rolled out|starts? operations|begins? operations|to launch|will launch) in|"
            + "sets? up shop in|set up shop in|open (?:for business )?in|(?:grand|official) opening"
            + "|expansion (?:in|into|to)|entry (?:into|in|to)"
            + "|(?:opens|opened|will open)(?: its doors)? (?:in|at)|opened by"
            + "|(?:grows?|grew|strengthens?|strengthened|boosts?|boosted|bolsters?|bolstered|deepens?"
            + "|deepened|widens?|widened|expands?|expanded|expanding|extends?|extended) (?:its |their )?(?:[\\w-]+ )?"
            + "(?:presence|footprint) (?:in|into|across|to)"
            + "|(?:moves?|moved|moving|relocates?|relocated|relocating|to move|to relocate"
            + "|will move|will relocate|shifts?|shifted|shifting|to shift|will shift) (?:(?:part|some|most|much|all)"
            + " of )?(?:its |their )?(?:global |corporate |european |u\\.s\\. |us |world "
            + "|international |north american |)(?:(?-i:[A-Z])[\\w.-]* ){0,2}?(?:headquarters|hq|head office|"
            + "base|registered office|domicile|offices|office|operations)(?: from [A-Z][\\w ,.]*?)? to|sets foot in"
            + "|(?:moves?|moved|moving|to move|will move|relocates?|relocated|relocating|to relocate|will relocate)"
            + " (?:(?:in)?to (?:its |their |a |the )?(?:new|bigger|larger) |out of (?:its |their |the )?)"
            + "(?:[\\w-]+ ){0,2}?(?:headquarters|hq|head office|offices|office|premises|campus)"
            + "|(?:relocates?|relocated|relocating|to relocate|will relocate)(?: (?:its|is|their) (?:[\\w-]+ ){0,2}?"
            + "(?:headquarters|hq|head office)| to)"
            + "|makes? (?:its )?"
            + "(?:\\w+ )?debut in)\\b");

    /**
     * "announces a Dublin innovation lab", "creates a hub in Denver": verbs that say nothing of an expansion alone (so
     * no verb of this finder for the model), read as one only right before a site and its place; so is "with" before
     * a new or first site, whatever the verb ("gears up for growth with new design studio in Leeds").
     */
    private static final WordPattern NAMES_SITE = new WordPattern("(?i)\\b(?:announces?|announced|announcing"
            + "|creates?|created|creating|to create|will create|picks?|picked|selects?|selected|chooses|chose"
            + "|with(?: an?| its| their)?(?= (?:new|first)\\b))\\b");

    /**
     * "starts daily flights to Lisbon", "began service to Denver": a route to a new place. Its first words are common
     * ones ("started", "began") that say nothing of an expansion alone, so they are no verb of this finder for the
     * model.
     */
    private static final WordPattern ROUTES = new WordPattern("(?i)\\b(?:starts?|started|begins?|began|launches"
            + "|launched|opens?|opened|adds?|added|to (?:start|launch|open|add)|will (?:start|launch|open|add))"
            + " (?:an? |its first )?(?:new |daily |nonstop |non-stop |direct |scheduled |weekly )*(?:air )?"
            + "(?:service|services|flights?|routes?) (?:to|between)\\b");

    /**
     * "a Lisbon-based finance unit", "sets up two leasing firms, one in Bergen": a unit or firm set up in a place is a
     * new site there. The verbs say nothing of an expansion alone ("formed a joint venture"), so they are no verb of
     * this finder for the model, and a unit counts only where a place is named with it.
     */
    private static final WordPattern UNIT_SET_UP = new WordPattern("(?i)\\b(?:sets? up|setting up|formed|forms"
            + "|establish(?:es|ed)?) (?:an? |two |three |its |their |new )?(?:[\\w-]+ ){0,3}?(?:units?|firms?)\\b");

    /**
     * "celebrates the expansion of their repair services into Harwick", "the relocation of Acme's design operations
     * to Lyon": services or operations carried to a new place, told by a noun. No verb of this finder for the model.
     */
    private static final WordPattern CARRIED_TO = new WordPattern("(?i)\\b(?:expansion|relocation) of (?:its |their "
            + "|(?:[\\w&.-]+ ){0,2}?[\\w&.-]+ ?['’]s )(?:[\\w-]+ ){0,4}?(?:services|operations|business"
            + "|headquarters|hq|head office|offices?|production) (?:to|into)\\b");

    /**
     * "says its first plant in Hanoi has begun making tiles", "Acme's first store in Oslo": a site the
     * company owns, new and placed, is news of its expansion whatever the verb. No verb of this finder for the model.
     */
    private static final WordPattern OWNED_NEW_SITE = new WordPattern("(?i)\\b(?:new|first) (?:[\\w-]+ ){0,2}?" + SITE
            + "(?: ,|,)? (?:located )?in\\b");

    private static final Pattern NOT_EXPANSION = Pattern.compile("(?i)^\\s*(?:higher|lower|flat|up|down|the door"
            + "|doors? to|fire|an? (?:investigation|probe|inquiry)|investigation|probe|inquiry|talks|negotiations"
            + "|up about|losses|loss|its losses|deficit|debt|lead|gap|discussions|bidding|applications|"
            + "registrations|pre-orders|preorders|voting|trading|the market|a market|market|markets|new markets?"
            + "|recession|bankruptcy|administration|liquidation|chapter 11|receivership|a new era|new era|new phase"
            + "|an? (?:partnership|deal|agreement|alliance|collaboration)"
            + "|(?:the |its |an? )?(?:[$€£¥₹]?[\\d.,]+(?: ?(?:million|billion|mln|bln|[mb]n?))? )?"
            + "(?:previously[- ]announced )?(?:acquisition|purchase|sale|merger|takeover|buyout|divestiture)s?)\\b");

    @Override
    public long patterns() {
        return WordPattern.bits(OPENS, ENTERS);
    }

    @Override
    public boolean mayFind(Sentence sentence) {
        long masks = sentence.masks();
        // "new" and "first" are common words: a site owned anew is read only where a site word stands too
        return (masks & (patterns() | WordPattern.bits(ROUTES, NAMES_SITE, UNIT_SET_UP, CARRIED_TO))) != 0
                || ownsNewSite(masks);
    }

    @Override
    public List<TriggerType> types() {
        return List.of(TriggerType.EXPANSION);
    }

    /**
     * "Acme's Foo app expands to nine more countries", "the Foo plan launches in Chile": a product that reaches a new
     * market is a launch, not a company's expansion, so that no expansion is reported without a finder's detection.
     */
    @Override
    public boolean rulesOut(Sentence sentence) {
        if (!mayApply(sentence)) {
            return false;
        }
        // a pass over the sentence's words, not the verb pattern: this is asked of every sentence with a word of ours
        List<Sentence.Word> words = sentence.words();
        for (int i = 1; i < words.size() - 1; i++) {
            if (REACHES.contains(words.get(i).lower()) && TOWARDS.contains(words.get(i + 1).lower())
                    && LaunchFinder.productBefore(sentence, i)) {
                return true;
            }
            if (words.get(i).lower().equals("to") && PURPOSES.contains(words.get(i + 1).lower())
                    && raisedBefore(words, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Acme raises $5M to expand into Asia", "Acme gets $2M to open a lab": the purpose money is raised for is no
     * expansion of the item (TRIGGERS.md), so that the model reports none where no finder found one.
     */
    private static boolean raisedBefore(List<Sentence.Word> words, int to) {
        for (int i = to - 1; i >= 0; i--) {
            if (RAISES.contains(words.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of an expansion after "to" that money may be raised for. */
    private static final Set<String> PURPOSES = WordList.of("expansion-purposes");

    /** Verbs of money raised, before the purpose it is raised for. */
    private static final Set<String> RAISES = WordList.of("money-raised-verbs");

    /** Verbs of a product that reaches a market, before {@link #TOWARDS}: "the Foo app expands to …". */
    private static final Set<String> REACHES = WordList.of("market-reaching-verbs");

    private static final Set<String> TOWARDS = Set.of("to", "into", "in", "across");

    @Override
    public void find(Sentence sentence, List<Detection> found) {
        Detection detection = opens(sentence);
        if (detection == null) {
            detection = enters(sentence);
        }
        if (detection == null) {
            detection = placedAnew(sentence);
        }
        if (detection != null) {
            found.add(detection);
        }
    }

    private @Nullable Detection opens(Sentence sentence) {
        if ((sentence.masks() & WordPattern.bits(SITE_NAMED)) == 0) {
            return null;
        }
        Detection opened = opens(sentence, OPENS.in(sentence), false);
        return opened != null ? opened : opens(sentence, NAMES_SITE.in(sentence), true);
    }

    /**
     * The site the verb opens; where the verb alone says nothing of an opening ({@code naming}), only a site right
     * after it (past a few describing words) and placed somewhere.
     */
    private @Nullable Detection opens(Sentence sentence, WordPattern.Scan verb, boolean naming) {
        String text = sentence.text();
        while (verb.find()) {
            int end = coordinatedEnd(text, Finder.clauseEnd(sentence, verb.end()), sentence);
            String object = text.substring(verb.end(), end);
            if (naming && CHOOSES.matcher(verb.group()).lookingAt()) {
                Detection chosen = chosen(sentence, verb, object);
                if (chosen != null) {
                    return chosen;
                }
                continue;
            }
            if (!naming && PRESENCE_GROWN.matcher(verb.group()).find()) {
                // "expands its UK presence", "Grows Ohio Footprint": the known place the presence is grown in, with or
                // without a site after it
                String grownIn = placeBefore(PRESENCE_GROWN.matcher(verb.group()).replaceAll(""));
                Detection grown = grownIn == null || NOT_EXPANSION.matcher(object).lookingAt() ? null
                        : expansion(sentence, verb, grownIn, 0.85, 0.72);
                if (grown != null) {
                    return grown;
                }
            }
            // a site counts within its first 60 characters (a named one right after a few words): the search ends
            // where no such site or its words can
            Matcher siteWord = SITE_WORD.matcher(object).region(0, Math.min(object.length(), naming ? 80 : 130));
            if (!siteWord.find() || siteWord.start() > 60 || NOT_EXPANSION.matcher(object).lookingAt()
                    || naming && !namedSite(object, siteWord)) {
                continue;
            }
            // "opens first cloud data centre region in Malaysia": the place follows the last site word
            int siteStart = siteWord.start();
            int siteEnd = siteWord.end();
            while (siteWord.find() && siteWord.start() <= siteStart + 30
                    && !SITE_APART.matcher(object.substring(siteEnd, siteWord.start())).find()) {
                siteStart = siteWord.start();
                siteEnd = siteWord.end();
            }
            if (SITE_ENDS.matcher(object).region(siteEnd, object.length()).lookingAt()
                    || PERSONS_SITE.matcher(object).region(0, siteStart).find()
                    || SITE_OF_OTHER.matcher(object).region(0, siteStart).find()
                    || !sentence.titleCase() && inName(object, siteStart, siteEnd)) {
                // "announces London office closure", "completes plant sale": what befalls a site, not its opening;
                // "opens her second salon": a person's business, not a company's; "begins making cells inside its
                // Tarnow factory": the site is where the object is made, not the object
                continue;
            }
            String location = locationAfter(sentence, verb.end() + siteEnd, end, true);
            if (location == null) {
                // "opens London office": the place right before the site word
                location = placeBefore(text.substring(verb.end(), verb.end() + siteStart));
            }
            if (location == null) {
                // "opens a research centre for self-driving cars in Canada": a known place further on
                location = knownPlaceAfter(text.substring(verb.end() + siteEnd, end));
            }
            if (location == null) {
                // "expands its Irish presence with a third depot"
                location = placeBefore(verb.group());
            }
            Detection detection = siteOwner(sentence, expansion(sentence, verb, location, 0.88, 0.75),
                    verb.end(), verb.end() + siteStart);
            if (detection == null && location == null && !naming && BUILDS.matcher(verb.group()).matches()
                    && (SITE_HEAD.matcher(object.substring(0, siteStart)).matches()
                        && (!VAGUE_SITE.matcher(object.substring(siteStart, siteEnd)).matches()
                            || NEW_KIND.matcher(object.substring(0, siteStart)).find()
                                && !VAGUE_ALWAYS.matcher(object.substring(siteStart, siteEnd)).matches())
                        || JOBS.matcher(verb.group()).find() && NEW_SITE.matcher(object).lookingAt())) {
                // "opens four new branches", "breaks ground on a second depot", "creates 300 jobs at a new studio": a
                // site opened, wherever it stands
                detection = expansion(sentence, verb, "", 0.8, 0.7);
            }
            if (detection != null) {
                return detection;
            }
        }
        return null;
    }

    /**
     * "Jane Doe to open Acme research plant in Lyon": a person who opens a site named as a company's opens it for that
     * company, named right after the verb.
     */
    private static @Nullable Detection siteOwner(Sentence sentence, @Nullable Detection opened, int from, int site) {
        if (opened == null || !ExecutiveMoveFinder.looksLikePerson(opened.company())) {
            return opened;
        }
        String owner = sentence.nameStartingAt(sentence.wordFrom(from));
        int at = owner == null ? -1 : sentence.text().indexOf(owner, from);
        return at < 0 || at + owner.length() > site || Places.isPlace(owner) ? opened
                : new Detection(SITE_KIND_AFTER.matcher(POSSESSIVE.matcher(owner).replaceAll("")).replaceAll(""),
                        opened.details(), opened.confidence());
    }

    /** "Acme R&D plant": research and development describes the site, not the company. */
    private static final Pattern SITE_KIND_AFTER = Pattern.compile(" (?:R&D|R & D)$");

    /**
     * Where the clause of an opening ends when "and" only joins two words describing one site: "a distribution and
     * warehouse centre", "a TV and film studio" are one object, not two clauses.
     */
    private static int coordinatedEnd(String text, int end, Sentence sentence) {
        if (!text.startsWith(" and ", end)) {
            return end;
        }
        Matcher site = COORDINATED_SITE.matcher(text).region(end + 5, text.length());
        return site.lookingAt() ? Finder.clauseEnd(sentence, site.end()) : end;
    }

    /** Up to two describing words after "and", then a site word: the "and" joins the site's describing words. */
    private static final Pattern COORDINATED_SITE = Pattern.compile("(?:(?!(?:the|a|an|its|their|to|will|is|are"
            + "|has|have)\\b)[\\w-]+ ){1,2}" + SITE + "\\b", Pattern.CASE_INSENSITIVE);

    /**
     * The expansion to the location by the subject of the verb, less sure when the subject is "it"; an empty location
     * is a site or market the text does not place.
     */
    private static @Nullable Detection expansion(Sentence sentence, WordPattern.Scan verb, @Nullable String location,
            double named, double inherited) {
        Sentence.Subject subject = location == null || obliged(sentence, verb) ? null : Finder.subject(sentence, verb);
        if (subject == null || LaunchFinder.toldInPassing(sentence, subject, verb.start())
                || partnerFor(sentence, verb, subject)) {
            // "shares rise as Acme opens a Lisbon office": the opening is the setting of other news
            return null;
        }
        String company = subject.inherited() ? subject.name()
                : unitsOwner(sentence, firstOfPair(sentence, subject.name(), verb.start()), verb.start());
        String unit = namedUnit(sentence, verb.start());
        String opener = unit != null ? unit : buyerFor(sentence, verb, subject, company);
        return new Detection(opener,
                new TriggerDetails.Expansion(location.isEmpty() ? null : location),
                subject.inherited() ? inherited : named);
    }

    /**
     * "Acme Inc said its Beta Corp unit opened four stores": a unit named in capitals right before the verb is a
     * company of its own and the one that opens; a unit only described ("its bakery unit") opens for its owner.
     */
    private static @Nullable String namedUnit(Sentence sentence, int verbStart) {
        Matcher unit = NAMED_UNIT.matcher(sentence.text()).region(Math.max(0, verbStart - 120), verbStart);
        return unit.find() ? unit.group("unit") : null;
    }

    private static final Pattern NAMED_UNIT = Pattern.compile("\\b(?:its|their) (?<unit>[A-Z][\\w&.'-]*"
            + "(?: [A-Z][\\w&.'-]*){0,5}) (?:unit|subsidiary|division|affiliate)\\s+(?:(?:will|is to|has|to) )?$");

    /**
     * "Acme signed a venture deal with Beta, of Norway, to open a mill": the company right before the
     * verb's "to" is the partner a deal is made with, and the site is the deal's purpose, not that partner's opening.
     */
    private static boolean partnerFor(Sentence sentence, WordPattern.Scan verb, Sentence.Subject subject) {
        int first = sentence.wordAt(verb.start());
        boolean purpose = verb.group().regionMatches(true, 0, "to ", 0, 3)
                || first > 0 && sentence.words().get(first - 1).lower().equals("to");
        if (subject.inherited() || subject.name() == null || !purpose) {
            return false;
        }
        int at = sentence.text().lastIndexOf(subject.name(), verb.start());
        int before = at < 0 ? -1 : sentence.wordBefore(at);
        return before >= 0 && sentence.words().get(before).lower().equals("with");
    }

    /**
     * "Acme said it and Beta opened a plant in Oslo", "Finland's Acme and Norway's Beta will build a plant": two
     * companies that open a site together, where the pair is no plain list of names (each of which is reported); the
     * first named leads, as the first-named party does in a merger that names no buyer.
     */
    private static String firstOfPair(Sentence sentence, String second, int verbStart) {
        int at = sentence.text().lastIndexOf(second, verbStart);
        List<Sentence.Word> words = sentence.words();
        int before = at < 0 ? -1 : sentence.wordBefore(at);
        boolean described = false;
        if (before >= 1 && words.get(before).possessive() && Places.isPlace(words.get(before).nameForm())) {
            before--;
            described = true;
        }
        else if (before >= 2 && words.get(before).lower().equals("'s")
                && Places.isPlace(words.get(before - 1).bare())) {
            before -= 2;
            described = true;
        }
        if (before < 1 || !words.get(before).lower().equals("and") || words.get(before - 1).endsClause()) {
            return second;
        }
        String first = words.get(before - 1).lower().equals("it") ? sentence.leadingName()
                : described ? sentence.nameEndingAt(before - 1) : null;
        return first == null || Places.isPlace(first) || first.equals(second) ? second : first;
    }

    /**
     * "Acme's Cloud Business will open an office in Lyon": a business or unit described by what it does, not named,
     * opens for the company that owns it.
     */
    private static String unitsOwner(Sentence sentence, String unit, int verbStart) {
        if (!DESCRIBED_UNIT.matcher(unit).find()) {
            return unit;
        }
        int at = sentence.text().lastIndexOf(unit, verbStart);
        int before = at < 0 ? -1 : sentence.wordBefore(at);
        String owner = before < 0 || !sentence.words().get(before).possessive() ? null
                : sentence.nameEndingAt(before);
        return owner == null || Places.isPlace(owner) ? unit : POSSESSIVE.matcher(owner).replaceAll("");
    }

    private static final Pattern DESCRIBED_UNIT = Pattern.compile("(?i) (?:business|unit|division|arm)$");

    /**
     * "Acme needed to open stores", "Acme has to build a plant": what a company must or had to do is no opening it
     * announces (the verb's own "to" hides the hedge "needs to" from the words before it).
     */
    private static boolean obliged(Sentence sentence, WordPattern.Scan verb) {
        int first = sentence.wordAt(verb.start());
        return first > 0 && verb.group().regionMatches(true, 0, "to ", 0, 3)
                && OBLIGING.contains(sentence.words().get(first - 1).lower());
    }

    private static final Set<String> OBLIGING = Set.of("has", "have", "need", "needs",
            "needed");

    /** "Acme acquires Beta to expand into Brazil": the buyer expands, not what it bought. */
    private static @Nullable String buyerFor(Sentence sentence, WordPattern.Scan verb, Sentence.Subject subject,
            String company) {
        String leading = sentence.leadingName();
        String text = sentence.text();
        if (subject.inherited() || leading == null || leading.equals(subject.name())
                || !verb.group().regionMatches(true, 0, "to ", 0, 3)) {
            return company;
        }
        int from = text.indexOf(leading);
        int to = subject.name() == null ? -1 : text.lastIndexOf(subject.name(), verb.start());
        return from >= 0 && to > from && BUYS.matcher(text.substring(from + leading.length(), to)).find() ? leading
                : company;
    }

    private static final Pattern BUYS = Pattern.compile("(?i)\\b(?:acquires|acquired|buys|bought|purchases"
            + "|purchased|snaps up|snapped up|picks up|picked up|takes over|took over)\\b");

    /** The noun of a presence grown, with the words after it, that the verb of {@link #OPENS} ends in. */
    private static final Pattern PRESENCE_GROWN = Pattern.compile("(?i) (?:presence|footprint)(?: with)?$");

    /** Verbs that make a site exist: what they open is an expansion even where the text names no place. */
    private static final Pattern BUILDS = Pattern.compile("(?i)opens?|opened|opening|to open|will open|inaugurates?"
            + "|inaugurated|breaks? ground on|broke ground on|builds?|to build|will build|building"
            + "|starts? construction on|begins? construction (?:of|on)"
            + "|(?:creates?|created|creating|to create|will create) [\\d,]+ (?:new )?jobs (?:at|with|in)");

    /** Only a determiner, a count or a few describing words before the site: the site is what is opened. */
    private static final Pattern SITE_HEAD = Pattern.compile("(?i)\\s*(?:(?:a|an|its|their|his|her|new|first|"
            + "second|third|\\d+|two|three|four|five|six|seven|eight|nine|ten|several|more|additional|"
            + "(?!(?:of|for|to|on|at|with|from|by|the|up|doors?|access|fire|talks)\\b)[\\w&'-]+)\\s+){0,4}");

    /** "opens shop at the Foo Mall": a site word after "at" or "in" names where the site stands, not the site. */
    private static final Pattern SITE_APART = Pattern.compile("(?i)\\b(?:at|in|inside|within|near|of)\\b");

    /**
     * Whether a verb that names a site ("announces", "creates") names a new one: only describing words before it, and
     * the site written in lower case or called new ("Announces New Dublin Office"), so that "Announces Patent Office
     * Ruling" is no site.
     */
    private static boolean namedSite(String object, Matcher site) {
        // "creates a mini-hub in Tampa": a size joined to the site word describes it
        String before = SITE_PREFIX.matcher(object.substring(0, site.start())).replaceAll("");
        return SITE_HEAD.matcher(before).matches() && (Character.isLowerCase(object.charAt(site.start()))
                || NEW_BEFORE.matcher(before).find());
    }

    private static final Pattern SITE_PREFIX = Pattern.compile("(?i)\\b" + SIZE_PREFIX + "$");

    private static final Pattern NEW_BEFORE = Pattern.compile("(?i)\\b(?:new|first|second|third)\\b");

    private static final Pattern CHOOSES = Pattern.compile("(?i)pick|select|choose|chose");

    /** "picks Kentucky for $2 billion gigafactory", "selects Austin as site of new campus": a known place for a site. */
    private static @Nullable Detection chosen(Sentence sentence, WordPattern.Scan verb, String object) {
        Matcher chosen = CHOSEN_PLACE.matcher(object);
        if (!chosen.lookingAt()) {
            return null;
        }
        String place = trimLocation(chosen.group("place"));
        Matcher site = SITE_WORD.matcher(object).region(chosen.end(), object.length());
        if (place == null || !Places.isPlace(place) || !site.find() || site.start() > chosen.end() + 40) {
            return null;
        }
        return expansion(sentence, verb, place, 0.85, 0.72);
    }

    private static final Pattern CHOSEN_PLACE = Pattern.compile(" (?:the )?(?<place>[A-Z][\\w.'-]*(?:,? [A-Z][\\w.'-]*)"
            + "{0,3}) (?:for|as)\\b");

    private static final Pattern PERSONS_SITE = Pattern.compile("(?i)\\b(?:his|her)\\b");

    /** What befalls a site rather than opens it, right after the site word; an addition to it is no new site. */
    private static final Pattern SITE_ENDS = Pattern.compile("(?i)\\s+(?:closures?|closings?|shut ?downs?|sales?|fires?"
            + "|explosions?|blasts?|blaze|strikes?|outages?|accidents?|leaks?|spills?|layoffs|job cuts|additions?"
            + "|upgrades?|renovations?|refurbishments?|moderni[sz]ations?|retooling)\\b");

    /** "launches Shop Pay Installments in Canada": a capitalised site word that a name goes on from is the name's. */
    private static boolean inName(String object, int siteStart, int siteEnd) {
        return Character.isUpperCase(object.charAt(siteStart)) && siteEnd + 1 < object.length()
                && object.charAt(siteEnd) == ' ' && Character.isUpperCase(object.charAt(siteEnd + 1));
    }

    private static final Pattern SITE_OF_OTHER = Pattern.compile("(?i)\\b(?:at|inside|within)\\b");

    private static final Pattern JOBS = Pattern.compile(" jobs ");

    /** A new site, the object of created jobs: "at its new Derby plant", "with a new film studio". */
    private static final Pattern NEW_SITE = Pattern.compile("(?i)\\s*(?:(?:a|an|its|their|the) )?new\\b");

    /** Site words too vague to stand alone: "opens new site" may be a website, "opens operations" says little. */
    private static final Pattern VAGUE_SITE = Pattern.compile("(?i)site|sites|base|presence|footprint|operations"
            + "|entity|port|terminal|center|centre|location|locations|subsidiary|branch|kitchen|shop|school"
            + "|academy|lab|labs|studio|hub|hubs|farm|farms|mine|yard");

    /** A new site of a named kind before a vague site word: "opens new AI lab", "opens a new design studio". */
    private static final Pattern NEW_KIND = Pattern.compile("(?i)(?:^|\\s)new (?:[\\w&-]+ ){1,2}$");

    /** Site words that stay vague whatever describes them: a "new web site", "new business entity". */
    private static final Pattern VAGUE_ALWAYS = Pattern.compile("(?i)site|sites|base|presence|footprint|operations"
            + "|entity|subsidiary");

    /** The number of cities or countries an expansion reaches: "expands to 8 cities", "enters 3 more cities". */
    private static final Pattern PLACES_COUNTED = Pattern.compile("(?i)\\s*(?:\\d+|two|three|four|five|six|seven"
            + "|eight|nine|ten|dozens of|several) (?:new |more |additional |other )?(?:[A-Z][\\w.]* )?"
            + "(?:cities|countries|states|markets|regions)\\b");

    private static final Pattern OPEN_STATE = Pattern.compile("(?i)\\b(?:is|are|now|to|will)\\s+$");

    /**
     * "Acme hosts grand opening in Harwick", "Acme announces the official opening of a Maplewood studio", "Acme makes
     * first major expansion in Peru": the opening or expansion, reported by the company; the pattern starts at the
     * noun and the verb before it is checked here ("backs Beta's expansion into Peru" is Beta's plan, not Acme's news).
     */
    private static @Nullable Detection opening(Sentence sentence, WordPattern.Scan noun, @Nullable String place,
            String object) {
        List<Sentence.Word> words = sentence.words();
        int verb = sentence.wordAt(noun.start()) - 1;
        for (int skipped = 0; verb >= 0 && skipped < 4 && (OPENING_FILLER.contains(words.get(verb).lower())
                || EXPANSION_SIZE.matcher(words.get(verb).lower()).matches()); skipped++) {
            verb--;
        }
        if (verb >= 0 && words.get(verb).text().endsWith(",") && words.get(verb + 1).lower().equals("its")
                && words.get(verb + 2).lower().equals("first")) {
            // "Acme launches payments in Chile, its first overseas expansion in two years": the clause the appositive
            // describes is the expansion, of the company the sentence leads with, to the place named in it
            String leading = sentence.leadingName();
            String location = knownPlaceAfter(sentence.text().substring(0, words.get(verb).end()));
            return leading == null || location == null || Places.isPlace(leading) ? null
                    : new Detection(leading, new TriggerDetails.Expansion(location), 0.8);
        }
        if (verb < 0 || !OPENING_VERBS.contains(words.get(verb).lower())) {
            return null;
        }
        Sentence.Subject subject = sentence.subjectOf(verb);
        if (subject == null || subject.name() == null || Hedges.beforeVerb(subject.between())) {
            return null;
        }
        // "Acme buys Beta, marking its entry into Peru": a participle after the clause is said of its subject
        Sentence.Subject clause = verb > 0 && words.get(verb).lower().endsWith("ing")
                && words.get(verb - 1).text().endsWith(",") ? sentence.subjectOf(verb - 1) : subject;
        String name = clause == null ? null : clause.name();
        if (name == null || Places.isPlace(name)) {
            // "Australia's Acme buys Beta, marking entry into Peru": a place opens nothing
            return null;
        }
        String location = place != null ? place : knownPlaceAfter(object);
        return new Detection(name, new TriggerDetails.Expansion(location),
                subject.inherited() ? 0.72 : 0.85);
    }

    private static final Set<String> OPENING_FILLER = Set.of("the", "its", "a", "their");

    private static final Set<String> OPENING_VERBS = WordList.of("opening-verbs");

    private static final Pattern EXPANSION_SIZE = Pattern.compile("first|first-ever|big|biggest|major|largest|official"
            + "|market|country"
            + "|international|global|national|further|new|latest|next|european|asian|african|overseas");

    private static final Pattern HEAD_OFFICE = Pattern.compile("(?i)\\b(?:headquarters|hq|head office|offices?|premises"
            + "|campus)\\b");

    /** A known place after "in" further on in the clause: "opens a lab for robotics research in Canada". */
    private static @Nullable String knownPlaceAfter(String rest) {
        Matcher in = IN_PLACE.matcher(rest.length() > 80 ? rest.substring(0, 80) : rest);
        while (in.find()) {
            String place = trimLocation(in.group(1));
            if (place != null && Places.isPlace(place)) {
                return place;
            }
        }
        return null;
    }

    private static final Pattern IN_PLACE = Pattern.compile(
            " (?i:in) (?:the )?((?:[A-Z][\\w.'-]*)(?:,? [A-Z][\\w.'-]*){0,2})");

    private @Nullable Detection enters(Sentence sentence) {
        Detection entered = enters(sentence, ENTERS.in(sentence));
        return entered != null ? entered : enters(sentence, ROUTES.in(sentence));
    }

    private @Nullable Detection enters(Sentence sentence, WordPattern.Scan verb) {
        String text = sentence.text();
        while (verb.find()) {
            int end = Finder.clauseEnd(sentence, verb.end());
            String object = text.substring(verb.end(), end);
            if (NOT_EXPANSION.matcher(object).lookingAt()) {
                continue;
            }
            String words = verb.group().toLowerCase(Locale.ROOT);
            if (ARRIVALS.matcher(words).lookingAt()
                    && PEOPLE_ARRIVING.matcher(text).region(Math.max(0, verb.start() - 40), verb.start()).find()) {
                // "its survey crew has arrived in Peru": people who travel there, not a company that expands
                continue;
            }
            if (words.startsWith("open ") && !OPEN_STATE.matcher(text.substring(0, verb.start())).find()) {
                // "is now open in Leeds", "to open in Austin"; not "shares open in the red"
                continue;
            }
            if (SITE_OPENS.matcher(words).lookingAt()) {
                Detection opened = siteOpened(sentence, verb, end);
                if (opened != null) {
                    return opened;
                }
                continue;
            }
            boolean noun = words.endsWith(" opening") || words.startsWith("expansion ") || words.startsWith("entry ");
            // "moves headquarters to Salford": the place of a site, as after "opens office in"; "expands to Odisha
            // with 40 stores" names a site after the place
            boolean site = HEAD_OFFICE.matcher(verb.group()).find() || words.startsWith("open ") || noun
                    || WITH_SITE.matcher(object).find();
            String location = locationAfter(sentence, verb.end(), end, site);
            if (noun) {
                Detection opening = opening(sentence, verb, location, object);
                if (opening != null) {
                    return opening;
                }
                continue;
            }
            if (LaunchFinder.productBefore(sentence, sentence.wordAt(verb.start()))) {
                // "the Foo app launches in Japan": a product launched there, not a company that expands
                continue;
            }
            if (location == null && PLACES_COUNTED.matcher(object).lookingAt()
                    || location == null && RELOCATES.matcher(words).find() && HEAD_OFFICE.matcher(words).find()) {
                // "to relocate its headquarters": a relocation, wherever it goes
                location = "";
            }
            Detection detection = expansion(sentence, verb, location, 0.85, 0.72);
            if (detection != null) {
                return detection;
            }
        }
        return null;
    }

    /**
     * A new site or a place reached that no verb of this finder tells: a unit set up somewhere, services or operations
     * carried to a place ("the expansion of their services into Harwick"), a new site the company owns placed ("its
     * first plant in Hanoi").
     */
    private static @Nullable Detection placedAnew(Sentence sentence) {
        long masks = sentence.masks();
        Detection found = (masks & WordPattern.bits(UNIT_SET_UP)) == 0 ? null : unitSetUp(sentence);
        if (found == null && (masks & WordPattern.bits(CARRIED_TO)) != 0) {
            found = carriedTo(sentence);
        }
        if (found == null && ownsNewSite(masks)) {
            found = ownedNewSite(sentence);
        }
        return found;
    }

    private static boolean ownsNewSite(long masks) {
        return (masks & WordPattern.bits(OWNED_NEW_SITE)) != 0 && (masks & WordPattern.bits(SITE_NAMED)) != 0;
    }

    /** "said it formed a Lyon-based finance unit", "sets up two firms, one in Osaka": only where a place is named. */
    private static @Nullable Detection unitSetUp(Sentence sentence) {
        String text = sentence.text();
        WordPattern.Scan verb = UNIT_SET_UP.in(sentence);
        while (verb.find()) {
            if (JOINT.matcher(verb.group()).find()) {
                // "formed a joint venture firm": a partnership's, not a site of its own
                continue;
            }
            String location = placeBefore(PLACE_BASED.matcher(verb.group()).replaceAll(""));
            if (location == null) {
                location = knownPlaceAfter(text.substring(verb.end()));
            }
            Detection detection = location == null ? null : expansion(sentence, verb, location, 0.85, 0.72);
            if (detection != null) {
                return detection;
            }
        }
        return null;
    }

    private static final Pattern JOINT = Pattern.compile("(?i)\\bjoint\\b");

    /** "Lyon-based", "LONDON, OSAKA": the place before the unit, without its suffix or the comma of a list. */
    private static final Pattern PLACE_BASED = Pattern.compile("-based\\b|,");

    /**
     * "celebrates the expansion of their repair services into Harwick" (the company that celebrates it), "the
     * relocation of Acme's design operations to Lyon" (the owner named).
     */
    private static @Nullable Detection carriedTo(Sentence sentence) {
        String text = sentence.text();
        WordPattern.Scan noun = CARRIED_TO.in(sentence);
        while (noun.find()) {
            int end = Finder.clauseEnd(sentence, noun.end());
            String location = locationAfter(sentence, noun.end(), end, true);
            if (location == null) {
                // "to the towns of Seaview and Elm Grove"
                Matcher communities = COMMUNITIES_OF.matcher(text).region(noun.end(), end);
                location = communities.lookingAt() ? trimLocation(communities.group("place")) : null;
            }
            if (location == null) {
                continue;
            }
            String owner = ownerAfterOf(sentence, sentence.wordAt(noun.start()) + 2, 3);
            Detection detection = owner != null ? new Detection(owner, new TriggerDetails.Expansion(location), 0.8)
                    : opening(sentence, noun, location, text.substring(noun.end(), end));
            if (detection != null) {
                return detection;
            }
        }
        return null;
    }

    private static final Pattern COMMUNITIES_OF = Pattern.compile(" (?:the )?(?:[\\w-]+ ){0,2}?(?i:communities|cities"
            + "|towns|areas?|regions?|counties) of (?<place>[A-Z][\\w.'-]*(?: [A-Z][\\w.'-]*){0,2})");

    /**
     * The company a possessive names within {@code within} words after {@code from}: "of Acme Robotics' design unit";
     * "The new depot, placed in Lyon, will serve Acme's clients" (the sentence opens with the site).
     */
    private static @Nullable String ownerAfterOf(Sentence sentence, int from, int within) {
        List<Sentence.Word> words = sentence.words();
        for (int i = from; i < words.size() && i <= from + within; i++) {
            String owner = null;
            if (i > from && words.get(i).lower().equals("'s")) {
                // "Acme Robotics 's": a possessive written apart from its name
                owner = sentence.nameEndingAt(i - 1);
            }
            else if (words.get(i).possessiveOwner()) {
                owner = sentence.nameEndingAt(i);
            }
            if (owner != null) {
                owner = POSSESSIVE.matcher(owner).replaceAll("");
                return Places.isPlace(owner) ? null : owner;
            }
        }
        return null;
    }

    /**
     * "Acme says its first plant in Hanoi has begun making tiles", "Acme's first store in Oslo": the owner's
     * new site and its place; not one where something else happens ("spoke at its new headquarters in Austin").
     */
    private static @Nullable Detection ownedNewSite(Sentence sentence) {
        List<Sentence.Word> words = sentence.words();
        WordPattern.Scan site = OWNED_NEW_SITE.in(sentence);
        while (site.find()) {
            int first = sentence.wordAt(site.start());
            if (first < 1 || first >= 2 && SITE_OF_OTHER_BEFORE.contains(words.get(first - 2).lower())
                    || Hedges.beforeVerb(sentence.text().substring(0, site.start()))) {
                continue;
            }
            Sentence.Word owner = words.get(first - 1);
            String company = OWNING_PRONOUNS.contains(owner.lower()) ? sentence.leadingName()
                    : owner.possessiveOwner() ? sentence.nameEndingAt(first - 1)
                    : first == 1 && owner.lower().equals("the") ? ownerAfterOf(sentence, sentence.wordFrom(site.end()),
                            words.size()) : null;
            company = company == null ? null : POSSESSIVE.matcher(company).replaceAll("");
            String location = company == null || Places.isPlace(company) ? null
                    : locationAfter(sentence, site.end(), Finder.clauseEnd(sentence, site.end()), true);
            if (location != null) {
                return new Detection(company, new TriggerDetails.Expansion(location), 0.8);
            }
        }
        return null;
    }

    private static final Set<String> OWNING_PRONOUNS = Set.of("its", "their");

    private static final Set<String> SITE_OF_OTHER_BEFORE = Set.of("at", "from", "inside", "within", "near",
            "outside");

    private static final Pattern ARRIVALS = Pattern.compile("arriv|land");

    /** People right before a verb of arriving, past its auxiliary: "the team has arrived in", "delegates land in". */
    private static final Pattern PEOPLE_ARRIVING = Pattern.compile("(?i)\\b(?:team|teams|delegation|delegates"
            + "|executives|staff|crew|engineers|experts|officials|founders?|ceo)(?: (?:has|have|had))? $");

    /** The site's own opening: "Acme's first Lisbon office opens in Porto", "new lab opened by Acme in Oslo". */
    private static final Pattern SITE_OPENS = Pattern.compile("opens |opened |will open ");

    private static final Pattern WITH_SITE = Pattern.compile("(?i)\\bwith (?:[\\d,]+|two|three|four|five|six|seven"
            + "|eight|nine|ten|a|an|its|their|several|new|first) (?:[\\w-]+ ){0,2}?" + SITE + "\\b");

    /**
     * A site that opens, as the subject: the company is the one it belongs to ("Acme's first Lisbon office opens in
     * Porto") or the one that opened it ("new lab opened by Acme in Oslo"); a place that owns it names no company.
     */
    private static @Nullable Detection siteOpened(Sentence sentence, WordPattern.Scan verb, int end) {
        List<Sentence.Word> words = sentence.words();
        int first = sentence.wordAt(verb.start());
        if (first < 1 || !SITE_ONLY.matcher(words.get(first - 1).lower()).matches()
                || Hedges.beforeVerb(sentence.text().substring(0, verb.start()))) {
            return null;
        }
        String company = null;
        int placeFrom = verb.end();
        if (verb.group().endsWith(" by")) {
            int by = sentence.wordFrom(verb.end());
            company = by < 0 ? null : sentence.nameStartingAt(by);
            int named = company == null ? -1 : sentence.text().indexOf(company, verb.end());
            placeFrom = named < 0 ? placeFrom : named + company.length();
        } else {
            for (int i = first - 2; i >= 0 && i >= first - 7 && company == null; i--) {
                if (words.get(i).possessive()) {
                    company = POSSESSIVE.matcher(String.valueOf(sentence.nameEndingAt(i))).replaceAll("");
                }
            }
        }
        if (company == null || company.equals("null") || Places.isPlace(company)) {
            return null;
        }
        String location = placeFrom >= end ? null : locationAfter(sentence, placeFrom, end, true);
        if (location == null && placeFrom < end) {
            location = knownPlaceAfter(sentence.text().substring(placeFrom, end));
        }
        return location == null ? null : new Detection(company, new TriggerDetails.Expansion(location), 0.85);
    }

    /** A relocation, which needs no place: "to relocate its headquarters", "moves into new offices". */
    private static final Pattern RELOCATES = Pattern.compile("\\brelocat|\\bmov\\w* (?:(?:in)?to (?:\\w+ )?(?:new|bigger"
            + "|larger) |out of )");

    private static final Pattern TRAILING_STOP = Pattern.compile("[,.]$");

    private static final Pattern POSSESSIVE = Pattern.compile("'s$");

    /**
     * The words before a place. Its prepositions and articles in any case, as headlines capitalise them ("Opens
     * Office In Seattle"); "new" or "south" only in lower case, so that "New York" and "South Africa" stay whole.
     */
    private static final Pattern LOCATION = Pattern.compile("^,?(?:(?: (?:(?i:in|to|into|at|across|near|outside|"
            + "the|a|an|its|first|second|third|downtown)|new|european|asian|us|u\\.s\\.|uk|global|regional|central"
            + "|northern|southern|eastern|western|north|south|east|west|north-east|north-west|south-east|south-west"
            + "|northeast|northwest|southeast|southwest|greater|suburban|metro|rural|\\w+'s)){0,4})"
            + " (?<place>(?:[A-Z][\\w.'-]*|São|d\\.c\\.)(?:,? (?:[A-Z][\\w.'-]*|D\\.C\\.)){0,3})");

    /** A place named after the verb: "into Germany", "in Austin, Texas", "to the UK". */
    private static @Nullable String locationAfter(Sentence sentence, int from, int to, boolean site) {
        String text = sentence.text();
        Matcher place = LOCATION.matcher(text).region(from, Math.max(from, to));
        if (!place.lookingAt()) {
            return null;
        }
        String location = trimLocation(place.group("place"));
        if (location == null) {
            return null;
        }
        if (isDate(location)) {
            // "to open a Berlin office in May": a month or a day is when, not where
            return null;
        }
        boolean known = Places.isPlace(location) || Places.isPlace(location.split(",")[0]);
        boolean lowerAround = !sentence.titleCase();
        boolean market = sentence.text().substring(place.end(), to).toLowerCase(Locale.ROOT).startsWith(" market");
        // in title case every word is capitalised: an unknown place counts only after a site and at the clause's end
        boolean lastWords = sentence.text().substring(place.end(), to).isBlank();
        // a wire headline in capitals: only a known place, as every word there looks like a name
        boolean capitals = location.length() > 1 && location.equals(location.toUpperCase(Locale.ROOT));
        // "unveils Media Center PC": an unknown place after a site must follow a preposition, as "in Leeds" does
        boolean preposition = !site
                || PREPOSITION.matcher(text.substring(Math.max(0, from - 6), place.start("place"))).find();
        if (!known && (capitals || !preposition
                || !((lowerAround || site && lastWords) && (site || market) && isLikelyPlace(location)))) {
            return null;
        }
        // "enters Japanese market": the country
        return COUNTRY_OF_ADJECTIVE.getOrDefault(location, location);
    }

    /** The country or region an adjective of nationality names: "Japanese" is "Japan". */
    private static final Map<String, String> COUNTRY_OF_ADJECTIVE = WordList.pairs("country-of-adjective");

    private static final Pattern PREPOSITION = Pattern.compile("(?i)\\b(?:in|to|into|at|across|near|outside)\\b");

    private static boolean isDate(String location) {
        return MONTHS_AND_DAYS.contains(location.split("[ ,]")[0].toUpperCase(Locale.ROOT));
    }

    /** The names of the months and the days of the week, in capitals as their enums spell them. */
    private static final Set<String> MONTHS_AND_DAYS = java.util.stream.Stream.concat(
            java.util.Arrays.stream(java.time.Month.values()), java.util.Arrays.stream(java.time.DayOfWeek.values()))
            .map(Enum::name).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static boolean isLikelyPlace(String location) {
        String lower = location.toLowerCase(Locale.ROOT);
        return !(lower.endsWith("market") || lower.endsWith("markets") || lower.contains("partnership"));
    }

    /** "U.S.", "D.C.": the last full stop is the abbreviation's own. */
    private static final Pattern ABBREVIATION = Pattern.compile("(?:^|[ ,])(?:[A-Z]\\.){2,}$");

    private static @Nullable String trimLocation(String raw) {
        String location = raw.strip();
        while (location.endsWith(",") || location.endsWith(".") && !ABBREVIATION.matcher(location).find()) {
            location = location.substring(0, location.length() - 1);
        }
        // "Berlin Office" in title case: the site word is not part of the place
        String[] words = location.split(" ");
        int keep = words.length;
        for (int i = 0; i < words.length; i++) {
            String word = TRAILING_STOP.matcher(words[i].toLowerCase(Locale.ROOT)).replaceAll("");
            if (SITE_ONLY.matcher(word).matches() || word.equals("market") || word.equals("markets")
                    || word.equals("with")
                    || word.equals("for") || word.equals("to") || word.equals("as") || word.equals("in")
                    || word.equals("and") || word.equals("after") || word.equals("amid") || word.equals("by")) {
                keep = i;
                break;
            }
        }
        if (keep == 0) {
            return null;
        }
        String result = String.join(" ", java.util.Arrays.copyOf(words, keep));
        while (result.endsWith(",") || result.endsWith(".") && !ABBREVIATION.matcher(result).find()) {
            result = result.substring(0, result.length() - 1);
        }
        if (result.endsWith("'s")) {
            result = result.substring(0, result.length() - 2);
        }
        return result.isEmpty() ? null : result;
    }

    private static @Nullable String placeBefore(String words) {
        String[] parts = words.strip().split(" ");
        for (int take = Math.min(3, parts.length); take >= 1; take--) {
            for (int from = parts.length - take; from >= 0; from--) {
                String candidate = POSSESSIVE.matcher(String.join(" ",
                        java.util.Arrays.copyOfRange(parts, from, from + take))).replaceAll("");
                if (Places.isPlace(candidate)) {
                    return candidate;
                }
                if (COUNTRY_OF_ADJECTIVE.containsKey(candidate)) {
                    // "opens European factory", "its second Japanese store"
                    return COUNTRY_OF_ADJECTIVE.getOrDefault(candidate, candidate);
                }
            }
        }
        return null;
    }
}
