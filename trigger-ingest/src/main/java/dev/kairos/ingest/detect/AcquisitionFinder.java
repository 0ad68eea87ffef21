package dev.kairos.ingest.detect;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kairos.events.TriggerDetails;
import dev.kairos.events.TriggerType;
import org.jspecify.annotations.Nullable;

/**
 * {@code ACQUISITION}: "Acme to buy Beta for $1.2 bln", "Beta acquired by Acme", "Acme completes acquisition of
 * Beta", "Acme and Beta to merge", "Siemens sells logistics unit to Koerber". Not talks, minority stakes, buybacks or
 * single properties.
 */
final class AcquisitionFinder implements Finder {

    /** A share that gives control: "51%", "80 pct", "95 percent", "70 %". */
    private static final String PCT = "(?:5[1-9]|[6-9]\\d|100)(?:\\.\\d+)? ?(?:%|percent|per cent|pct)";

    private static final WordPattern ACTIVE = new WordPattern("(?i)\\b(?:acquires?|acquired|acquiring|aquires?"
            + "|aquired|buys|bought|buy"
            + "|(?:completes?|completed|completing|closes?|closed|closing|finali[sz]es?|finali[sz]ed|finali[sz]ing"
            + "|seals?|sealed) (?:its |the )?(?:" + Money.AMOUNT + "+ )?"
            + "(?=(?-i:[A-Z])[\\w.&'-]*(?: (?-i:[A-Z])[\\w.&'-]*){0,3} (?:acquisition|takeover|purchase|buyout|buy)\\b"
            + "|(?<=[\\d.,]{1,9} ?" + Money.SCALE_WORD + "? )(?-i:[A-Z])[\\w.&'-]*"
            + "(?: (?-i:[A-Z])[\\w.&'-]*){0,3} deal\\b)"
            + "|buying|purchases?|purchased|purchasing|snaps? up|snapped up|scoops? up|scooped up|takes? over|took over"
            // "grabs $5M" is a round: "grabs" buys only a name it pays for ("grabs Tessaly for $40M")
            + "|(?:grabs?|grabbed)(?= (?-i:[A-Z])[\\w.&'-]*(?: (?-i:[A-Z])[\\w.&'-]*){0,3} for [$€£])"
            + "|taking over|gobbles? up|gobbled up|swallows?|absorbs?|absorbed|picks? up|picked up"
            + "|(?:completes?|completed|completing|closes?|closed|closing|finali[sz]es?|finali[sz]ed|announces?"
            + "|announced|confirms?"
            + "|confirmed|seals?|sealed|wraps?(?: up)?|wrapped(?: up)?|clinches|clinched) (?:the |its |an? "
            + "|planned |proposed "
            + "|previously announced |all-cash |all-stock |cash |(?:definitive )?agreement (?:for|on) "
            + "|(?:" + Money.AMOUNT + "|" + Money.WIRE_AMOUNT + ") )*"
            + "(?:acquisition|aquisition|purchase|takeover|buyout|merger"
            + "|combination) (?:of|with)"
            + "|(?:agrees?|agreed) to (?:buy|acquire|purchase|take over|merge with)"
            + "|(?:signs?|signed|enters? into|entered into|inks?|inked|strikes?|struck|reaches?|reached) (?:an? )?"
            + "(?:definitive |final |binding )?(?:agreement|deal|pact) to (?:buy|acquire|purchase|take over|merge"
            + " with)"
            + "|merges? with|merged with|merging with|completes? (?:its )?merger with"
            + "|acquire|purchase|takes? private|to take private"
            + "|(?:inks?|strikes?|signs?|clinches?|seals?|announces?|wins?) (?:an? )?"
            + "(?:" + Money.AMOUNT + " |" + Money.WIRE_AMOUNT + " (?:dlrs |dollars |euros )?)?"
            + "(?:all-cash |all-stock |cash-and-stock |cash |stock )?(?:deal|agreement|takeover|buyout|acquisition"
            + "|bid) (?:for|of|to buy)"
            + "|wins? (?:bidding war|battle|auction|contest) for"
            + "|(?:takes?|took|taking|to take|secures?|secured|gains?|gained|wins?|won|assumes?|assumed) (?=(?:a |an )?"
            + "(?:majority|controlling|control of|" + PCT + ")))\\b");

    private static final WordPattern PASSIVE = new WordPattern("(?i)\\b(?:(?:acquired|aquired|bought|purchased"
            + "|snapped up|taken over|scooped up|picked up|taken private)(?: for (?:about |around |nearly |some "
            + "|an undisclosed |a reported )?[$€£]? ?[\\d.,]+ ?(?:" + Money.SCALE_WORD + "|dlrs|dollars)?"
            + "| for an undisclosed (?:sum|amount|price))?(?: and (?:shut|closed|wound) down)?"
            + "|completion of (?:the |its )?(?:acquisition|takeover|purchase|sale|merger)) by\\b"
            // "Quillmere receives majority investment from Harlow Equity": control bought by the investor
            + "|(?:receives?|received|secures?|secured|gets|got|lands?|landed|announces?|announced|closes?|closed"
            + "|completes?|completed) (?:an? )?majority (?:equity |growth |strategic )?(?:investment"
            + "|recapitali[sz]ation) (?:from|by)\\b"
            // "Quillmere, maker of puzzle apps, gets acquired": bought, the buyer untold; the match starts at the
            // participle, as the auxiliaries before it are too common to start one
            + "|(?<=\\b(?:gets|got|been|was|is|be) )(?:acquired|bought|snapped up|taken over)"
            + "(?=\\s*(?:$|[,;.!?]| for (?:an? |about |some )?(?:US|C|A)?[$€£\\d]))");

    /** "sells tea business ekaterra to": a unit whose name the text writes in lower case. */
    private static final Pattern NAMED_UNIT = Pattern.compile("(?i)\\b(?:business|unit|division|arm|brand"
            + "|subsidiary|operations?) (\\S+)\\s*$");

    private static final WordPattern SALE = new WordPattern("(?i)\\b(?:sells?|sold|selling|to sell|agrees? to sell|"
            + "agreed to sell|(?:completes?|completed|closes?|closed|wraps? up|wrapped up|finali[sz]es?|finali[sz]ed) "
            + "(?:the |its )?(?:" + Money.AMOUNT + " )?(?:sale|divestment|divestiture) of"
            + "|agrees? (?:the |a )?sale of|agreed (?:the |a )?sale of|agrees? (?:a )?sale|agreed (?:a )?sale"
            + "|offloads?|offloaded|divests?|divested|spins? off|unloads?|unloaded)\\b");

    private static final WordPattern MERGER = new WordPattern("(?i)\\b(?:to merge|agree to merge|agreed to merge|"
            + "merge|complete (?:their |a )?merger|completed (?:their |a )?merger|announce (?:a |their )?merger|"
            + "in (?:a |an )?(?:" + Money.AMOUNT + " )?(?:all-stock |all-cash )?merger|"
            + "to combine|combine|agree to combine|seal merger|strike merger deal|sign merger (?:deal|agreement)|"
            + "merger of equals)\\b");

    private static final WordPattern BOUGHT = WordPattern.search("(?i)\\b(?:buys?|bought|buying|acquires?|acquired"
            + "|acquiring|purchases?|purchased|takes?|took|snaps? up)\\b");

    /** A property named by its place: "London office building", "Manhattan hotel". */
    private static final Pattern PROPERTY = Pattern.compile("(?i)^\\s*(?:[\\w'-]+,? ){0,3}(?:office building|building"
            + "|buildings|office tower|tower|hotel|hotels|property|properties|campus|mall|warehouse|headquarters"
            + "|portfolio|theatre|theater|data cent(?:er|re)|apartments?|multifamily community|licen[cs]es"
            + "|claims|mine|acres)(?=$|[,.;:!?)]| (?:in|at|for|from|on|to|near|adjoining|with|and|as|-|\u2013)\\b)");

