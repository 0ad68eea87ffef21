package dev.kairos.ingest.detect;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kairos.events.TriggerDetails;
import dev.kairos.events.TriggerType;
import org.jspecify.annotations.Nullable;

/**
 * {@code IPO}: "Acme files for IPO", "Acme prices IPO at $18", "Shares of Acme soar in Nasdaq debut", "Acme goes
 * public via SPAC merger", "Acme completes direct listing". Not plans, bank hires, delays, withdrawals, or news about
 * a company that listed long ago.
 */
final class IpoFinder implements Finder {

    /** Words that name a listing: an IPO, a debut, going public. */
    private static final String VENUE = "(?:market|trading|stock market|public|share|stock|exchange|stock exchange"
            + "|bourse|nasdaq|nyse|asx|tsx|lse|aim|hkex|sgx|nse|bse|kosdaq|euronext(?: \\w+)?|[a-z]+ stock exchange"
            + "|[a-z]+ securities exchange|[a-z]+ exchange|wall street|london|hong kong|frankfurt|amsterdam|paris"
            + "|tokyo|shanghai|shenzhen|mumbai|toronto|sydney|stockholm|oslo|copenhagen|helsinki|zurich|milan"
            + "|madrid|seoul|taipei|riyadh|u\\.s\\.|us|new york)";

    private static final WordPattern LISTING = new WordPattern("(?i)\\b(?:ipo|initial public offering|direct listing"
            + "|(?<debut>debut|debuts|debuted|listing)(?: (?:on|in|at) (?:the )?(?<venue>" + VENUE + "))?"
            + "|go(?:es)? public|went public|going public|lists? (?:on|in)|listed (?:on|in)|begins? trading"
            + "|began trading|starts? trading|started trading|business combination|spac merger|spac deal|flotation"
            + "|floats? (?:on|in)|floated (?:on|in)|initial (?:share |stock |common stock |public common stock )?"
            + "(?:offering|offer|sale|issue))\\b");

    /** "Nasdaq debut", "London Stock Exchange listing": where a company debuts, right before the word. */
    private static final Pattern VENUE_BEFORE = Pattern.compile("(?i)\\b" + VENUE + " $");

    /** An act that makes it a fact: filed, priced, raised, debuted, completed. */
    private static final Pattern ACT = Pattern.compile("(?i)\\b(?:files?|filed|filing|submits?|submitted|prices?"
            + "|priced|pricing|upsiz\\w+|raises?|raised|raising|nets?|netted|completes?|completed|closes?|closed"
            + "|closing|launch\\w*|debut\\w*|lists?|listed|listing|begins? trading|began trading|starts? trading"
            + "|started trading|soar\\w*|jump\\w*|surg\\w*|ris(?:e|es|ing)|rose|climb\\w*|pop\\w*|fall\\w*|fell"
            + "|slip\\w*|slid\\w*|sink\\w*|sank|tumbl\\w*|rall\\w*|opens?|opened|gain\\w*|drop\\w*|doubl\\w*"
            + "|goes public|went public|to go public|sets? terms|makes?|made|rings?|rang|kicks? off|kicked off"
            + "|valu\\w+|seeks? up to|sought up to|trades?|traded|flat|muted|strong|weak|stumbles?|stumbled"
            + "|(?:fully |over)?subscribed|oversubscribed|sets?|underway|under way|starts?|started|began|begins?"
            + "|commenced|celebrat\\w*|announces?|announced|reaps?|reaped|rakes? in|raked in|secures?|secured"
            + "|spik\\w*|shoots?|shot|over-allotment)\\b");

    /** Plans, delays, withdrawals, and news about a listing long past. */
    /** A plan or a target, where it stands before the listing ("plans IPO"); after it, it tells of the IPO's use. */
    private static final Pattern PLANNED = Pattern.compile("(?i)\\b(?:plans?|planning|planned|targets?|targeting)\\b");