    @Override
    public boolean rulesOut(Sentence sentence) {
        String text = sentence.text();
        WordPattern.Scan bought = BOUGHT.in(sentence);
        if (sentence.lower().contains("contr") || sentence.lower().contains("majority")) {
            // "to purchase 2.4 mln preferred shares representing voting control": shares that buy the company
            if (CONTROL.matcher(text).find()) {
                return false;
            }
        }
        while (bought.find()) {
            if (notACompany(text, bought.end())
                    || PROPERTY.matcher(text).region(bought.end(), text.length()).lookingAt()
                    || MINORITY.matcher(text).region(bought.end(), text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A share of less than half, after a buying verb or its noun ("purchase of 15 pct of", "buys 30 of", "bought a
     * 30 percent minority stake"): a minority stake, whatever the headline made of it.
     */
    private static final Pattern MINORITY = Pattern.compile("(?i)^(?:s|d|ing)?\\s*(?:of )?(?:a |an )?(?:about |some "
            + "|nearly |up to |another |further )?(?:(?:[1-9]|[1-4]\\d)(?:\\.\\d+)?[ -]?(?:%|pct|percent|per cent)?"
            + "(?: of| stake| interest| equity| holding)|(?:[\\w-]+ ){0,3}minority (?:stake|interest|holding"
            + "|share))\\b");

    /** What was bought when it was not a company: a stake, shares, a building, rights. */
    private static final Pattern NOT_A_COMPANY = Pattern.compile("(?i)^\\s*(?:back |a |an |the |its |their |more "
            + "|(?:about |some |nearly |up to )?\\d[\\d,.]*(?: mln| million| billion)? |(?:equity |ownership )"
            + "|minority |small |further |additional |remaining |rest of |\\d+(?:\\.\\d+)?% |\\d+ percent |"
            + "(?:a )?(?:\\d+(?:\\.\\d+)?%|\\d+ percent|minority|small|significant|strategic|further|additional|"
            + "remaining) )*(?:stake|stakes|shares?|stock|stocks|bonds?|debt|property|properties|building|"
            + "buildings|office tower|office building|office space|tower|land|site|campus|hotels?|mall|"
            + "warehouses?|portfolio|real estate|estate|homes?|house|apartments?|rights|licen[cs]es?|patents?|"
            + "spectrum|aircraft|jets?|planes?|ships?|vessels?|tankers?|customers?|users?|talent|tickets?|bitcoins?"
            + "|ether|gold|oil|gas|crude|power|electricity|cargo|more|(?-i:it|them)|time|votes?|ads?|advertising"
            + "|airtime"
            + "|seats?|lunch|dinner|drinks|into|treasuries|loans?|a piece|piece|sports team|team|franchise|players?"
            + "|players|striker|forward|midfielder|goalkeeper|quarterback|dip|the dip|now|cheap|local"
            + "|american(?! (?-i:[A-Z]))|"
            + "insurance|fighter|weapons|vaccines?|doses|chips|gpus|servers|equipment|fleet|trucks|cars|vehicles"
            + "|stuff|everything|anything|something|nothing|interests?(?! of)|dollars|yen|euros|sterling|currency"
            + "|currencies"
            + "|bills|stores|shops|branches|restaurants|outlets|presses|machines|mines|claims|acres|sites|accounts?"
            + "|opportunit(?:y|ies)|spree|guide|habits|frenzy|binge|decisions?)\\b");

    /**
     * What a company's trade is named by before the word that makes it a company: "power equipment maker", "insurance
     * group", "real estate listings site". Words of a thing bought begin it, so it is read as a company described,
     * not as the thing; but not where a stake or shares in it follow ("buys power group stake").
     */
    private static final Pattern TRADE_THEN_COMPANY = Pattern.compile("(?i)^(?:[ -](?!(?:in|of|from|to|for|at|on"
            + "|with|by|as|into)\\b)[\\w&'-]+){0,3}? (?:company|companies|firm|firms|startup|start-up|maker|provider"
            + "|developer|operator|chain|retailer|lender|insurer|group|manufacturer|producer|distributor|supplier"
            + "|specialist|vendor|business|agency|broker|publisher)\\b(?! (?:stake|shares|stock|interest|assets))"
            + "|^(?:[ -](?!(?:in|of|from|to|for|at|on|with|by|as|into)\\b)[\\w&'-]+){1,3} (?:site|platform|app"
            + "|marketplace)\\b(?! (?:stake|shares|stock|interest|assets))");

    /** Whether what follows {@code from} is a thing bought, not a company (see {@link #TRADE_THEN_COMPANY}). */
    private static boolean notACompany(String text, int from) {
        Matcher thing = NOT_A_COMPANY.matcher(text).region(from, text.length());
        return thing.lookingAt() && (NOT_A_TRADE.matcher(thing.group()).find()
                || !TRADE_THEN_COMPANY.matcher(text).region(thing.end(), text.length()).lookingAt());
    }

    /** What ends a thing bought but begins no trade: "buy into", "buys back", "buys more", "bought it". */
    private static final Pattern NOT_A_TRADE = Pattern.compile("(?i)\\b(?:into|back|more|now|time|cheap"
            + "|dip|piece|it|them)\\s*$");

    /**
     * A controlling share and what it is of: "a majority stake in", "80 pct of", "65 % of the shares in", "at least
     * 72 pct of the equity of", "control of".
     */
    private static final Pattern MAJORITY = Pattern.compile("(?i)^\\s*(?:(?:a |an |the )?(?:about |at least "
            + "|approximately |some |nearly )?(?:majority|controlling|" + PCT + ")(?: \\w+)? "
            + "(?:stake|interest|holding|ownership)(?: (?:in|of) |$)"
            + "|(?:about |at least |approximately |some |nearly )?" + PCT + " of (?:the )?(?:(?:common |outstanding "
            + "|ordinary |voting )*(?:shares|stock|equity) (?:of|in) (?:the )?)?"
            + "|(?:majority |full |effective )?control of )");

    /** "acquires the assets of Beta", "buys substantially all of the assets of Beta": Beta's business is bought. */
    private static final Pattern ASSETS_OF = Pattern.compile("(?i)^\\s*(?:the |certain |key |substantially all "
            + "(?:of )?(?:the )?|all (?:of )?(?:the )?)?(?:intellectual property and )?(?:assets|business|operations"
            + "|technology|intellectual property)(?: and (?:assets|technology|intellectual property))? of ");

    /**
     * A business its owner sells, described in lower case, then the owner: "acquires the frozen foods business of
     * Beta", "buys fleet tracking and billing operations from Beta", "the Nordic brewing interests of Beta". The
     * owner is the company the deal is told of.
     */
    private static final Pattern UNIT_OF_OWNER = Pattern.compile("^\\s*(?:the |its |certain |some )?"
            + "(?:(?!(?:of|from|in|to|for|with|by|at|on)\\b)[\\w.&'-]+ ){1,7}?(?:business(?:es)?|units?|divisions?"
            + "|operations|assets|interests)(?: and (?:related |certain )?(?:assets|operations|business))?"
            + " (?:of|from) (?:the )?(?=(?-i:[A-Z]))", Pattern.CASE_INSENSITIVE);

    @Override
    public long patterns() {
        return WordPattern.bits(ACTIVE, DEAL_FOR, PASSIVE, SALE, MERGER, TAKE_PRIVATE, PENDING);
    }

    /**
     * Also where money is paid for something, a deal is approved or a deal's noun stands ("with acquisition of"):
     * tried there, but not told to the model as a buying verb, whose signal would change meaning.
     */
    @Override
    public boolean mayFind(Sentence sentence) {
        return (sentence.masks() & WordPattern.bits(ACTIVE, DEAL_FOR, PASSIVE, SALE, MERGER, TAKE_PRIVATE, PENDING,
                PAID_FOR, APPROVED, DEAL_WORD)) != 0;
    }

    @Override
    public List<TriggerType> types() {
        return List.of(TriggerType.ACQUISITION);
    }

    @Override
    public void find(Sentence sentence, List<Detection> found) {
        Detection detection = active(sentence);
        if (detection == null) {
            detection = dealFor(sentence);
        }
        if (detection == null) {
            detection = passive(sentence);
        }
        if (detection == null) {
            detection = merger(sentence);
        }
        if (detection == null) {
            detection = sale(sentence);
        }
        if (detection == null) {
            detection = pending(sentence);
        }
        if (detection == null) {
            detection = paidFor(sentence);
        }
        if (detection == null) {
            detection = withDeal(sentence);
        }
        if (detection == null) {
            detection = approved(sentence);
        }
        if (detection == null && sentence.topic() != null) {
            detection = announcedDeal(sentence);
        }
        if (detection != null) {
            found.add(detection);
        }
    }

    private @Nullable Detection active(Sentence sentence) {
        WordPattern.Scan verb = ACTIVE.in(sentence);
        String text = sentence.text();
        while (verb.find()) {
            if (verb.group().toLowerCase(Locale.ROOT).contains("combination")
                    || text.substring(verb.end()).toLowerCase(Locale.ROOT).startsWith(" business combination")) {
                // a SPAC's business combination is a listing, not a purchase
                continue;
            }
            String object = text.substring(verb.end());
            String verbWords = verb.group().toLowerCase(Locale.ROOT);
            if (noDealVerb(text, verb.start(), verbWords) || object.startsWith(",")
                    || DASH_AFTER.matcher(object).lookingAt()) {
                // "Acme Acquires, Plans Delivery of …", "Grain Traders Step Up Purchases -- Ministry": the verb's
                // object is not what follows the comma or the dash
                continue;
            }
            int targetFrom = verb.end();
            boolean majority = false;
            Matcher stake = MAJORITY.matcher(object);
            Matcher assets = ASSETS_OF.matcher(object);
            Matcher unitOf = UNIT_OF_OWNER.matcher(object);
            if (stake.lookingAt()) {
                targetFrom = verb.end() + stake.end();
                majority = true;
            }
            else if (assets.lookingAt()) {
                targetFrom = verb.end() + assets.end();
            }
            else if (unitOf.lookingAt()) {
                targetFrom = verb.end() + unitOf.end();
            }
            else if (notACompany(object, 0) || PROPERTY.matcher(object).lookingAt()
                    || AMOUNT_OF.matcher(object).lookingAt() || MINORITY.matcher(object).lookingAt()) {
                // "completes purchase of 15 pct of Beta": a minority stake
                continue;
            }
            if (verbWords.endsWith("private")) {
                continue;
            }
            if ((verbWords.equals("buy") || verbWords.equals("acquire") || verbWords.equals("purchase"))
                    && !Finder.afterToOrWill(text, verb.start())) {
                continue;
            }
            Sentence.Subject subject = Finder.subject(sentence, verb);
            if (subject == null) {
                continue;
            }
            boolean buying = BUYING.matcher(verbWords).find();
            if (buying
                    && DESCRIBED_BY_WHAT_IT_MAKES.matcher(text).region(targetFrom, text.length()).lookingAt()) {
                // "buys maker of puzzle app Quillmere", "acquires company behind Orvid": the name is the product's
                return detection(sentence, subject.name(), null, verb.end(), 0.8);
            }
            String target = sentence.nameStartingAt(sentence.wordFrom(targetFrom));
            if (target != null && Places.isPlace(target)) {
                // "buys Japan's C&C Media": the place owns, the company follows
                int at = endOf(text, target, targetFrom);
                if (at >= 0 && (text.startsWith("'s ", at) || text.startsWith("\u2019s ", at))) {
                    target = sentence.nameStartingAt(sentence.wordFrom(at + 3));
                }
            }
            if (target == null && majority) {
                // "to acquire controlling interest": the company is the one the item is about
                return detection(sentence, subject.name(), null, verb.end(), 0.8);
            }
            if (target == null || Places.isPlace(target)) {
                Matcher described = DESCRIBED_COMPANY.matcher(text).region(targetFrom, text.length());
                if (buying && described.lookingAt()) {
                    // "buys local startup", "acquires North Carolina company": a company described, not named;
                    // "buys a Danish payments startup, Kesto, for": unless its name follows set off by commas
                    return detection(sentence, subject.name(), appositiveName(sentence, text, described.end()),
                            verb.end(), 0.8);
                }
                Matcher brand = LOWER_CASE_BRAND.matcher(text).region(targetFrom, text.length());
                if (BUYS_OR_ACQUIRES.matcher(verbWords).find() && brand.lookingAt()
                        && !FUNCTION_WORDS.contains(brand.group(1)) && !ADVERB.matcher(brand.group(1)).matches()) {
                    // "Brindle Media acquires zentrix": a brand written in lower case, alone after the verb
                    return detection(sentence, subject.name(), brand.group(1), verb.end(), 0.8);
                }
                continue;
            }
            if (target.equals(subject.name()) || isThing(text, targetFrom, target)
                    || THING_NAMED.matcher(target).find()) {
                continue;
            }
            int targetEnd = endOf(text, target, targetFrom);
            Matcher trade = TRADE_AFTER_NAME.matcher(text).region(Math.max(targetEnd, targetFrom), text.length());
            if (buying && targetEnd >= 0 && trade.lookingAt()) {
                // "to buy Dutch HR payroll vendor": the capitalised words begin a description; the company is
                // the one named right after it, else none the sentence names
                String named = sentence.nameStartingAt(sentence.wordFrom(trade.end()));
                if (named != null && text.startsWith(" The " + named, trade.end())) {
                    // "… developer The Quill Company": the article is the name's own
                    named = "The " + named;
                }
                boolean right = named != null && text.startsWith(" " + named, trade.end());
                // "buys Quill developer Tessaly Labs": a product's maker named after it; "buys Quill maker" alone
                // is Quill's own company
                if (right || trade.group("words") != null) {
                    return detection(sentence, subject.name(), right ? named : null, verb.end(), 0.8);
                }
            }
            Matcher unit = OWNED_UNIT.matcher(text).region(targetFrom, text.length());
            if (unit.lookingAt() && unit.group("owner").endsWith(target)) {
                // "takes over Brightway's drone business": the unit, named by its owner
                target = unit.group("owner") + "'s " + unit.group("unit");
            }
            else {
                target = afterDescription(sentence, text, targetFrom, target);
                target = withPlainWordAfterAnd(text, targetFrom, target);
                target = withOwnPossessive(text, targetFrom, target);
            }
            return detection(sentence, subject.name(), target, verb.end(), subject.inherited() ? 0.75 : 0.9);
        }
        WordPattern.Scan takePrivate = TAKE_PRIVATE.in(sentence);
        if (takePrivate.find()) {
            Sentence.Subject subject = Finder.subject(sentence, takePrivate);
            String target = sentence.nameStartingAt(sentence.wordFrom(takePrivate.end()));
            if (target != null && target.endsWith(" Private")) {
                target = target.substring(0, target.length() - " Private".length());
            }
            if (subject != null && target != null) {
                return detection(sentence, subject.name(), target, takePrivate.end(), 0.85);
            }
        }
        return null;
    }

    /** Before a verb, words that make it a noun or advice: "decades of selling", "time to buy", "price to buy". */
    private static final Pattern NOUN_OR_ADVICE = Pattern.compile("(?i)(?:\\bof |\\b(?:time|price|reasons?|way|where"
            + "|when|how|right|good|best) to )$");

    /** Before a participle, a determiner that makes it an adjective: "the recently acquired Beta", "its bought-in". */
    private static final Pattern DETERMINER = Pattern.compile("(?i)\\b(?:the|its|their|a|an|his|her|our)"
            + " (?:recently |newly |previously |already )?$");

    /**
     * Whether the buying or selling verb at {@code start} is none: a gerund after "of" ("decades of selling"), advice
     * ("time to buy"), or a participle after a determiner that describes what was bought before ("combines with the
     * recently acquired Beta").
     */
    private static boolean noDealVerb(String text, int start, String verb) {
        String before = text.substring(Math.max(0, start - 24), start);
        return NOUN_OR_ADVICE.matcher(before).find()
                || (verb.endsWith("ed") || verb.equals("bought")) && DETERMINER.matcher(before).find();
    }

    /** A dash right after a verb: the source a wire headline ends with, not what was bought. */
    private static final Pattern DASH_AFTER = Pattern.compile("^\\s*(?:--?|[\u2013\u2014])\\s");

    /**
     * One word in lower case that ends the sentence, or is followed by the price: a brand that writes itself so
     * ("acquires zentrix", "buys tallo for $5 million"), as what a verb of buying takes when no name follows.
     */
    private static final Pattern LOWER_CASE_BRAND = Pattern.compile("^\\s+([a-z][\\w.&@-]*\\w)(?=\\s*[.!?]?\\s*$"
            + "| for (?:about |nearly |some )?(?:US|C|A)?[$€£])");

    /** Verbs of buying that are no nouns too ("purchases worldwide" may be things bought). */
    private static final Pattern BUYS_OR_ACQUIRES = Pattern.compile("^(?:acqui|aqui|buy|bought)");

    private static final Set<String> FUNCTION_WORDS = WordList.of("function-words");

    /** A word that says how or where a company buys, not what: "buys worldwide", "acquires again". */
    private static final Pattern ADVERB = Pattern.compile("\\w*(?:ly|wide)|again|too|outright|abroad|online|overseas"
            + "|today|yesterday|instead|back|up|out|in");

    /** An amount bought of something: "acquires $9 million of tokens". */
    private static final Pattern AMOUNT_OF = Pattern.compile("(?i)^\\s*(?:(?:usd |us)?[$€£] ?[\\d.,]+(?: ?(?:million"
            + "|billion|mln|bln|m|bn|k))?(?: worth)?|\\d[\\d,.]*(?: ?(?:%|pct|percent|per cent))?) of ");

    /** Verbs of buying, which may take a company the text only describes. */
    private static final Pattern BUYING = Pattern.compile("acqui|aqui|buy|bought|purchas");

    /** A company described without its name: "a Danish payments startup", "local startup". */
    private static final Pattern DESCRIBED_COMPANY = Pattern.compile("(?i)\\s*(?:an? |the |its |one |another |two "
            + "|three )?(?:(?!(?:with|for|in|on|at|to|from|as|by|of|and|after|amid|stake|shares)\\b)[\\w'\u2019.&-]+ )"
            + "{0,5}?(?:company|companies|startup|start-up|startups|firm|firms|maker|provider|developer|rival|operator"
            + "|chain|retailer|lender|insurer|studio|agency|manufacturer|producer|distributor|specialist|supplier"
            + "|vendor|bank|group|app|platform|site|publisher)\\b(?! (?:stake|shares|stock|assets|building|propert))");

    /**
     * A company described by what it makes, owns or is behind, or by who founded or backs it, the name after it being
     * that of the product or the founders: "maker of puzzle app Quillmere", "the startup behind Orvid". Not a
     * company "of" a place, which may be its name ("Quillmere Company of Ohio").
     */
    private static final Pattern DESCRIBED_BY_WHAT_IT_MAKES = Pattern.compile("(?i)\\s*(?:an? |the |its )?"
            + "(?:[\\w'\u2019.&-]+ ){0,3}?(?:(?:developer|maker|creator|owner|operator|publisher|parent|studio)"
            + " (?:of|behind)|(?:company|startup|start-up|firm|team|business)"
            + " (?:behind|founded by|run by|backed by))\\b");

    /** A target whose name ends in what is bought when no company is: "Second Property", "NextWave Licenses". */
    private static final Pattern THING_NAMED = Pattern.compile("(?i)\\b(?:property|properties|building|buildings"
            + "|interest|stake|licen[cs]es|portfolio|community|communities|claims|stores|theatre|theater"
            + "|hotels?|mall|tower|apartments|campus|project|mine)$");

    /** "Brightway's drone business", "Acme Corp.'s printer business": a unit its owner names. */
    private static final Pattern OWNED_UNIT = Pattern.compile("\\s*(?:the )?(?:[A-Z][\\w.&-]* [a-z]+ )?"
            + "(?<owner>[A-Z][\\w.&-]*(?: [A-Z][\\w.&-]*){0,3})'s "
            + "(?<unit>(?:[\\w-]+ ){1,3}(?:business|unit|division|arm"
            + "|operations|subsidiary))\\b");

    /** A description that ends in a head noun, then the name: "Another U.S. Studio, Pixel Harbor". */
    private static final Pattern DESCRIBED_BY_HEAD = Pattern.compile("(?i).*\\b(?:studio|vendor|company|firm|maker"
            + "|startup|start-up|leader|provider|developer|specialist|player|rival|business|group|based)$");

    /**
     * The name after a description set off by a comma ("acquires Nortel Vendor, Jones Communications", "acquires
     * leading UK Payroll Software Company, Fenwick HR Ltd"), else the target as found.
     */
    private static String afterDescription(Sentence sentence, String text, int from, String target) {
        if (!DESCRIBED_BY_HEAD.matcher(target).matches()) {
            return target;
        }
        int at = text.indexOf(target, from);
        int comma = at + target.length();
        if (at < 0 || comma >= text.length() || text.charAt(comma) != ',') {
            return target;
        }
        String named = sentence.nameStartingAt(sentence.wordFrom(comma + 1));
        return named != null && !named.equals(target) ? named : target;
    }

    private static final WordPattern TAKE_PRIVATE = new WordPattern("(?i)\\b(?:takes?|took|to take|taking)\\b"
            + "(?= .{1,60}\\bprivate\\b)");

    /** "buys Miami Beach hotel", "buys 500 Airbus jets": a named thing, not a company. */
    private static boolean isThing(String text, int from, String target) {
        int at = text.indexOf(target, from);
        if (at < 0) {
            return false;
        }
        String between = text.substring(from, at).strip();
        String after = text.substring(at + target.length()).toLowerCase(Locale.ROOT);
        return COUNT_AND_WORD.matcher(between).matches() || THING.matcher(after).lookingAt()
                || OWNED_STAKE.matcher(after).lookingAt() || PROPERTY_NAMED.matcher(after).lookingAt()
                || UNIT_AMOUNT.matcher(target).matches();
    }

    /**
     * After capitalised words, lower-case ones that end in what makes a company: "IP telephony vendor", "software
     * maker". The capitalised words describe the company's trade (or place), they do not name it.
     */
    private static final Pattern TRADE_AFTER_NAME = Pattern.compile("^(?<words>(?: (?!(?:in|of|from|to|for|at|on"
            + "|with|by|as|into|and|or|the|a|an|its|their|his|her|after|amid|over|via|than)\\b)[a-z][\\w-]*){1,3}?)?"
            + " (?:company|firm"
            + "|startup|start-up|maker|provider|developer|vendor|manufacturer|producer|distributor|supplier"
            + "|specialist|operator|retailer|publisher)\\b(?! (?:stake|shares|stock|assets|unit|business|division))");

    /** A name of plain words ("Fair Harbour", "Lantern"): capitals only where words begin, no digits or dots. */
    private static final Pattern PLAIN_WORDS = Pattern.compile("[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}");

    /** After a name, " and " and one plain word that ends the name's phrase: "… and Lantern in £20m deal". */
    private static final Pattern AND_PLAIN_WORD = Pattern.compile("^ and ([A-Z][a-z]+)(?=\\s*$|\\s*[,;:.!?]"
            + "| (?:in|for|from|deal|to)\\b)");

    /** Where {@code name} ends, found in {@code text} from {@code from} on; -1 where it is not found. */
    private static int endOf(String text, String name, int from) {
        int at = text.indexOf(name, from);
        return at < 0 ? -1 : at + name.length();
    }

    /**
     * A name of plain words joined by a lower-case "and" to one plain word more ("buys Fair Harbour and Lantern in
     * £20m deal") is one name, as a newspaper's or a firm's: two companies bought would be named as two, not as two
     * halves of ordinary words.
     */
    private static String withPlainWordAfterAnd(String text, int from, String target) {
        if (!PLAIN_WORDS.matcher(target).matches()) {
            return target;
        }
        int end = endOf(text, target, from);
        if (end < 0) {
            return target;
        }
        Matcher and = AND_PLAIN_WORD.matcher(text).region(end, text.length());
        if (!and.lookingAt() || Places.isPlace(and.group(1))
                || WordPattern.verbs(WordPattern.maskOf(and.group(1).toLowerCase(Locale.ROOT))) != 0) {
            return target;
        }
        return target + " and " + and.group(1);
    }

    /** After a one-word name, its possessive and capitalised words that end in a company's form: "'s Survey Group". */
    private static final Pattern OWN_POSSESSIVE = Pattern.compile("^['\u2019]s(?: [A-Z][\\w&-]*){1,3}"
            + " (?:Group|Inc|Inc\\.|Corp|Corp\\.|Corporation|Ltd|Ltd\\.|Limited|Company|plc|PLC|LLC)(?=$|[\\s,;:.!?])");

    /**
     * A one-word name cut at its possessive that goes on to a company's form ("buys Dorran's Survey Group"): the
     * possessive is the name's own, as in a founder's family name, and the whole is the company bought.
     */
    private static String withOwnPossessive(String text, int from, String target) {
        int at = text.indexOf(target, from);
        if (at < 0 || target.indexOf(' ') >= 0 || Places.isPlace(target)) {
            return target;
        }
        Matcher own = OWN_POSSESSIVE.matcher(text).region(at + target.length(), text.length());
        return own.lookingAt() ? text.substring(at, own.end()) : target;
    }

    /** The name set off by commas right after a description ("startup, Kesto, for"), else null. */
    private static @Nullable String appositiveName(Sentence sentence, String text, int end) {
        if (!text.startsWith(", ", end)) {
            return null;
        }
        String named = sentence.nameStartingAt(sentence.wordFrom(end + 1));
        if (named == null || !text.startsWith(named, end + 2) || Places.isPlace(named)) {
            return null;
        }
        int after = end + 2 + named.length();
        return after < text.length() && text.charAt(after) == ',' ? named : null;
    }

    /** "The Larches, a 120-unit apartment community": a name its appositive says is a property. */
    private static final Pattern PROPERTY_NAMED = Pattern.compile("^(?: at [\\w' -]{1,30})?, (?:an? |the )(?:[\\w'-]+ )"
            + "{0,4}(?:property|properties|community|building|complex|portfolio|hotel|apartments?|mall|tower|campus"
            + "|space)\\b");

    /** "Vivendi's Maroc stake": a stake its owner names, not the owner. */
    private static final Pattern OWNED_STAKE = Pattern.compile("^(?:'s|\u2019s)(?: [\\w&-]+){0,2}"
            + " (?:stakes?|accounts?)\\b");

    /** "500 Airbus jets": a count before the name. */
    private static final Pattern COUNT_AND_WORD = Pattern.compile("\\d[\\d,.]*(?: \\w+)?");

    /** What stands between a target and "acquired by" without making it less certain. */
    private static final Pattern PASSIVE_AUXILIARY = Pattern.compile("(?i)\\b(?:to be|is being|has been|was|been"
            + "|being|gets|agrees to be|agreed to be|will be|set to be|is|finally|officially|now)\\b");

    /** "40G", "2bd", "10GB": a quantity, not a company. */
    private static final Pattern UNIT_AMOUNT = Pattern.compile("\\d+(?:[a-z]{1,3}|[A-Z]{1,2}B?)");

    private static final Pattern THING = Pattern.compile("(?i)^'?s? (?:hotels?|buildings?|towers?|propert(?:y|ies)"
            + "|malls?|campus|plants?|factory|factories|sites?|jets?|aircraft|planes?|helicopters?|ships?|vessels?"
            + "|shares|stock|stakes?|stores?|portfolio|brand|trademarks?|patents?|licen[cs]es?|rights|"
            + "spectrum|headquarters|offices?|warehouses?|mine|mines|oil ?field|field|refinery|stadium|arena|"
            + "painting|artwork|land|farm|estate|mansion|home|house|apartments?|trucks?|cars?|vehicles?|chips?|"
            + "gpus?|servers?|tickets?|seats?|bonds?|debt|loans?|notes|space|spaces|premises)\\b");

    /** "Salesforce in $27.7 billion deal for Slack": the buyer stands before "in". */
    private static final WordPattern DEAL_FOR = new WordPattern("(?i)\\b(?:deal|agreement|takeover|buyout"
            + "|acquisition) (?:for|to buy)\\b");

    private static final Pattern IN_A_DEAL = Pattern.compile("(?i) in (?:an? )?"
            + "(?:" + Money.AMOUNT + " |" + Money.WIRE_AMOUNT + " (?:dlrs |dollars |euros )?)?"
            + "(?:all-cash |all-stock |cash-and-stock |cash |stock )?$");

    private @Nullable Detection dealFor(Sentence sentence) {
        WordPattern.Scan deal = DEAL_FOR.in(sentence);
        String text = sentence.text();
        if (!deal.find()) {
            return null;
        }
        Matcher in = IN_A_DEAL.matcher(text.substring(0, deal.start()));
        if (!in.find()) {
            return null;
        }
        Sentence.Subject subject = sentence.subjectOf(sentence.wordFrom(in.start() + 1));
        String target = sentence.nameStartingAt(sentence.wordFrom(deal.end()));
        if (subject == null || subject.name() == null || target == null || Hedges.beforeVerb(subject.between())) {
            return null;
        }
        return detection(sentence, subject.name(), target, deal.end(), 0.85);
    }

    /** "VMware confirms layoffs as it prepares for Dell acquisition": the buyer named before the deal's noun. */
    private static final WordPattern PENDING = new WordPattern("(?i)\\b(?:prepares? for|preparing for|prepared for"
            + "|ahead of|pending|awaits?|awaiting) (?:the |its )?"
            + "(?:" + Money.AMOUNT + "+ )?"
            + "(?=(?-i:[A-Z])[\\w.&'-]*(?: (?-i:[A-Z])[\\w.&'-]*){0,3} (?:acquisition|takeover|buyout|purchase)\\b)");

    private @Nullable Detection pending(Sentence sentence) {
        WordPattern.Scan verb = PENDING.in(sentence);
        if (!verb.find()) {
            return null;
        }
        Sentence.Subject target = Finder.subject(sentence, verb);
        String acquirer = sentence.nameStartingAt(sentence.wordFrom(verb.end()));
        if (target == null || target.name() == null || acquirer == null || acquirer.equals(target.name())) {
            return null;
        }
        return detection(sentence, acquirer, target.name(), verb.end(), 0.8);
    }

    /** "Acme pays $75 million for Beta", "Acme bids $1.2B for Beta": money paid for a company. */
    private static final WordPattern PAID_FOR = new WordPattern("(?i)\\b(?:pays|paid|paying|spends|spent|spending"
            + "|bids?|shells? out|shelled out|forks? out|forked out)(?= (?:about |around |nearly "
            + "|some |at least |up to |more than |over )?(?:US|C|A)?[$€£]? ?\\d[\\d.,]* ?"
            + "(?:" + Money.SCALE_WORD + "|k)?\\b[^;,]{0,25}? (?:for|to buy|to acquire) )");

    /** "spends $343M to buy Beta": where the price's object follows. */
    private static final Pattern FOR_OR_TO_BUY = Pattern.compile("(?i) (?:for|to buy|to acquire) ");

    private @Nullable Detection paidFor(Sentence sentence) {
        WordPattern.Scan verb = PAID_FOR.in(sentence);
        String text = sentence.text();
        while (verb.find()) {
            int end = Finder.clauseEnd(sentence, verb.end());
            Matcher forWhat = FOR_OR_TO_BUY.matcher(text).region(verb.end(), end);
            if (!forWhat.find()) {
                continue;
            }
            int objectAt = forWhat.end();
            String object = text.substring(objectAt, end);
            if (notACompany(object, 0) || PROPERTY.matcher(object).lookingAt()) {
                continue;
            }
            Sentence.Subject subject = Finder.subject(sentence, verb);
            if (subject == null || subject.inherited()) {
                continue;
            }
            String target = ownedName(sentence, sentence.nameStartingAt(sentence.wordFrom(objectAt)), objectAt);
            if (target == null || Places.isPlace(target)) {
                if (DESCRIBED_COMPANY.matcher(object).lookingAt()) {
                    return detection(sentence, subject.name(), null, verb.end(), 0.8);
                }
                continue;
            }
            if (target.equals(subject.name()) || isThing(text, objectAt, target)
                    || THING_NAMED.matcher(target).find()) {
                continue;
            }
            return detection(sentence, subject.name(), target, verb.end(), 0.85);
        }
        return null;
    }

    /** "pays $40M for Orvid's Quillmere": what the owner named first owns is what is bought. */
    private static @Nullable String ownedName(Sentence sentence, @Nullable String name, int from) {
        if (name == null) {
            return null;
        }
        int at = sentence.text().indexOf(name, from);
        int after = at + name.length();
        if (at < 0 || !sentence.text().startsWith("'s ", after) && !sentence.text().startsWith("\u2019s ", after)) {
            return name;
        }
        String owned = sentence.nameStartingAt(sentence.wordFrom(after + 3));
        return owned != null ? owned : name;
    }

    /**
     * "Acme expands into payroll with acquisition of Beta", "Acme enters Peru via $250M Beta acquisition": the
     * deal the company the sentence leads with makes its way.
     */
    private static final WordPattern WITH_DEAL = new WordPattern("(?i)\\b(?:with|via|through) (?:its |the |a |an "
            + "|their )?(?:first |second |third |latest |new |strategic |planned |proposed |completed )*"
            + "(?:" + Money.AMOUNT + " )?(?:(?:acquisition|aquisition|purchase|takeover"
            + "|buyout) of |(?=(?-i:[A-Z])[\\w.&'\u2019-]*(?: (?:(?-i:[A-Z])[\\w.&'\u2019-]*|[a-z]{1,12})){0,3} "
            + "(?:acquisition|aquisition|takeover|buyout)\\b))", "acqui", "aqui", "purchase", "takeover", "buyout");

    /** A deal's noun, which may carry a deal without a buying verb. */
    private static final WordPattern DEAL_WORD = new WordPattern("(?i)\\b(?:acquisitions?|aquisitions?|takeovers?"
            + "|buyouts?)\\b");

    private @Nullable Detection withDeal(Sentence sentence) {
        WordPattern.Scan deal = WITH_DEAL.in(sentence);
        if (!deal.find()) {
            return null;
        }
        String text = sentence.text();
        String acquirer = sentence.leadingName();
        if (acquirer == null || Places.isPlace(acquirer) || text.indexOf(acquirer) > deal.start()
                || Hedges.beforeVerb(text.substring(0, deal.start()))) {
            return null;
        }
        String target;
        if (deal.group().toLowerCase(Locale.ROOT).endsWith(" of ")) {
            String object = text.substring(deal.end());
            if (notACompany(object, 0) || PROPERTY.matcher(object).lookingAt()) {
                return null;
            }
            target = sentence.nameStartingAt(sentence.wordFrom(deal.end()));
            if (target == null && !DESCRIBED_COMPANY.matcher(object).lookingAt()
                    || target != null && (Places.isPlace(target) || THING_NAMED.matcher(target).find()
                    || isThing(text, deal.end(), target))) {
                return null;
            }
        }
        else {
            int noun = indexOfIgnoringCase(text, " acquisition", deal.end());
            int other = Math.min(indexOrEnd(text, " takeover", deal.end()), indexOrEnd(text, " buyout", deal.end()));
            noun = noun < 0 ? other : Math.min(noun, other);
            target = noun >= text.length() ? null : sentence.nameEndingAt(sentence.wordBefore(noun));
            if (target == null || NOT_A_DEAL.matcher(text).region(noun, text.length()).lookingAt()
                    || MODIFIER.matcher(target.substring(target.lastIndexOf(' ') + 1)).matches()) {
                // "with strategic acquisition financing": money for a deal; "… In Leeds With Strategic
                // Acquisition": a word that describes the deal ends no company's name
                return null;
            }
        }
        if (acquirer.equals(target)) {
            return null;
        }
        return detection(sentence, acquirer, target, deal.end(), 0.8);
    }

    private static final Pattern NOT_A_DEAL = Pattern.compile("(?i) (?:acquisition|aquisition|takeover|buyout)"
            + " (?:financing|loan|facility|strategy|spree|talks|plans?|bid|offer)\\b");

    private static final Pattern MODIFIER = Pattern.compile("(?i)(?:(?:first|second|third|latest|new|strategic"
            + "|planned|proposed|completed|major|big|its|the) ?)+");

    private static int indexOrEnd(String text, String word, int from) {
        int at = text.toLowerCase(Locale.ROOT).indexOf(word, from);
        return at < 0 ? text.length() : at;
    }

    /**
     * "Shareholders approve the merger with Beta", "Regulator clears Acme's takeover of Beta", "Beta accepts Acme's
     * buyout offer": the deal agreed by those who decide it.
     */
    private static final WordPattern APPROVED = new WordPattern("(?i)\\b(?:approves?|approved|approving|clears?"
            + "|cleared|okays?|okayed|votes? for|voted for|accepts?|accepted|agrees? to|agreed to)"
            + "(?= (?:the |a |an |its |their )?(?:" + Money.AMOUNT + " )?(?:[\\w.&'\u2019-]+ )"
            + "{0,4}?(?:merger|acquisition|takeover|buyout)\\b"
            // "accepts a sweetened bid from Beta": an offer for the company, its buyer named after "from"
            + "| (?:the |a |an |its )?(?:higher |revised |improved |sweetened |increased |raised |reduced |final "
            + "|new )?(?:cash )?(?:offer|bid) from (?-i:[A-Z]))",
            "merger", "acquisition", "takeover", "buyout", "offer", "bid");

    private static final Pattern DEAL_NOUN = Pattern.compile("(?i)\\b(?:merger|acquisition|takeover|buyout)"
            + "(?: (?:offer|bid|deal|proposal|agreement|plan))?|\\b(?:offer|bid)(?= from )");

    private static final Pattern PARTY_AFTER = Pattern.compile("(?i)^ (?<role>of|by|from|into|with) (?:the )?");

    private @Nullable Detection approved(Sentence sentence) {
        WordPattern.Scan verb = APPROVED.in(sentence);
        if (!verb.find()) {
            return null;
        }
        String text = sentence.text();
        String before = text.substring(0, verb.start());
        if (Finder.afterToOrWill(text, verb.start()) || Hedges.beforeVerb(before)
                || before.toLowerCase(Locale.ROOT).matches(".*\\b(?:not|n't|never|refuses?"
                + "|refused|fails?|failed|rejects?|rejected)\\b.*")) {
            return null;
        }
        Matcher noun = DEAL_NOUN.matcher(text);
        if (!noun.find(verb.start())) {
            return null;
        }
        String acquirer = null;
        String target = null;
        Matcher party = PARTY_AFTER.matcher(text).region(noun.end(), text.length());
        if (party.lookingAt()) {
            String name = sentence.nameStartingAt(sentence.wordFrom(party.end()));
            if (party.group("role").equalsIgnoreCase("of")) {
                target = name;
            }
            else {
                acquirer = name;
            }
        }
        // an offer's words before it describe the offer ("HIGHER OFFER"), not a party
        boolean offer = noun.group().length() <= "offer".length();
        String named = noun.start() > verb.end() && !offer
                ? sentence.nameEndingAt(sentence.wordBefore(noun.start())) : null;
        if (named != null) {
            int dash = named.indexOf('-');
            if (dash > 0 && dash < named.length() - 1 && Character.isUpperCase(named.charAt(dash + 1))) {
                // "the Acme-Beta merger": the first named is the acquirer
                acquirer = acquirer == null ? named.substring(0, dash) : acquirer;
                target = target == null ? named.substring(dash + 1) : target;
            }
            else if (text.startsWith("'s", text.indexOf(named, verb.end()) + named.length())) {
                acquirer = acquirer == null ? named : acquirer;
            }
            else if (target == null) {
                target = named;
            }
        }
        if (target == null) {
            Sentence.Subject subject = sentence.subjectOf(sentence.wordAt(verb.start()));
            // "Acme said its holders voted for the merger": the company the sentence is about
            String name = subject == null ? sentence.leadingName() : subject.name();
            // a name in capitals is the company's own ("NIBC accepts …") unless the whole sentence is in capitals
            if (name != null && !Places.isPlace(name) && !name.equals(acquirer)
                    && !ExecutiveMoveFinder.looksLikePerson(name)
                    && !(sentence.inCapitals() && name.equals(name.toUpperCase(Locale.ROOT)))) {
                target = name;
            }
        }
        if (target != null && target.equals(acquirer) || offer && target == null && !sentence.inCapitals()) {
            return null;
        }
        return detection(sentence, acquirer, target, verb.end(), 0.75);
    }

    /**
     * A lede whose reporter announced the deal as its object ("Acme on Monday announced its acquisition of Beta, …"),
     * read without the reporter: what is left opens with the deal's noun, the reporter being the buyer.
     */
    private static final Pattern ANNOUNCED_DEAL = Pattern.compile("(?i)^(?:the |its |their )?(?:completed "
            + "|previously announced |definitive |successful )?(?:acquisition|aquisition|purchase|takeover) of ");

    private static final Pattern INDEFINITE = Pattern.compile("(?i)^(?:an? |\\d)");

    /** What may follow the company bought when the deal is the news, not the subject of a verb after it. */
    private static final Pattern AFTER_DEAL_OBJECT = Pattern.compile("^(?:\\s*$|\\s*[,;.]| (?:for|from|by|in"
            + "|effective|on|at|through|via)\\b)");

    private @Nullable Detection announcedDeal(Sentence sentence) {
        String text = sentence.text();
        Matcher deal = ANNOUNCED_DEAL.matcher(text);
        if (!deal.lookingAt()) {
            return null;
        }
        String object = text.substring(deal.end());
        if (notACompany(object, 0) || PROPERTY.matcher(object).lookingAt() || INDEFINITE.matcher(object).lookingAt()
                || MINORITY.matcher(object).lookingAt() || AMOUNT_OF.matcher(object).lookingAt()) {
            // "the purchase of a 40,000-square-foot plant": a thing told by its size, not a company by its name
            return null;
        }
        String target = sentence.nameStartingAt(sentence.wordFrom(deal.end()));
        int end = target == null ? -1 : endOf(text, target, deal.end());
        String buyer = sentence.topic();
        if (end < 0 || Places.isPlace(target) || target.equals(buyer) || isThing(text, deal.end(), target)
                || THING_NAMED.matcher(target).find() || !AFTER_DEAL_OBJECT.matcher(text).region(end,
                        text.length()).lookingAt()) {
            return null;
        }
        return detection(sentence, buyer, target, deal.end(), 0.8);
    }

    private @Nullable Detection passive(Sentence sentence) {
        WordPattern.Scan verb = PASSIVE.in(sentence);
        if (!verb.find()) {
            return null;
        }
        int word = sentence.wordAt(verb.start());
        Sentence.Subject subject = sentence.subjectOf(word);
        if (subject == null || subject.name() == null
                || Hedges.beforeVerb(PASSIVE_AUXILIARY.matcher(subject.between()).replaceAll(""))) {
            return null;
        }
        if (!verb.group().endsWith("y") && !verb.group().endsWith("from")) {
            // the buyer untold: the subject is bought, unless a pronoun stands for an earlier one
            return subject.inherited() ? null : detection(sentence, null, subject.name(), verb.end(), 0.8);
        }
        String acquirer = sentence.nameStartingAt(sentence.wordFrom(verb.end()));
        if (acquirer == null) {
            return null;
        }
        return detection(sentence, acquirer, subject.name(), verb.end(), 0.9);
    }

    private @Nullable Detection merger(Sentence sentence) {
        WordPattern.Scan verb = MERGER.in(sentence);
        while (verb.find()) {
            String before = sentence.text().substring(0, verb.start()).strip();
            int and = Math.max(before.lastIndexOf(" and "), before.lastIndexOf(", "));
            if (and < 0) {
                continue;
            }
            int firstEnd = sentence.wordBefore(and);
            String first = sentence.nameEndingAt(firstEnd);
            Sentence.Subject second = sentence.subjectOf(sentence.wordAt(verb.start()));
            if (first == null || second == null || second.name() == null || second.inherited()
                    || Hedges.beforeVerb(second.between()) || first.equals(second.name())) {
                continue;
            }
            return detection(sentence, first, second.name(), verb.end(), 0.85);
        }
        return null;
    }

    private @Nullable Detection sale(Sentence sentence) {
        WordPattern.Scan verb = SALE.in(sentence);
        String text = sentence.text();
        while (verb.find()) {
            if (noDealVerb(text, verb.start(), verb.group().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int end = Finder.clauseEnd(sentence, verb.end());
            int to = indexOfIgnoringCase(text, " to ", verb.end());
            if (to < 0 || to > end) {
                Detection sold = soldItself(sentence, verb, end);
                if (sold != null) {
                    return sold;
                }
                continue;
            }
            String object = text.substring(verb.end(), to);
            if (notACompany(object, 0) && !MAJORITY.matcher(object + " in ").lookingAt()
                    || SECURITIES.matcher(object).find() && !CONTROL.matcher(object).find()) {
                // "sold 2.5 mln dlrs of new stock to a fund", "sells its 20 pct stake to": no company changes hands
                continue;
            }
            Sentence.Subject seller = Finder.subject(sentence, verb);
            if (seller == null) {
                continue;
            }
            String buyer = sentence.nameStartingAt(sentence.wordFrom(to + 4));
            if (buyer == null || Places.isPlace(buyer)) {
                continue;
            }
            String unit = object.strip().toLowerCase(Locale.ROOT).startsWith("itself") ? null
                    : sentence.nameStartingAt(sentence.wordFrom(verb.end()));
            Matcher named = NAMED_UNIT.matcher(object);
            if (unit == null && named.find()) {
                unit = named.group(1);
            }
            if (unit != null && (sentence.wordAt(text.indexOf(unit, verb.end())) >= sentence.wordAt(to)
                    || UNIT_NAMED.matcher(unit).find())) {
                // "sells Rents Unit to Beta": a unit only described is the seller's business, told by its name
                unit = null;
            }
            return detection(sentence, buyer, unit != null ? unit : seller.name(), verb.end(), 0.8);
        }
        return null;
    }

    /** Securities a company sells without selling itself: its shares to investors, notes, a minority stake. */
    private static final Pattern SECURITIES = Pattern.compile("(?i)\\b(?:shares?|stock|preferred|common|debentures?"
            + "|notes|bonds?|units|warrants|securities|stake|interest)\\b");

    /** What makes a sale of shares a sale of the company: control, a majority. */
    private static final Pattern CONTROL = Pattern.compile("(?i)\\b(?:control\\w*|majority|" + PCT + ")");

    /** "sells its specialty pharmaceutical business", "sale of its XenBio subsidiary": a unit sold, buyer unnamed. */
    private static final Pattern UNIT_SOLD = Pattern.compile("(?i)^(?: off)?(?: (?:its|the|an?|[\\w.&'-]+)){0,4}?"
            + " (?:business|unit|division|arm|operations?|subsidiary)\\b");

    /** A unit named by its description only ("Online Classifieds Business"): the seller is what the item names. */
    private static final Pattern UNIT_NAMED = Pattern.compile("(?i)\\b(?:business|unit|division|arm|operations?"
            + "|subsidiary)$");

    private static final Pattern PLANNED_SALE = Pattern.compile("(?i)to sell");

    /** "agreement to sell", "agreed to sell": the sale agreed, whether or not the buyer is named. */
    private static final Pattern AGREED_TO = Pattern.compile("(?i)\\b(?:agreement|deal|pact|contract|agreed|agrees?)"
            + " (?:to )?$");

    /** "Acme sells for $75M", "Acme sells its freight arm for $140 million": no buyer named, the seller sold. */
    private static final Pattern SOLD_FOR = Pattern.compile("(?i)^(?: off)?(?:(?: (?:its|the|an?|[\\w-]+)){0,3}?"
            + " (?:business|unit|division|arm|operations?|subsidiary))? for (?:a |an |about |nearly |up to )*"
            + "(?:cool )?[$€£\\d]");

    private @Nullable Detection soldItself(Sentence sentence, MatchResult verb, int end) {
        String text = sentence.text();
        String object = text.substring(verb.end(), end);
        Matcher unit = UNIT_SOLD.matcher(object);
        boolean unitSold = unit.lookingAt();
        Detection byName = namedCompanySold(sentence, verb, object);
        if (byName != null) {
            return byName;
        }
        boolean forMoney = SOLD_FOR.matcher(object).find();
        if (!unitSold && !forMoney) {
            return null;
        }
        boolean planned = PLANNED_SALE.matcher(verb.group()).matches()
                || verb.group().equalsIgnoreCase("sell") && Finder.afterToOrWill(text, verb.start());
        if (!forMoney && planned && Money.find(text, 0) == null
                && !AGREED_TO.matcher(text).region(Math.max(0, verb.start() - 20), verb.start()).find()) {
            // "Acme to sell pump unit": a sale decided, but with no buyer nor price no deal agreed yet
            return null;
        }
        Sentence.Subject seller = Finder.subject(sentence, verb);
        if (seller == null || seller.inherited()) {
            return null;
        }
        String named = unitSold ? sentence.nameStartingAt(sentence.wordFrom(verb.end())) : null;
        if (named != null && sentence.wordAt(text.indexOf(named, verb.end())) < sentence.wordAt(verb.end() + unit.end())
                && !named.equals(seller.name()) && !UNIT_NAMED.matcher(named).find()) {
            // "closes sale of XenBio subsidiary": the unit named
            return detection(sentence, null, named, verb.end(), 0.75);
        }
        String sellerName = seller.name();
        if (DEAL_WORD_AS_NAME.matcher(sellerName).matches()) {
            // "ACME ANNOUNCES AGREEMENT TO SELL …": in capitals the deal's noun reads as a name; the company opens
            String leading = sentence.leadingName();
            if (leading == null || leading.equals(sellerName)) {
                return null;
            }
            sellerName = leading;
        }
        return detection(sentence, null, sellerName, verb.end(), 0.75);
    }

    /** A deal's noun that a headline in capitals makes look like a name: "AGREEMENT", "DEAL". */
    private static final Pattern DEAL_WORD_AS_NAME = Pattern.compile("(?i)(?:definitive )?(?:agreement|deal|pact"
            + "|contract|accord|plans?)");

    /**
     * A company sold by name without a buyer named: for millions ("Orvid sells Quillmere for $5.6 million"), or by an
     * investor, whose sales are of its holdings ("Harlow Capital Sells Tessaly"). A product sold ("sells Model Q for
     * $39,000") names no price in millions.
     */
    private @Nullable Detection namedCompanySold(Sentence sentence, MatchResult verb, String object) {
        String text = sentence.text();
        String sold = sentence.nameStartingAt(sentence.wordFrom(verb.end()));
        if (sold == null || !object.strip().startsWith(sold) || Places.isPlace(sold)
                || notACompany(object, 0) || SECURITIES.matcher(sold).find()) {
            return null;
        }
        Sentence.Subject seller = Finder.subject(sentence, verb);
        if (seller == null || seller.inherited() || seller.name().equals(sold)) {
            return null;
        }
        String rest = object.strip().substring(sold.length());
        boolean forMillions = SOLD_FOR_MILLIONS.matcher(rest).lookingAt();
        boolean byInvestor = rest.isBlank() && FundingFinder.isFundManager(seller.name());
        return forMillions || byInvestor ? detection(sentence, null, sold, verb.end(), 0.75) : null;
    }

    private static final Pattern SOLD_FOR_MILLIONS = Pattern.compile("(?i)^ for (?:about |nearly |some |up to )?"
            + "(?:US|C|A)?[$€£] ?[\\d.,]+ ?" + Money.SCALE_WORD + "\\b");

    private static int indexOfIgnoringCase(String text, String word, int from) {
        int at = text.indexOf(word, from);
        int upper = text.indexOf(word.toUpperCase(Locale.ROOT), from);
        int title = text.indexOf(" " + Character.toUpperCase(word.charAt(1)) + word.substring(2), from);
        int best = at;
        for (int candidate : new int[] { upper, title }) {
            if (candidate >= 0 && (best < 0 || candidate < best)) {
                best = candidate;
            }
        }
        return best;
    }

    private Detection detection(Sentence sentence, @Nullable String acquirer, @Nullable String target, int from,
            double confidence) {
        Money money = FundingFinder.firstAmount(sentence.text(), 0, sentence.text().length());
        return new Detection(target, new TriggerDetails.Acquisition(acquirer, target,
                money == null ? null : money.amount(), money == null ? null : money.currency()),
                money != null ? Math.min(confidence + 0.05, 0.97) : confidence);
    }
}