    /**
     * What makes a listing no IPO whatever else the sentence says: called off, a later offering, a token listed on a
     * crypto exchange, a listed company moving markets or names, a company long listed, an IPO that only dates
     * what happens before it ("moves headquarters ahead of IPO").
     */
    private static final String DENIED = "cancels?|cancell?ed|withdraws?|withdrew|withdrawn|postpones?|postponed"
            + "|delays?|delayed|shelves|shelved|scraps?|scrapped|halts?|halted|suspends?|suspended|follow-on|secondary"
            + "|since (?:its |the |their )?(?:ipo|debut|listing)|tokens?|coins?|dex|trading pair|usdt|uplist\\w*"
            + "|up-list\\w*|same ticker|name change|change its name|no rush|in no hurry|on track|on course"
            + "|(?:is|are) (?:already )?listed|eyes|eyeing|considers?|considering|mulls?|mulling|explores?|exploring"
            + "|potential|possible|(?:an? )?eye (?:on|toward|towards)"
            // a bond listed, a move to an over-the-counter market, a listing that only dates what followed it
            + "|(?-i:bonds?)|otc\\w*|^when"
            // a crypto protocol's token listed on a trading platform; a writer's own bid for shares, told as a column
            + "|staking|protocol|(?-i:I)(?:'ve|'m| have| am)"
            + "|(?:ahead of|before) (?:its |an |the |a |their )?(?:\\w+ )?"
            + "(?:ipo|listing|debut|initial public offering)";

    /**
     * Sought from the first word that can start one of its many alternatives ({@link WordPattern#foundIn}), which
     * asks the words in lower case: a match that starts with a digit ("3 years after") or with a capital "I" is
     * sought by a pattern of its own ({@link #notAnIpo}).
     */
    private static final WordPattern NOT_AN_IPO = WordPattern.search("(?i)\\b(?:considers?"
            + "|considering|eyes|eyeing|prepares?|preparing|hires?|hired|picks?|picked|taps|tapped|mulls?"
            + "|weighs?|weighing|postpones?|postponed|delays?|delayed|shelves|shelved|withdraws?|withdrew|withdrawn"
            + "|pulls?|pulled|scraps?|scrapped|cancels?|cancell?ed|halts?|halted|suspends?|suspended|could|may|might"
            + "|would|talks|aims?|aiming|exploring|explores?|mulling|ahead of|before its|pre-ipo"
            + "|after (?:its|the|a) (?:\\w+ )?(?:ipo|debut|listing)|since (?:its |the |their )?(?:ipo|debut|listing)"
            + "|post-ipo|first earnings|lock-?up|since going public|below (?:its )?ipo price|ipo price"
            + "|ipo-bound|ipo market|ipo window|ipo pipeline|ipos|ipo boom|ipo drought|ipo plans?|ipo hopes"
            + "|ipo ambitions|ipo filings|banks? for|underwriters? for|advisers? for|advisors? for|mandates?"
            + "|lines up|lined up|readies|readying|gears up|set to|poised|expected|hopes?|intends?|intention"
            + "|weighs?|seeks? to|seeking to|wants?|sets? sights|could|delist\\w*|re-?list\\w*|secondary"
            + "|follow-on|share sale by|stake sale|years after|(?:a|one|two|three|\\d+) (?:years?|months?|weeks?) after"
            + "|anniversary|once-hot|since listing|(?:tops?|topped|below|above|from|under) (?:its )?"
            + "ipo price|ipo[- ]era|de-spac|rumou?r\\w*|speculat\\w*|(?:go(?:es)?|went|going) public with"
            // "goes public with its claims" reveals something; one that went public "with a splash" listed
            + "(?! a (?:bang|pop|splash|roar))|" + DENIED + ")\\b");

    /** The alternative of {@link #NOT_AN_IPO} that starts with a digit, as a search of its own. */
    private static final Pattern SPAN_AFTER = Pattern.compile("(?i)\\b\\d+ (?:years?|months?|weeks?) after\\b");

    /** The alternative of {@link #DENIED} that starts with a capital "I", as a search of its own. */
    private static final Pattern WRITER = Pattern.compile("(?i)\\b(?-i:I)(?:'ve|'m| have| am)\\b");

    private static final WordPattern DENIES = WordPattern.search("(?i)\\b(?:" + DENIED + ")\\b");

    /**
     * "IPO plans", "IPO agenda", "plans for an IPO": plans named after the listing word. Not a target the pricing
     * reached: "prices at the top of its IPO target".
     */
    private static final Pattern IPO_PLANS = Pattern.compile("(?i)(?<!(?:top|high end|bottom|low end) of "
            + "(?:its |the )?)\\b(?:ipo|listing|offering) (?:plans?|targets?|agenda)\\b"
            + "|\\bplans? (?:for|to) (?:an? |its |the )?(?:ipo|listing|initial|go public|list)");

    private static final Pattern SHARES_OF = Pattern.compile("(?i)^(?:shares|stock) (?:of|in) ");

    private static final Pattern EXCHANGE = Pattern.compile("(?i)\\b(?<exchange>Nasdaq(?: (?:Stockholm|Copenhagen"
            + "|Helsinki|First North|Global Select|Global Market|Capital Market|Dubai))?|NYSE(?: American| Arca)?"
            + "|New York Stock Exchange|London Stock Exchange|LSE|AIM|Euronext(?: (?:Paris|Amsterdam|Brussels|Dublin"
            + "|Lisbon|Oslo|Milan|Growth))?|Deutsche B[oö]rse|Frankfurt Stock Exchange|Xetra|SIX Swiss Exchange"
            + "|SIX|Swiss Exchange|Hong Kong Stock Exchange|HKEX|Tokyo Stock Exchange|Shanghai Stock Exchange"
            + "|Shanghai STAR Market|STAR Market|Shenzhen Stock Exchange|ChiNext|ASX|Australian Securities Exchange"
            + "|TSX Venture Exchange|TSX Venture|TSX|Toronto Stock Exchange|NSE|BSE|Bombay Stock Exchange"
            + "|National Stock Exchange|SGX|Singapore Exchange|KOSDAQ|KOSPI|Korea Exchange|Tadawul|Saudi Exchange"
            + "|Borsa Istanbul|Oslo B[oø]rs|Johannesburg Stock Exchange|JSE|B3|Bursa Malaysia"
            + "|Indonesia Stock Exchange|IDX|Taiwan Stock Exchange|Madrid Stock Exchange|Borsa Italiana"
            + "|Warsaw Stock Exchange|Dubai Financial Market|Abu Dhabi Securities Exchange|ADX"
            + "|Tel Aviv Stock Exchange|TASE|NZX|Cboe|Nasdaq Nordic|Frankfurt|Hong Kong|Tokyo|Shanghai|Shenzhen"
            + "|Stockholm|Amsterdam|Paris|London|Mumbai|Toronto|Sydney|Singapore|Riyadh|Seoul|Taipei)\\b");

    @Override
    public long patterns() {
        return WordPattern.bits(LISTING);
    }

    @Override
    public List<TriggerType> types() {
        return List.of(TriggerType.IPO);
    }

    /**
     * Also a company's first day of trading ("shares climb on their first full day of trading", "will open trading on
     * Nasdaq"): the news of an IPO that names none. Not among the words the model is told of: "first" and "open" say
     * nothing of a listing by themselves.
     */
    @Override
    public boolean mayFind(Sentence sentence) {
        return mayApply(sentence) || mayTradeFirst(sentence);
    }

    private static boolean mayTradeFirst(Sentence sentence) {
        String lower = sentence.lower();
        return lower.contains("first") && lower.contains("day of") || lower.contains("open trading")
                || lower.contains("opens trading") || lower.contains("first trading day")
                || lower.contains("raise") && lower.contains(" on ") || lower.contains(" welcome");
    }

    /**
     * "Nasdaq Welcomes Acme Ltd. to Nasdaq Global Select": an exchange that opens a sentence welcoming a company to
     * its market tells of that company's listing; the company welcomed, or null.
     */
    private static @Nullable String welcomedByExchange(Sentence sentence) {
        String text = sentence.text();
        int start = text.startsWith("The ") ? 4 : 0;
        Matcher exchange = EXCHANGE.matcher(text).region(start, text.length());
        if (!exchange.lookingAt() || !WELCOMES.matcher(text).region(exchange.end(), text.length()).lookingAt()) {
            return null;
        }
        int after = text.indexOf(' ', exchange.end() + 1) + 1;
        String company = sentence.nameStartingAt(sentence.wordFrom(after));
        int end = company == null ? -1 : text.indexOf(company, after) + company.length();
        return end > 0 && TO_ITS_MARKET.matcher(text).region(end, text.length()).lookingAt()
                && !exchangeName(company) && !Places.isPlace(company) ? company : null;
    }

    private static final Pattern WELCOMES = Pattern.compile("(?i) welcomes? ");

    /** What follows the company welcomed: its ticker, then the market it joins. */
    private static final Pattern TO_ITS_MARKET = Pattern.compile("(?i)(?: \\[[^\\]]{1,12}\\])?,? to (?:the |its )?");

    private static final Pattern FIRST_DAY = Pattern.compile("(?i)\\b(?:(?:in|on) (?:its |their |the )?first "
            + "(?:full )?day of (?:public )?trading|first trading day|(?:to )?opens? trading on"
            // "raises $25M on Nasdaq": the money a listing brought
            + "|raises? " + Money.AMOUNT + " on (?:the )?(?:nasdaq|nyse|asx|aim|tsx|lse"
            + "|hkex))\\b"
            // the first day of a year's or a week's trading, or the first after some news, is no debut
            + "(?! (?:after|since|following|in (?:\\d|the new)|of (?:the|this|20\\d\\d)|this|next))");

    /**
     * A listing called off, eyed or possible, a later offering, a token or a company long listed: no IPO, with or
     * without a finder.
     */
    @Override
    public boolean rulesOut(Sentence sentence) {
        return mayApply(sentence) && LISTING.in(sentence).find()
                && (DENIES.foundIn(sentence.text()) || writer(sentence.text()));
    }

    @Override
    public void find(Sentence sentence, List<Detection> found) {
        String text = sentence.text();
        WordPattern.Scan listing = LISTING.in(sentence);
        boolean listed = false;
        while (!listed && listing.find()) {
            // a debut or a listing counts on an exchange or a market: not "makes NBA debut", not "job listing"
            listed = listing.group("debut") == null || listing.group("venue") != null || VENUE_BEFORE
                .matcher(text.substring(Math.max(0, listing.start() - 40), listing.start())).find();
        }
        int at = listed ? listing.start() : -1;
        if (!listed && mayTradeFirst(sentence)) {
            Matcher firstDay = FIRST_DAY.matcher(text);
            at = firstDay.find() ? firstDay.start() : -1;
            listed = at >= 0;
        }
        String welcomed = listed ? null : welcomedByExchange(sentence);
        if (welcomed != null && !notAnIpo(text)) {
            found.add(new Detection(welcomed, new TriggerDetails.Ipo(exchangeOf(text, welcomed), null, null), 0.8));
            return;
        }
        if (!listed || notAnIpo(text) || PLANNED.matcher(text).region(0, at).find()
                || IPO_PLANS.matcher(text).find()) {
            return;
        }
        // "Quillmere's IPO a letdown": the company's own IPO is the news, though no verb tells what it did
        boolean acts = ACT.matcher(text).find();
        String owner = acts ? null : ownerOfIpo(sentence, at);
        if (!acts && owner == null) {
            return;
        }
        String company = owner != null ? owner : companyOf(sentence, at, text);
        if (company == null) {
            return;
        }
        Money money = FundingFinder.firstAmount(text, 0, text.length());
        found.add(new Detection(company, new TriggerDetails.Ipo(exchangeOf(text, company),
                money == null ? null : money.amount(), money == null ? null : money.currency()), 0.88));
    }

    /** Whether {@link #NOT_AN_IPO} matches anywhere in the text. */
    private static boolean notAnIpo(String text) {
        return NOT_AN_IPO.foundIn(text) || SPAN_AFTER.matcher(text).find() || writer(text);
    }

    /** "I've bought shares in its IPO": a writer's own bid, which the words asked in lower case do not tell. */
    private static boolean writer(String text) {
        return text.indexOf('I') >= 0 && WRITER.matcher(text).find();
    }

    /** The name whose possessive stands right before the IPO at {@code at} ("Tradeweb's IPO"), or null. */
    private static @Nullable String ownerOfIpo(Sentence sentence, int at) {
        String text = sentence.text();
        boolean ipo = text.regionMatches(true, at, "ipo", 0, 3)
                || text.regionMatches(true, at, "initial public offering", 0, 23);
        if (!ipo || !(text.startsWith("'s ", at - 3) || text.startsWith("s' ", at - 3))) {
            return null;
        }
        int word = sentence.wordAt(at) - 1;
        String owner = sentence.nameEndingAt(word);
        // "an option of underwriters in Helm's IPO": a part others take in it, told about them
        int start = owner == null ? -1 : text.lastIndexOf(owner, at);
        if (start >= 3 && text.startsWith("in ", start - 3)) {
            return null;
        }
        return owner == null || Places.isPlace(owner) || exchangeName(owner) ? null : owner;
    }

    /** "an initial public offering of 500,000 common shares of Acme", "IPO of Acme": the issuer after the offer. */
    private static final Pattern OFFERING_OF = Pattern.compile("(?i)\\b(?:ipo|initial public offering|initial offering"
            + "|public flotation(?: offer)?)(?: of (?:(?:about |some |up to )?[\\d.,]+ (?:mln |million |billion )?)?"
            + "(?:[\\w-]+ ){0,3}?(?:shares|units|stock) (?:of|in)| of) (?=(?-i:[A-Z]))");

    /**
     * The company whose shares an offering sells, where the sentence names it after the offering ("initial public
     * offering of 500,000 shares of Acme") or as the owner of the IPO others take part in ("buy shares in Acme
     * IPO", "closing of Acme Corp $115 million IPO"), or null.
     */
    static @Nullable String issuerOf(Sentence sentence) {
        String text = sentence.text();
        Matcher offeringOf = OFFERING_OF.matcher(text);
        if (offeringOf.find()) {
            String issuer = sentence.nameStartingAt(sentence.wordFrom(offeringOf.end()));
            if (issuer != null && !Places.isPlace(issuer) && !exchangeName(issuer)
                    && !SECURITY.matcher(issuer).lookingAt()) {
                return issuer;
            }
        }
        Matcher inIpo = IN_AN_IPO.matcher(text);
        while (inIpo.find()) {
            String issuer = sentence.nameStartingAt(sentence.wordFrom(inIpo.end()));
            int at = issuer == null ? -1 : text.indexOf(issuer, inIpo.end());
            if (at >= 0 && IPO_AFTER.matcher(text).region(at + issuer.length(), text.length()).lookingAt()
                    && !Places.isPlace(issuer) && !exchangeName(issuer)) {
                return issuer;
            }
        }
        return null;
    }

    private static final Pattern IN_AN_IPO = Pattern.compile("(?i)\\b(?:in|of) (?:the )?(?=(?-i:[A-Z]))");

    private static final Pattern IPO_AFTER = Pattern.compile("(?i)'?s? (?:" + Money.AMOUNT
            + " )?(?:ipo|initial public offering)\\b");

    /** "IPO of Common Stock": what is offered, not who offers it. */
    private static final Pattern SECURITY = Pattern.compile("(?i)(?:common|class|ordinary|preferred|units?|shares?"
            + "|american depositary|stock|securities)\\b");

    private static @Nullable String companyOf(Sentence sentence, int listingStart, String text) {
        String issuer = issuerOf(sentence);
        if (issuer != null) {
            return issuer;
        }
        Matcher sharesOf = SHARES_OF.matcher(sentence.text());
        if (sharesOf.find()) {
            return sentence.nameStartingAt(sentence.wordFrom(sharesOf.end()));
        }
        Matcher act = ACT.matcher(text);
        if (act.find() && act.start() <= listingStart + 40) {
            Sentence.Subject subject = Finder.subject(sentence, act);
            if (subject != null && subject.name() != null && !Places.isPlace(subject.name())
                    && !exchangeName(subject.name())) {
                return subject.name();
            }
        }
        String leading = sentence.leadingName();
        if (leading == null || Places.isPlace(leading) || exchangeName(leading)) {
            return null;
        }
        int at = sentence.text().indexOf(leading);
        return at < 0 || at <= listingStart || sentence.text().startsWith("The") ? leading : null;
    }

    private static boolean exchangeName(String name) {
        Matcher exchange = EXCHANGE.matcher(name);
        return exchange.matches();
    }

    /** The exchange named, but not as part of the company's own name ("Hong Kong Broadband"). */
    static @Nullable String exchangeOf(String text, String company) {
        Matcher exchange = EXCHANGE.matcher(text);
        while (exchange.find()) {
            String name = exchange.group("exchange");
            if (!company.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))) {
                return name;
            }
        }
        return null;
    }
}
