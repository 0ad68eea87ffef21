package dev.kairos.ingest.detect;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
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
 * {@code FUNDING_ROUND}: "Crate raises $4M seed round", "Acme secures €20 million Series B led by Foo",
 * "Sequoia leads $30M round in Acme". Not an IPO, a bond, a bank loan, a fund closing, a price or guidance raised.
 */
final class FundingFinder implements Finder {

    /** Verbs that mean money came in when an amount or a funding word follows; "recieves" as headlines misspell it. */
    private static final WordPattern VERB = new WordPattern("(?i)\\b(?:raises?|raised|raising|secures?|secured|securing"
            + "|closes?|closed|closing|lands?|landed|nabs?|nabbed|bags?|bagged|gets?|got|receives?|received"
            + "|recieves?|recieved|snags?"
            + "|snagged|scores?|scored|grabs?|grabbed|pulls? in|pulled in|picks? up|picked up|collects?|collected"
            + "|attracts?|attracted|completes?|completed|announces?|announced|wins?|won|banks?|banked|hauls? in"
            + "|hauled in|rakes? in|raked in|clinches|clinched|nets?|netted|obtains?|obtained|draws?|drew|adds?"
            + "|added|books?|booked|tops? up|extends?|extended|scoops?|scooped|brings? in|brought in|takes? in|took in"
            + "|emerges? from stealth with|emerged from stealth with|launches? with|launched with|unveils?|unveiled"
            + "|expands?|expanded|lock(?:s|ed)? in|inks?|inked|seals?|sealed|finalizes?|finalises?|finalized|finalised"
            + "|wraps? up|wrapped up|(?:is |has been |was )?awarded|wins?|won|hits?|reaches|reached|notches"
            + "|notched|achieves|achieved|takes?|took|snares?|snared|tall(?:ies|ied)|hooks? in|hooked in|finds"
            + "|locates|packs? away|packed away|taps?|tapped)\\b");

    /**
     * Verbs of a round only with a round's word after them ("conducts $12M debt round", "lines up venture debt"): not
     * told to the model as verbs of money, as most of their uses are not ("conducts layoffs", "lines up banks"). A
     * company gains or welcomes investors only where they are the verb's object and end it ("Tessaly Gains New
     * Investor", "welcomes investors to the team"): its shares gain, and it welcomes investors to a meeting or gains
     * their confidence, far more often.
     */
    private static final WordPattern RARE_VERB = new WordPattern("(?i)\\b(?:conducts?|conducted|lines? up|lined up"
            + "|(?:gains?|gained|welcomes?|welcomed)(?= (?:an? |new |angel |strategic |lead |its first |first )*"
            + "investors?(?! (?:confidence|interest|trust|support|attention|approval)\\b)(?=$|[,.;:!]| (?-i:[A-Z])"
            + "| (?:to|on|into) (?:the |its |our )?(?:team|board)\\b)))\\b");

    /** The verbs whose subject is the company raising: read in turn, the common ones first. */
    private static final List<WordPattern> COMPANY_VERBS = List.of(VERB, RARE_VERB);

    /** A lender that grants a company credit ("grants Pellucid $4m credit"); most grants are no lender's. */
    private static final WordPattern GRANTS = new WordPattern("(?i)\\b(?:grants?|granted)\\b");

    /** Verbs that are about money by themselves; the rest need a funding word ("completes Series B"). */
    private static final Pattern MONEY_VERB = Pattern.compile("(?i)raise|raising|secur|land|nab|bag|snag|snare|tall"
            + "|reciev"
            + "|hook|score|award|"
            + "grab|pull|pick|collect|attract|bank|haul|rake|net|get|got|receiv|take|took|bring|brought|scoop|"
            + "emerge|launch|lock|close|add|book|tap");

    /** Investors as the subject: "Sequoia leads $30M round in Acme", "Microsoft invests $10B in OpenAI". */
    private static final WordPattern INVESTOR_VERB = new WordPattern("(?i)\\b(?:leads?|led|co-leads?|co-led|backs?"
            + "|backed|invests?|invested|pours?|poured|puts?|injects?|injected|bets?|pumps?|pumped|funds?|funded"
            + "|doubles down on|commits?|committed|provides?|provided|extends?|extended|makes?|made|leads?|finances"
            + "|financed)\\b");

    private static final List<WordPattern> INVESTOR_VERBS = List.of(INVESTOR_VERB, GRANTS);

    static final Pattern FUNDING_WORD = Pattern.compile("(?i)\\b(?:funding|round(?! of (?!funding|financing"
            + "|investment|capital))|financing|investment(?! (?:group|firm|bank|banker|banking|company|house|manager"
            + "|arm|vehicle|trust|adviser|advisor|management|returns?))|"
            + "pre-seed|seed|series [a-j]\\b|venture debt|venture capital|capital injection|equity|convertible|"
            + "grant|backing|growth capital|private placement|capital raise|raise|vc money|investors?"
            + "|cash(?! flows?| position| pile| reserves?| dividends?| offer| deal| tender| bid| payments?| balance))"
            + "s?\\b");

    /** A count as a wire story writes it in words: "one mln shares", "nine mln dlrs of stock". */
    private static final String NUMBER_WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|fifteen|twenty|thirty|forty|fifty|a half)";

    /** What was raised when it was not money from investors. */
    private static final java.math.BigDecimal SMALLEST_ROUND = java.math.BigDecimal.valueOf(10_000);

    /**
     * What was raised, closed or won when it was not money from investors: "raises prices", "closes store", "completes
     * its exit" (a sale of what an investor held).
     */
    private static final Set<String> NOT_FUNDING = WordList.of("not-funding-objects");

    private static final Pattern NOT_FUNDING_PHRASE = Pattern.compile("(?i)\\b(?:the bar|rights issue|credit facility"
            + "|credit line|line of credit|term loan|initial public offering|public offering|share sale|market debut"
            + "|deal to (?:buy|acquire)|sale of|grant from the (?:government|state|eu|city)|government grant"
            + "|foreign direct investment)\\b");

    /** Anywhere after the verb: money that is a deal, pay, charity or a fund of the investor's own. */
    private static final Pattern NOT_RAISED = Pattern.compile("(?i)\\b(?:deal|acquisition|purchase|takeover|merger"
            + "|buyout|compensation|pay package|bonus|salary|salaries|for charity|charities|for (?:children|victims"
            + "|relief|hospitals?|families|the homeless|ukraine|refugees)|donations?"
            + "|(?<!to )(?<!fresh )funds?(?!ing|ed|raising| from)"
            + "|rights issue|bond|bonds|notes offering|senior notes|credit facilit\\w*|loan facility|revenue|sales"
            + "|profit|contracts?|orders?|projects?|loans?|refinanc\\w*|pre-?sale|warrant exercises?|debentures"
            + "|stock sale|share sale|(?<!private )(?<!placement )offering|on (?:the )?(?:nasdaq|nyse|asx|aim)"
            + "|majority|controlling|debt securities)\\b");

    /** "receives a letter saying it could raise $50M": money the company only may raise. */
    private static final Pattern MAY_RAISE = Pattern.compile("(?i)\\b(?:could|may|might|would) raise\\b");

    /** "to raise 60 mln stg in a notes issue": debt sold as securities, read before "by" could name investors. */
    private static final Pattern DEBT_ISSUE = Pattern.compile("(?i)\\b(?:notes?|bonds?|debentures?) issue\\b");

    /**
     * Money that comes from no investor: lent by a bank ("secures £2M with Northfield Bank"), or the proceeds of a
     * sale, a settlement or warrants exercised ("gets $2 bln from its brewing unit sale").
     */
    private static final Pattern NOT_FROM_INVESTORS = Pattern.compile("\\b(?:from|with|by) (?:the )?"
            + "(?:[A-Z][\\w&.'-]* ){0,3}(?:Bank|BANK|Bancorp|BANCORP|Banque)\\b"
            + "|\\b(?:from|with|by) (?:HSBC|Barclays|Lloyds|Santander|JPMorgan"
            + "|Wells Fargo|Citibank|BNP Paribas)\\b|(?i:\\bbank (?:loans?|debt|financing|facility|credit)\\b"
            + "|\\bfrom (?:its |the |a |an )?(?:[\\w'-]+ ){0,3}(?:(?<!private )sale|divestiture|disposal|settlement"
            + "|warrants?(?: exercises?)?)\\b)");

    private static boolean notFromInvestors(String object) {
        return mayComeFromNoInvestor(object) && NOT_FROM_INVESTORS.matcher(object).find();
    }

    /**
     * Whether the text holds the words one of {@link #NOT_FROM_INVESTORS}' alternatives must hold: a bank's name as
     * written, a bank's loan, or "from" and a sale. "sales" and "urban" alone no longer send every round through the
     * search.
     */
    private static boolean mayComeFromNoInvestor(String text) {
        for (String bank : BANKS) {
            if (text.contains(bank)) {
                return true;
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("bank ")) {
            return true;
        }
        if (!lower.contains("from ")) {
            return false;
        }
        for (String proceeds : PROCEEDS) {
            if (lower.contains(proceeds)) {
                return true;
            }
        }
        return false;
    }

    /** The banks of {@link #NOT_FROM_INVESTORS}, in its case: "Ban" of "Bank", "Bancorp" and "Banque". */
    private static final List<String> BANKS = List.of("Ban", "BAN", "HSBC", "Barclays", "Lloyds", "Santander",
            "JPMorgan", "Wells Fargo", "Citibank", "BNP Paribas");

    /** What money comes from in {@link #NOT_FROM_INVESTORS} when no investor gives it. */
    private static final List<String> PROCEEDS = List.of("sale", "divestiture", "disposal", "settlement", "warrant");

    /**
     * A loan, credit or debt, as a venture lender provides it ("provides $19M loan to", "gets $2M debt from Harlow
     * Ventures"): venture debt when no bank lends it (TRIGGERS.md).
     */
    private static boolean lends(String object) {
        return LOAN.matcher(object).find();
    }

    private static final Pattern LOAN = Pattern.compile("(?i)\\b(?:loans?|credit|debt)\\b");

    /** Whether a lender is a bank by its name: "Northfield Bank", "Harbor Bancorp", "Banque Orvid". */
    private static boolean isBank(@Nullable String lender) {
        return lender == null || lender.contains("Ban") || lender.contains("BAN") || BANK_NAMES.contains(lender);
    }

    private static final Set<String> BANK_NAMES = WordList.of("bank-names");

    /** A loan or credit from a lender named as an investor: "$2M debt from Harlow Ventures". */
    private static final Pattern LOAN_FROM_INVESTOR = Pattern.compile("(?i)\\b(?:loans?|credit|debt)(?: facility"
            + "| line| financing)? from (?-i:[A-Z][\\w&.'-]*(?: [A-Z][\\w&.'-]*){0,4})");

    private static boolean loanFromInvestor(String object) {
        Matcher loan = LOAN_FROM_INVESTOR.matcher(object);
        if (!loan.find()) {
            return false;
        }
        String lender = loan.group().substring(loan.group().indexOf(" from ") + 6);
        return isFundManager(lender) && !isBank(lender);
    }

    /** "Invests $15M in Pixelwood Studios joint venture": a venture of the investor's own, not a round. */
    private static final Pattern JOINT_VENTURE = Pattern.compile("(?i)\\bjoint venture\\b");

    /** People who raise money for others: "Salesforce employees raise $5 million for …". */
    private static final Pattern PEOPLE = Pattern.compile("(?i)\\b(?:employees|staff|workers|fans|customers|users"
            + "|shareholders|students|volunteers|founders?|ceo|cfo)\\b");

    private static final Pattern ROUND = Pattern.compile("(?i)\\b(?:(?<pre>pre-seed|pre seed|preseed)|(?<seed>seed)"
            + "|series (?<letter>[a-j])\\b|(?<growth>growth(?: equity| round| funding| financing| investment)|"
            + "late-stage|late stage|pre-ipo)|(?<debt>venture debt|debt financing|debt funding|credit financing|"
            + "debt round)|(?<convertible>convertible(?: note)?s?|safe note)|(?<grant>grant))");

    private static final Pattern INVESTORS = Pattern.compile("(?i)\\b(?:co-led by|led by|from|backed by|with "
            + "participation (?:from|of|by)|participation from|investors? includ(?:ing|e)|including|joined by|with "
            + "backing from|backing from|with support from|support from|by)\\s+");

    private static final Pattern INVESTOR_STOP = Pattern.compile("(?i)(?:\\. |; | to | for | at | as | with | in "
            + "| that | which | who | valuing | bringing | taking | - |, bringing|, taking|, valuing|, to |\\.$|$)");

    @Override
    public long patterns() {
        return WordPattern.bits(VERB, INVESTOR_VERB);
    }

    /**
     * Also where a company sells shares ("sold 200,000 shares") or a listing line names a round ("Acme: Series B
     * $5M"): not told to the model as a verb of raising money, whose signal would change meaning.
     */
    @Override
    public boolean mayFind(Sentence sentence) {
        long masks = sentence.masks();
        if ((masks & (patterns() | WordPattern.bits(RARE_VERB, GRANTS))) != 0) {
            return true;
        }
        String lower = sentence.lower();
        return (masks & WordPattern.bits(SHARE_SALE)) != 0 && SHARE_WORD.matcher(lower).find()
                || (masks & WordPattern.bits(ROUND_WORD)) != 0 && lower.contains(": ") || mayCarryRound(lower)
                || mayBuyNewShares(lower);
    }

    /** Whether a round may be what the company's news comes with: "with", "backed by" and a round's word. */
    private static boolean mayCarryRound(String lower) {
        return (lower.contains("with ") || lower.contains("backed by")) && (lower.contains("series ")
                || lower.contains("seed") || lower.contains("funding") || lower.contains("financing")
                || lower.contains("$") || lower.contains("€") || lower.contains("£"));
    }

    /**
     * A named round the company's news comes with: "Acme Launches With $6M Series A", "Acme Opens Lab, Backed By $2M
     * In Seed Funding". The round's word must follow an amount or be a round's ("seed round"), not describe investors.
     */
    private static final Pattern WITH_ROUND = Pattern.compile("(?i)\\b(?:with|backed by) (?:a |an |its |their |new "
            + "|fresh )?(?:(?:US|C|A)?[$€£] ?[\\d.,]+ ?(?:" + Money.SCALE_WORD + "|k)?\\b (?:in )?(?:pre-seed"
            + "|seed|series [a-j])\\b|(?:pre-seed|seed|series [a-j]) (?:round|funding|financing)\\b"
            + "|(?:(?:US|C|A)?[$€£] ?[\\d.,]+ ?(?:" + Money.SCALE_WORD + "|k)?\\b (?:in )?)?(?:new |fresh )?"
            + "(?:funding|financing)(?: round)?(?= and |, | from | led |$)"
            + "|(?:US|CA|C|A)?[$€£] ?[\\d.,]+ ?(?:" + Money.SCALE_WORD + "|k)?(?= and (?:an? |the )|$))");

    private @Nullable Detection withRound(Sentence sentence) {
        String text = sentence.text();
        Matcher round = WITH_ROUND.matcher(text);
        String company = sentence.leadingName();
        if (!round.find() || company == null || Places.isPlace(company)
                || ExecutiveMoveFinder.looksLikePerson(company) && !sentence.titleCase()
                || isIpo(text) || PEOPLE.matcher(text.substring(0, round.start())).find()) {
            return null;
        }
        return detection(sentence, company, firstAmount(text, round.start(), text.length()), round.start(), List.of(),
                false);
    }

    private static final Pattern SHARE_WORD = Pattern.compile("\\b(?:shares|stock|preferred|common|units)\\b");

    @Override
    public List<TriggerType> types() {
        return List.of(TriggerType.FUNDING_ROUND);
    }

    @Override
    public void find(Sentence sentence, List<Detection> found) {
        for (WordPattern companyVerb : COMPANY_VERBS) {
            WordPattern.Scan verb = companyVerb.in(sentence);
            while (verb.find()) {
                Detection detection = fromCompanyVerb(sentence, verb);
                if (detection != null) {
                    found.add(detection);
                    return;
                }
            }
        }
        for (WordPattern investorVerb : INVESTOR_VERBS) {
            WordPattern.Scan investor = investorVerb.in(sentence);
            while (investor.find()) {
                Detection detection = fromInvestorVerb(sentence, investor);
                if (detection != null) {
                    found.add(detection);
                    return;
                }
            }
        }
        WordPattern.Scan sale = SHARE_SALE.in(sentence);
        while (sale.find()) {
            Detection detection = fromShareSale(sentence, sale);
            if (detection != null) {
                found.add(detection);
                return;
            }
        }
        if (mayCarryRound(sentence.lower())) {
            Detection carried = withRound(sentence);
            if (carried != null) {
                found.add(carried);
                return;
            }
        }
        if (mayBuyNewShares(sentence.lower())) {
            Detection bought = fromNewSharesBought(sentence);
            if (bought != null) {
                found.add(bought);
                return;
            }
        }
        Matcher line = ROUND_LINE.matcher(sentence.text());
        // every listing line holds ": Series": most sentences do not, and are spared the pattern's backtracking
        if (sentence.text().contains(": Series") && line.matches() && !Places.isPlace(line.group("company"))) {
            Money money = firstAmount(sentence.text(), line.start("round"), sentence.text().length());
            found.add(detection(sentence, line.group("company"), money, line.start("round"), List.of(), false));
        }
    }

    /** The round's word that opens a listing line's second part. */
    private static final WordPattern ROUND_WORD = new WordPattern("(?i)\\bseries [a-j]\\b", ":");

    /** A round as a listing line: "Acme Therapeutics, Inc.: Series C $21.4M". */
    private static final Pattern ROUND_LINE = Pattern.compile("(?<company>[A-Z][^:;]{1,60}?)(?:,? (?:Inc|Ltd|LLC"
            + "|Corp|SA|AG|GmbH)\\.?)?: (?<round>Series [A-J]"
            + "[\\w -]{0,20}?) (?:US|C|A)?[$€£] ?[\\d.,]+ ?(?:[MKmk]|mm|million|bn|billion)?\\.?");

    /** A company selling its own new shares: "sold 150,000 new shares to a group of investors". */
    private static final WordPattern SHARE_SALE = new WordPattern("(?i)\\b(?:sells?|sold|selling|sell|agrees? to "
            + "sell|agreed to sell|(?:completes?|completed|closes?|closed) (?:the |a |its )?(?:previously announced "
            + "|private )*sale of)\\b", "share", "stock", "preferred", "common", "units");

    /** What a company sells of itself to investors: its shares, common or preferred stock, units. */
    private static final Pattern OWN_SHARES = Pattern.compile("(?i)^,?(?: privately| to [^,;]{1,60}?)?,? "
            + "(?:about |approximately |up to |some |an additional )?(?:(?:(?:US|C|A)?[$€£] ?)?(?:[\\d.,]+|"
            + NUMBER_WORD + ") (?:mln |million |billion )?(?:canadian |u\\.s\\. |australian )?(?:dlrs |dollars )?"
            + "(?:\\([^)]{1,20}\\) )?(?:of |worth of )?)?(?:its |the company's |the |new |restricted |newly issued "
            + "|treasury |class [ab] |common |preferred |convertible |cumulative |voting |subordinate |redeemable "
            + "|ordinary |exchangeable |participating |non-voting |series [a-z] )*(?:shares|stock|preferred|common"
            + "|units|equity)\\b");

    /** Sales that are no round: a stake of one company sold by another, debt, a public or rights offering. */
    private static final Pattern NOT_A_PLACEMENT = Pattern.compile("(?i)\\b(?:stake|notes|debentures|bonds?|debt"
            + "|public offering|underwrit\\w*|rights|for resale|secondary|shareholders? (?:sell|sold)|its holdings?"
            + "|holding in|control\\w*|majority|merger|acquisition|tender|(?:purchase|acquisition) of)\\b");

    private static final Pattern INSIDERS = Pattern.compile("(?i)\\b(?:chairman|president|chief|officers?|directors?"
            + "|holders?|shareholders?|founders?|executives?|employees|family|trust|estate)\\b");

    private @Nullable Detection fromShareSale(Sentence sentence, MatchResult verb) {
        String text = sentence.text();
        int end = Finder.clauseEnd(sentence, verb.end());
        String object = text.substring(verb.end(), end);
        if (!OWN_SHARES.matcher(object).lookingAt() || NOT_A_PLACEMENT.matcher(text).find()) {
            return null;
        }
        Sentence.Subject subject = Finder.subject(sentence, verb);
        if (subject == null || INSIDERS.matcher(subject.between()).find()
                || INSIDERS.matcher(text.substring(0, verb.start())).find()) {
            return null;
        }
        String reporter = sentence.topic();
        if (reporter != null && !subject.inherited() && !reporter.equals(subject.name())
                && !reporter.contains(subject.name()) && !NEW_SHARES.matcher(object).find()) {
            // "Orvid said Halvex Holdings sold 90,000 shares to investors": a holder's shares
            return null;
        }
        boolean toInvestors = object.toLowerCase(Locale.ROOT).contains("privately")
                || PRIVATE.matcher(text).find() || INVESTORS_TO.matcher(object).find();
        if (!toInvestors) {
            return null;
        }
        return detection(sentence, subject.name(), firstAmount(text, verb.end(), end), verb.end(), List.of(),
                subject.inherited());
    }

    private static final Pattern PRIVATE = Pattern.compile("(?i)\\bprivate(?:ly)?\\b");

    /**
     * Whether the text (lower case) may tell of new shares an investor takes up: shares that are new, newly issued or
     * from the treasury, or shares subscribed to.
     */
    private static boolean mayBuyNewShares(String lower) {
        return lower.contains("shares") && (lower.contains("new") || lower.contains("treasury")
                || lower.contains("subscrib"));
    }

    /**
     * An investor buying shares a company issues: "Orvid Corp agreed to buy 400,000 treasury shares of Tamsell Inc",
     * "will subscribe for 12 mln shares in shipping group, Halvex Plc", "purchases 800,000 newly issued shares of
     * Pellucid Corp". New shares placed with an investor are a round of the company that issues them
     * (TRIGGERS.md), however large a part they make; shares bought from holders or on the market are none.
     */
    private static final Pattern NEW_SHARES_BOUGHT = Pattern.compile("(?i)\\b(?:buys?|bought|buying|purchase[sd]?"
            + "|purchasing|acquire[sd]?|acquiring|(?<subscribes>subscribe[sd]?|subscribing) (?:to|for)) (?:about "
            + "|approximately |an initial |an additional |some |up to )?[\\d.,]+ (?:mln |million |billion )?"
            + "(?<new>new |newly issued |treasury )?(?:common |ordinary |preferred |convertible |class [ab] )*shares "
            + "(?:of|in) (?<issued>newly issued )?(?:[a-z][\\w-]*(?: [\\w-]+){0,5}, )?(?-i:[A-Z])");

    private @Nullable Detection fromNewSharesBought(Sentence sentence) {
        String text = sentence.text();
        Matcher bought = NEW_SHARES_BOUGHT.matcher(text);
        if (!bought.find() || bought.group("new") == null && bought.group("subscribes") == null
                && bought.group("issued") == null) {
            return null;
        }
        String company = sentence.nameStartingAt(sentence.wordFrom(bought.end() - 1));
        Sentence.Subject investor = Finder.subject(sentence, bought);
        if (company == null || investor == null || company.equals(investor.name()) || Places.isPlace(company)) {
            return null;
        }
        Money money = firstAmount(text, bought.end(), Finder.clauseEnd(sentence, bought.end()));
        if (money != null && money.amount().compareTo(SMALLEST_ROUND) < 0) {
            // "at 4.10 dlrs each": what one share costs, not the money raised
            money = null;
        }
        return detection(sentence, company, money, bought.end(), List.of(investor.name()), false);
    }

    /** Shares a company issues itself, as a story about another company says of them: "its new shares". */
    private static final Pattern NEW_SHARES = Pattern.compile("(?i)\\b(?:its|new|newly issued|treasury)\\b");

    /** "to an investor group", "to Fox-Pitt, Kelton NV", "with institutional investors": who buys the shares. */
    private static final Pattern INVESTORS_TO = Pattern.compile("(?i)\\b(?:to|with) (?:an? |the |two |three |several "
            + "|closely-held |closely held )?(?:(?:group of |institutional |private |outside |foreign )*investors?"
            + "|investor group|(?:(?:newly )?(?:created|formed) |investment (?:banker|bank|firm) )?(?-i:[A-Z]))");

    private @Nullable Detection fromCompanyVerb(Sentence sentence, MatchResult verb) {
        String text = sentence.text();
        if (isBareForm(verb.group()) && !afterToOrWill(text, verb.start()) && !afterPluralSubject(sentence, verb)
                && !forStartup(text, verb.end()) || afterDeterminer(text, verb.start())) {
            // "hits funding snag": a bare "snag", "land" or "score" is a noun unless "to", "will" or companies
            // joined as its subject make it a verb; so is "books" or "nets" after "its" or "the" ("closed its books
            // for investors")
            return null;
        }
        if (isPresale(sentence.lower()) || isDebtExchange(sentence.lower())) {
            return null;
        }
        int end = Finder.clauseEnd(sentence, verb.end());
        String object = text.substring(verb.end(), end);
        Money money = firstAmount(text, verb.end(), end);
        if (money != null && money.amount().compareTo(SMALLEST_ROUND) < 0) {
            // "$2112" is a rent or a price, not a round
            money = null;
        }
        if (object.startsWith(" to ") || CAPITAL_TO.matcher(object).lookingAt() || paysACoupon(object)
                || failedBefore(text, verb.start()) || MAY_RAISE.matcher(object).find()) {
            // "close to", "raises to": not money coming in; nor capital raised to a level ("raise its capital to 90
            // mln francs from 40 mln", a rights or bonus issue), notes that pay a coupon, or money not obtained
            return null;
        }
        if (inProgress(text, verb)) {
            return null;
        }
        boolean moneyFirst = money != null && money.start() - verb.end() <= 16
                || money == null && BARE_AMOUNT.matcher(object).lookingAt();
        boolean moneyVerb = MONEY_VERB.matcher(verb.group()).lookingAt();
        // "unveils dashboards that help investors": a verb that is not about money by itself names the money
        // before the purpose it serves
        boolean fundingWord = FUNDING_WORD.matcher(moneyVerb ? object : beforeAnyPurpose(object)).find();
        if (money != null && !fundingWord
                && PRICE_OF_A_NAME.matcher(text).region(verb.end(), money.start()).matches()) {
            // "grabs Tessaly for $40M": the price paid for a company, not money raised
            return null;
        }
        if (!(fundingWord || moneyVerb && moneyFirst)) {
            return null;
        }
        String raised = beforeInvestors(beforePurpose(object, money, verb.end()));
        if ((notFunding(head(object)) || NOT_RAISED.matcher(raised).find() || DEBT_ISSUE.matcher(object).find())
                && !loanFromInvestor(object) || isIpo(text) || notFromInvestors(object)) {
            return null;
        }
        Sentence.Subject subject = Finder.subject(sentence, verb);
        String startup = subject == null || PEOPLE.matcher(subject.between()).find()
                ? startupRaisedFor(sentence, object, verb.end()) : null;
        if (startup != null) {
            return detection(sentence, startup, money, verb.end(), List.of(), false);
        }
        String brand = subject == null ? lowerCaseBrand(sentence, verb) : null;
        if (subject == null && brand == null && sentence.titleCase()) {
            brand = leadingNameRightBefore(sentence, verb);
        }
        if (subject == null && brand == null) {
            brand = nameBeforeDashedAside(sentence, verb);
        }
        if (brand != null) {
            return detection(sentence, brand, money, verb.end(), List.of(), false);
        }
        if (subject == null || PEOPLE.matcher(subject.between()).find()) {
            return null;
        }
        String company = subject.name();
        if (company != null && isFundManager(company) && (!fundingWord || OWN_FUND.matcher(text).find())) {
            return null;
        }
        return detection(sentence, company, money, verb.end(), List.of(), subject.inherited());
    }

    /**
     * The company that people raise money for, named after its kind: "Three students raise $200K for startup
     * Quillbit", "Former Orvid chemists land $9M for new co. Tessaly Bio". The people are no company; the startup is.
     */
    private static @Nullable String startupRaisedFor(Sentence sentence, String object, int objectStart) {
        if (!object.contains(" for ")) {
            return null;
        }
        Matcher startup = FOR_STARTUP.matcher(object);
        if (!startup.find()) {
            return null;
        }
        String name = sentence.nameStartingAt(sentence.wordFrom(objectStart + startup.end()));
        return name == null || Places.isPlace(name) ? null : name;
    }

    /** Whether a startup named after its kind follows {@code from}: people's bare "raise" is then a verb. */
    private static boolean forStartup(String text, int from) {
        return text.indexOf(" for ", from) >= 0 && FOR_STARTUP.matcher(text).region(from, text.length()).find();
    }

    private static final Pattern FOR_STARTUP = Pattern.compile("(?i) for (?:their |his |her |a |the |new |own )*"
            + "(?:startup|start-up|company|co\\.|venture) (?=(?-i:[A-Z]))");

    /**
     * A brand written in lower case that opens a headline whose verb is capitalised: "inexio Receives €10M",
     * "ridewell.com Raised Funding". One or two words, none a function word or a description ("startup Raises").
     */
    private static @Nullable String lowerCaseBrand(Sentence sentence, MatchResult verb) {
        int verbWord = sentence.wordAt(verb.start());
        List<Sentence.Word> words = sentence.words();
        if (verbWord < 1 || verbWord > 2 || !Character.isUpperCase(verb.group().charAt(0))
                || !Character.isLowerCase(words.get(0).text().charAt(0))) {
            return null;
        }
        for (int i = 0; i < verbWord; i++) {
            Sentence.Word word = words.get(i);
            if (word.endsClause() || NOT_BRAND_WORDS.contains(word.lower()) || DESCRIPTIONS.contains(word.lower())) {
                return null;
            }
        }
        return sentence.text().substring(words.get(0).start(), words.get(verbWord - 1).end());
    }

    /**
     * A title-case headline's leading name where nothing but capitalised words stands between it and the verb:
     * "Tarrow Hire and Sales Receives £5M" ("Hire" ends the leading name, yet all before the verb is the company).
     */
    private static @Nullable String leadingNameRightBefore(Sentence sentence, MatchResult verb) {
        String name = sentence.leadingName();
        if (name == null || !sentence.text().startsWith(name) || !Character.isUpperCase(verb.group().charAt(0))) {
            return null;
        }
        String between = sentence.text().substring(name.length(), verb.start());
        return between.length() < 30 && BETWEEN_NAME_AND_VERB.matcher(between).matches()
                ? sentence.text().substring(0, verb.start()).strip() : null;
    }

    /**
     * The leading name a description set off by dashes follows right before the verb: "Quillbit -- a site run by
     * three chemists -- has raised $2M", as commas set off an appositive.
     */
    private static @Nullable String nameBeforeDashedAside(Sentence sentence, MatchResult verb) {
        String name = sentence.leadingName();
        String text = sentence.text();
        if (name == null || !text.startsWith(name) || Places.isPlace(name)
                || !(text.contains("--") || text.indexOf('—') >= 0 || text.indexOf('–') >= 0)) {
            return null;
        }
        return DASHED_ASIDE.matcher(text).region(name.length(), verb.start()).matches() ? name : null;
    }

    private static final Pattern DASHED_ASIDE = Pattern.compile(" (?:--|—|–) [^—–]{1,160}? (?:--|—|–) "
            + "(?:(?:has|have|just|recently|now) )*");

    private static final Pattern BETWEEN_NAME_AND_VERB = Pattern.compile("(?: (?:[A-Z][\\w&'-]*|and|&))* ");

    private static final Set<String> NOT_BRAND_WORDS = WordList.of("function-words");

    private static final Set<String> DESCRIPTIONS = WordList.of("descriptors");

    /**
     * An amount without its currency right after the verb, ending its clause or before a preposition: "raises
     * additional 4.5 million", "PUTS 2.5 MILLION INTO …"; not a count of things ("5 million users").
     */
    private static final Pattern BARE_AMOUNT = Pattern.compile("(?i) (?:an? )?(?:additional |another |further "
            + "|fresh |new )?[\\d.,]+ (?:million|billion|mln|bln)"
            + "(?=$|[,.;]| (?:in|into|for|from|to|at|led|as|with)\\b)");

    /** A name, then "for" right before the money: " Tessaly for ", " Orvid Labs for about ". */
    private static final Pattern PRICE_OF_A_NAME = Pattern.compile(" [A-Z][\\w.&'-]*(?: [A-Z][\\w.&'-]*){0,3} for "
            + "(?:about |nearly |some |over |more than |up to )?");

    /** Capital raised to a level: "its capital to", "the firm's share capital to". */
    private static final Pattern CAPITAL_TO = Pattern.compile("(?i) (?:its|the company's|the firm's|the|their) "
            + "(?:share |equity |stock |issued )?capital to ");

    /** Debt that pays a coupon, or runs a term at one: "16 mln 6.5 pct notes", "a seven-year, 5-1/4 pct placement". */
    private static final Pattern DEBT_COUPON = Pattern.compile("(?i)\\b(?:[a-z]+-year,? )?[\\d/.-]+ (?:pct|percent)"
            + "(?: [\\w-]+){0,3} (?:notes|bonds|debentures|eurobonds?|placement)\\b|\\b[a-z]+-year,? [\\d/.-]+ pct\\b");

    /** Whether the object holds a coupon ("pct") and so may be debt of {@link #DEBT_COUPON}. */
    private static boolean paysACoupon(String object) {
        return (object.contains("pct") || object.contains("percent")) && DEBT_COUPON.matcher(object).find();
    }

    /**
     * A round sought in vain or denied: "fails in getting funding", "was unsuccessful in securing", "failed to raise",
     * "elected not to extend".
     */
    private static final Pattern FAILED = Pattern.compile("(?i)\\b(?:fails?|failed|failing) (?:in|to) $"
            + "|\\bunsuccessful in $|\\bunable to $|\\bnot (?:to )?$|n't $");

    /** Whether what stands right before a verb makes it a round sought in vain or denied ({@link #FAILED}). */
    private static boolean failedBefore(String text, int verbStart) {
        return FAILED.matcher(text.substring(Math.max(0, verbStart - 18), verbStart)).find();
    }

    /** "Acme is raising $50M", "Acme Raising Second Round", "after raising": a round not closed, or background. */
    private static final Pattern RAISING_BEFORE = Pattern.compile("(?i)(?:^|\\b(?:is|are|was|were|after|before|since"
            + "|for|of|by|from|while|without) |[^,;:] )$");

    private static boolean inProgress(String text, MatchResult verb) {
        if (!verb.group().equalsIgnoreCase("raising")) {
            return false;
        }
        String before = text.substring(Math.max(0, verb.start() - 10), verb.start());
        // ", raising $5M in its second round" tells what a deal brought; the rest is a round in progress
        return !before.endsWith(", ") && RAISING_BEFORE.matcher(before).find();
    }

    private @Nullable Detection fromInvestorVerb(Sentence sentence, MatchResult verb) {
        String text = sentence.text();
        int end = Finder.clauseEnd(sentence, verb.end());
        String object = text.substring(verb.end(), end);
        String verbWords = verb.group().toLowerCase(Locale.ROOT);
        boolean gives = verbWords.startsWith("provid") || verbWords.startsWith("extend");
        // "Ashby Lending grants Pellucid $4m credit", "Orvid provides Quillbit with a $8M facility": the company first
        boolean backs = verbWords.startsWith("back") || verbWords.startsWith("fund") || verbWords.startsWith("grant")
                || verbWords.startsWith("financ")
                || gives && object.contains(" with ") && !object.contains(" to ");
        boolean leads = verbWords.startsWith("lead") || verbWords.startsWith("co-lead") || verbWords.endsWith("led");
        // "LEADS $9 MILLION INVESTMENT IN ACME", "Fund Provides $20M Financing To Acme": headlines in capitals too
        if (failedBefore(text, verb.start())) {
            return null;
        }
        String lowerObject = object.toLowerCase(Locale.ROOT);
        int in = backs ? 0
                : gives ? indexOfWord(lowerObject, " to ", " for ")
                : leads ? indexOfWord(lowerObject, " in ", " into ", " for ")
                : indexOfWord(lowerObject, " in ", " into ", " on ");
        if (in < 0 && leads) {
            // "Kleiner leads Acme's $30 million round": the company owns the round
            String owner = possessiveAfter(sentence, verb.end(), end);
            if (owner != null && FUNDING_WORD.matcher(object).find()) {
                Sentence.Subject investor = Finder.subject(sentence, verb);
                return investor == null ? null : detection(sentence, owner, firstAmount(text, verb.end(), end),
                        verb.end(), List.of(investor.name()), false);
            }
        }
        if (in < 0 && leads && FUNDING_WORD.matcher(object).find()) {
            // "Acme Names New CEO; Harlow Ventures Leads Its Series B": the round of the sentence's company
            Sentence.Subject investor = Finder.subject(sentence, verb);
            String company = sentence.topic() != null ? sentence.topic() : sentence.leadingName();
            if (investor != null && company != null && !company.equals(investor.name()) && !isFundManager(company)
                    && !investor.inherited() && !Places.isPlace(company)) {
                return detection(sentence, company, firstAmount(text, verb.end(), end), verb.end(),
                        List.of(investor.name()), false);
            }
        }
        if (in < 0) {
            return null;
        }
        Money money = firstAmount(text, verb.end(), end);
        // "Harlow Ventures invests in Quillbit": an investment in a company its investor names counts without an
        // amount, and so does a company a fund manager backs or finances ("Harlow Ventures backs payments app
        // Quillbit"); a capitalised "Fund" in running text is a name's ("Brook Fund Inc.")
        boolean fundInvests = verbWords.startsWith("invest") || backs && !verbWords.startsWith("grant")
                && (Character.isLowerCase(verb.group().charAt(0)) || sentence.titleCase() || sentence.inCapitals())
                && isFundManager(text.substring(0, verb.start()).strip());
        if (money == null && (!FUNDING_WORD.matcher(object).find() || verbWords.startsWith("grant")) && !fundInvests
                || isIpo(object) || JOINT_VENTURE.matcher(object).find()) {
            return null;
        }
        Sentence.Subject investor = Finder.subject(sentence, verb);
        if (investor == null || notFunding(head(object)) && !(lends(object) && !isBank(investor.name()))) {
            return null;
        }
        int companyWord = backs ? sentence.wordFrom(verb.end()) : sentence.wordFrom(verb.end() + in + 1) + 1;
        String company = sentence.nameStartingAt(companyWord);
        if (company == null) {
            company = describedLowerCaseBrand(sentence, companyWord);
        }
        if (company == null || Places.isPlace(company)) {
            return null;
        }
        if (money == null && !FUNDING_WORD.matcher(object).find() && !BARE_AMOUNT.matcher(object).lookingAt()
                && !namesTheCompanyAlone(sentence, company, verb)) {
            return null;
        }
        return detection(sentence, company, money, verb.end(), List.of(investor.name()), false);
    }

    /**
     * Whether an investment without an amount goes to the company itself ("Harlow Ventures invests in Quillbit"), not
     * to a project it names ("invests in Quillbit Bakery expansion"), in a sentence whose case shows names.
     */
    private static boolean namesTheCompanyAlone(Sentence sentence, String company, MatchResult verb) {
        String text = sentence.text();
        int at = text.indexOf(company, verb.end());
        if (at < 0 || sentence.inCapitals()) {
            return false;
        }
        String after = text.substring(at + company.length());
        return !NOUN_AFTER.matcher(after).lookingAt();
    }

    /** A brand in lower case that an appositive describes: "invests in zentrix, a maker of sensors". */
    private static @Nullable String describedLowerCaseBrand(Sentence sentence, int at) {
        List<Sentence.Word> words = sentence.words();
        if (at + 1 >= words.size()) {
            return null;
        }
        Sentence.Word brand = words.get(at);
        String next = words.get(at + 1).lower();
        boolean described = brand.text().endsWith(",") && (next.equals("a") || next.equals("an")
                || next.equals("the"));
        return described && !NOT_BRAND_WORDS.contains(brand.lower()) && !DESCRIPTIONS.contains(brand.lower())
                ? brand.bare() : null;
    }

    /** A lower-case word after a name that makes the name a description: "Quillbit Bakery expansion". */
    private static final Pattern NOUN_AFTER = Pattern.compile(" (?!(?:to|for|as|with|and|in|at|on|from|after|amid"
            + "|via|through|by|of|the|a|an)\\b)[a-z]");

    /** The first name between from and to that owns what follows it ("Acme's"), without its "'s". */
    private static @Nullable String possessiveAfter(Sentence sentence, int from, int to) {
        for (int i = sentence.wordFrom(from); i < sentence.words().size(); i++) {
            Sentence.Word word = sentence.words().get(i);
            if (word.start() >= to || word.endsClause()) {
                return null;
            }
            if (word.possessiveOwner() && sentence.isNameWord(word)) {
                return sentence.nameEndingAt(i);
            }
        }
        return null;
    }

    private Detection detection(Sentence sentence, @Nullable String company, @Nullable Money money, int from,
            List<String> knownInvestors, boolean inherited) {
        String text = sentence.text();
        String round = roundOf(text);
        List<String> investors = new ArrayList<>(knownInvestors);
        for (String investor : investorsOf(sentence, from)) {
            if (!investors.contains(investor) && !investor.equals(company)) {
                investors.add(investor);
            }
        }
        BigDecimal amount = money == null ? null : money.amount();
        Currency currency = money == null ? null : money.currency();
        double confidence = 0.8 + (amount != null ? 0.08 : 0) + (!round.equals("UNKNOWN") ? 0.07 : 0)
                - (inherited ? 0.1 : 0);
        return new Detection(company, new TriggerDetails.Funding(round, amount, currency, investors),
                Math.min(confidence, 0.97));
    }

    private static final Set<String> IRREGULAR_PAST = WordList.of("irregular-pasts");

    private static boolean isBareForm(String verb) {
        String last = verb.toLowerCase(Locale.ROOT).strip();
        int space = last.indexOf(' ');
        String first = space < 0 ? last : last.substring(0, space);
        return !(first.endsWith("s") || first.endsWith("ed") || first.endsWith("ing")
                || IRREGULAR_PAST.contains(first));
    }

    /**
     * Whether names joined by "and", "&" or a comma stand right before the verb: "Quillbit and Tessaly raise $5M",
     * "Orvid, Pellucid Land Seed Rounds". Two companies take the verb's bare form, which is no noun after them.
     */
    private static boolean afterPluralSubject(Sentence sentence, MatchResult verb) {
        Sentence.Subject subject = Finder.subject(sentence, verb);
        if (subject == null || subject.inherited() || !subject.between().isEmpty()) {
            return false;
        }
        String text = sentence.text();
        int at = text.lastIndexOf(subject.name(), verb.start());
        if (at < 0) {
            return false;
        }
        String before = text.substring(Math.max(0, at - 6), at).toLowerCase(Locale.ROOT);
        return JOINED_NAME.matcher(before).find();
    }

    /** What joins a name to the one before it: " and ", " & ", ", ", ", and ". */
    private static final Pattern JOINED_NAME = Pattern.compile("[\\w.)] (?:and|&) $|[\\w.)], $");

    /** "to raise", "will land", and "closes $5M and secure…" in a list of verbs. */
    private static boolean afterToOrWill(String text, int at) {
        return Finder.afterToOrWill(text, at)
                || text.substring(Math.max(0, at - 4), at).toLowerCase(Locale.ROOT).endsWith("and ");
    }

    /** The first amount in the clause that is the money raised, not a valuation ("at a $1B valuation"). */
    static @Nullable Money firstAmount(String text, int from, int to) {
        int at = from;
        while (at < to) {
            Money money = Money.find(text, at);
            if (money == null || money.start() >= to) {
                return null;
            }
            String before = text.substring(Math.max(0, money.start() - 14), money.start()).toLowerCase(Locale.ROOT);
            String after = text.substring(money.end(), Math.min(text.length(), money.end() + 14))
                .toLowerCase(Locale.ROOT);
            boolean valuation = before.contains("valu") || before.endsWith("at a ") || before.endsWith("at ")
                    || after.contains("valuation") || after.startsWith(" post-money") || after.startsWith(" pre-money")
                    || before.contains("total of") || before.contains("bringing") || before.contains("to date")
                    || before.contains("revenue") || after.startsWith(" in revenue") || after.startsWith(" in arr")
                    || after.startsWith(" arr") || after.startsWith(" in sales");
            if (!valuation) {
                return money;
            }
            at = money.end();
        }
        return null;
    }

    /** The first four words after the verb, amounts not counted: they say what was raised ("raises prices"). */
    private static String head(String object) {
        String[] words = object.strip().split(" ");
        StringBuilder head = new StringBuilder();
        int taken = 0;
        for (String word : words) {
            if (taken == 4 || word.equalsIgnoreCase("for") || word.equalsIgnoreCase("to")
                    || word.equalsIgnoreCase("from") || word.equalsIgnoreCase("led")) {
                break;
            }
            head.append(word).append(' ');
            if (!Money.startsAmount(word)) {
                taken++;
            }
        }
        return head.toString();
    }

    private static boolean notFunding(String head) {
        for (String word : head.toLowerCase(Locale.ROOT).split("[\\s,.;:]+")) {
            if (NOT_FUNDING.contains(word)) {
                return true;
            }
        }
        return NOT_FUNDING_PHRASE.matcher(head).find();
    }

    /**
     * The object up to the purpose the money is raised for: "raises $3M to help schools collect donations" raised
     * no donations, and the sales of "to begin sales of its scanner" are none yet. Only where the money or a funding
     * word comes first: "signed a pact to take an equity stake in a wind farm" tells only after "to" what the pact is.
     */
    private static String beforePurpose(String object, @Nullable Money money, int objectStart) {
        Matcher purpose = PURPOSE.matcher(object);
        if (!purpose.find()) {
            return object;
        }
        String raised = object.substring(0, purpose.start());
        boolean moneyFirst = money != null && money.start() - objectStart < purpose.start();
        return moneyFirst || FUNDING_WORD.matcher(raised).find() ? raised : object;
    }

    /** The object up to the purpose it serves, if it names one: "new features" of "new features to empower …". */
    private static String beforeAnyPurpose(String object) {
        Matcher purpose = PURPOSE.matcher(object);
        return purpose.find() ? object.substring(0, purpose.start()) : object;
    }

    /** Whether a possessive or an article stands right before {@code at}: "its books", "the nets" are nouns. */
    private static boolean afterDeterminer(String text, int at) {
        String before = text.substring(Math.max(0, at - 7), at).toLowerCase(Locale.ROOT);
        return before.endsWith(" its ") || before.endsWith(" the ") || before.endsWith(" their ")
                || before.endsWith(" our ") || before.endsWith(" his ") || before.endsWith(" her ");
    }

    /**
     * Whether money is raised in a token sale before a coin is listed ("raised over $1M in its presale"): no
     * investors' round (a crypto presale is sold to the public).
     */
    static boolean isPresale(String lower) {
        return (lower.contains("sale") || lower.contains(" ico") || lower.contains("coin offering"))
                && PRESALE.matcher(lower).find();
    }

    private static final Pattern PRESALE = Pattern.compile("\\b(?:pre-?sale|token sale|coin offering|ico)\\b");

    /** "to" and a verb, not "to date", "to its investors" or "to $5M". */
    private static final Pattern PURPOSE = Pattern.compile("(?i) to (?!(?:date|the|a|an|its|their|his|her|this|that"
            + "|investors?|shareholders?|more|over|about|around|nearly|almost)\\b)[a-z]");

    /** The object up to where investors are named: "Vision Fund 2" among them is no fund closing. */
    private static String beforeInvestors(String object) {
        Matcher marker = INVESTORS.matcher(object);
        return marker.find() ? object.substring(0, marker.start()) : object;
    }

    /**
     * Whether the money is an IPO's. An IPO the round comes before or heads for ("pre-IPO round", "raises $45M with
     * an eye toward IPO", "readies for IPO") leaves the round a round.
     */
    private static boolean isIpo(String text) {
        Matcher ipo = IPO_WORDS.matcher(text);
        while (ipo.find()) {
            String before = text.substring(Math.max(0, ipo.start() - 16), ipo.start()).toLowerCase(Locale.ROOT);
            if (!before.endsWith("pre-") && !IPO_AHEAD.matcher(before).find()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern IPO_AHEAD = Pattern.compile("\\b(?:toward|towards|ahead of|before|eye on|eyes"
            + "|eyeing|readies for|prepares for)(?: an| its| a| the| eventual| future)? $");

    private static final Pattern IPO_WORDS = Pattern.compile("(?i)\\b(?:ipo|initial public offering|public offering"
            + "|listings?|(?:market|trading|stock market|nasdaq|nyse|exchange) debut|debut(?:ed|s)? (?:on|in)"
            + "|go(?:es)? public|went public)\\b");

    /** Whether the name is an investor's: "Harlow Ventures", "Orvid Capital", "Brook Asset Management". */
    static boolean isFundManager(String company) {
        String lower = company.toLowerCase(Locale.ROOT);
        return lower.endsWith("ventures") || lower.endsWith("capital") || lower.contains("partners")
                || lower.endsWith(" vc") || lower.endsWith("equity") || lower.endsWith("investments")
                || lower.contains("asset management") || lower.endsWith("fund");
    }

    /**
     * A fund of the investor's own, and money that is no round: a refinancing, a rights issue, warrants exercised, a
     * public or follow-on offering, a stock sale or offering not said to be private, debt securities, shares sold on
     * an exchange, a bank's loan or credit line, the proceeds of a sale or of an IPO.
     */
    @Override
    public boolean rulesOut(Sentence sentence) {
        String lower = sentence.lower();
        return isOwnFund(sentence.text(), lower) || isMoneyOfNoRound(lower)
                || mayApply(sentence) && notFromInvestors(sentence.text()) || isCreditLine(lower) || isPresale(lower)
                || isDebtExchange(lower) || isIpoProceeds(lower) || isUnitSold(lower) || isOwnSiteInvested(lower)
                || isOnlyPossible(lower)
                // money from or with a property trust is a property deal: a mortgage, a sale and leaseback
                || lower.contains("real estate investment trust");
    }

    /**
     * Money a company puts into its own sites, research or projects ("invests $3M in Halifax-based robotics research",
     * "to pour $1B into a new chip plant", "spending $40M on its warehouses"): spending of its own, no round.
     */
    private static final Pattern OWN_SITE_INVESTED = Pattern.compile("\\b(?:invests?|invested|investing|pours?"
            + "|poured|pouring|pumps?|pumped|pumping|injects?|injected|injecting|spends?|spent|spending|commits?"
            + "|committed)(?: [^ ]+){0,4}? (?:in|into|on) (?:its |a |an |the |new |their )?(?:[\\w.-]+ ){0,3}?"
            + "(?:research|facilit(?:y|ies)|plants?|factor(?:y|ies)|infrastructure|projects?|programs?|programmes?"
            + "|cent(?:er|re)s?|campus|operations|expansion|labs?|hub|sites?|production|capacity|r&d|stores?|mills?"
            + "|refiner(?:y|ies)|warehouses?|offices?|headquarters|network|fleet)\\b");

    private static boolean isOwnSiteInvested(String lower) {
        // each of the pattern's verbs holds one of these
        return (lower.contains("invest") || lower.contains("pour") || lower.contains("pump")
                || lower.contains("inject") || lower.contains("spen") || lower.contains("commit"))
                && OWN_SITE_INVESTED.matcher(lower).find();
    }

    /**
     * A part of the company sold ("closes $11M sale of its Tessaly subsidiary", "completes sale of its foods
     * division"): a divestiture's price, money from no investor.
     */
    private static final Pattern UNIT_SOLD = Pattern.compile("\\bsale of (?:its |the |a |an |their )?(?:[\\w$.'-]+ )"
            + "{0,3}?(?:subsidiary|subsidiaries|unit|division|business|businesses|assets?|operations|brand|plant"
            + "|stores?|portfolio)\\b");

    private static boolean isUnitSold(String lower) {
        return lower.contains("sale of") && UNIT_SOLD.matcher(lower).find();
    }

    /**
     * Money the company only may get ("could grab up to $400M from Orvid", "might land a $20M round"): a possibility,
     * no round, as "could raise" is none.
     */
    private static final Pattern MAY_GET = Pattern.compile("\\b(?:could|might|" + Hedges.MAY + ") (?:still |also "
            + "|soon |eventually )?(?:raise|get|grab|land|secure|receive|bag|snag|net|take in|bring in|pull in|rake in"
            + "|attract|obtain|score|nab)\\b");

    private static boolean isOnlyPossible(String lower) {
        return (lower.contains("could ") || lower.contains("might ") || lower.contains("may "))
                && MAY_GET.matcher(lower).find();
    }

    /**
     * Money an initial public offering brought in ("raises $90M in IPO", "reaps $40M from its IPO", "the IPO raised
     * $1B", "raises $70M pricing its IPO"): the listing's proceeds, not a round, however much the rest of the sentence
     * reads like one. An IPO the round heads for ("with an eye toward IPO", "ahead of its IPO") is none.
     */
    private static final Pattern IPO_PROCEEDS = Pattern.compile("\\b(?:in|from|through|via|with) (?:an |its |the |a "
            + "|their )?(?:(?!(?:toward|towards|ahead|before|eye|of|for|on)\\b)[\\w.$-]+ ){0,2}?"
            + "(?:ipo|initial public offering)\\b|\\braise[sd]? [^ ]+(?: [^ ]+)? for (?:an |its |the |a )?ipo\\b"
            + "|\\bipo(?: (?!(?:after|as|when|once|before|while|since|and|it)\\b)[\\w$.,'-]+){0,6}? (?:raises|raised"
            + "|brings in|brought in|nets|netted|reaps|reaped)\\b"
            + "|\\bpric(?:es|ed|ing) (?:its |an |the |a )?(?:[\\w$.-]+ ){0,2}?(?:ipo|initial public offering)\\b");

    private static boolean isIpoProceeds(String lower) {
        return (lower.contains("ipo") || lower.contains("initial public offering"))
                && IPO_PROCEEDS.matcher(lower).find();
    }

    /**
     * Whether debt is swapped for shares ("exchanged $4M in notes for stock"): the company owes
     * less, but no money comes in, so no round.
     */
    static boolean isDebtExchange(String lower) {
        return lower.contains("exchang") && DEBT_EXCHANGE.matcher(lower).find();
    }

    private static final Pattern DEBT_EXCHANGE = Pattern.compile("\\bexchang(?:e|es|ed|ing)(?: of)?"
            + " (?:[\\w$.,-]+ ){0,6}?(?:notes|debt|debentures|bonds|loans) for\\b");

    /** A credit line is a lender's, not investors' money (TRIGGERS.md); a venture lender's is venture debt. */
    private static final Pattern CREDIT_LINE = Pattern.compile("\\b(?:credit (?:facilit\\w*|lines?)|lines? of credit"
            + "|revolving credit)\\b");

    private static boolean isCreditLine(String lower) {
        return lower.contains("credit") && CREDIT_LINE.matcher(lower).find() && !lower.contains("venture");
    }

    private static final Pattern NO_ROUND = Pattern.compile("\\b(?:refinanc\\w*|rights (?:issue|offering)"
            + "|(?<!private )(?:stock|share) (?:sale|offering)|debt securities"
            + "|warrants? exercis\\w*|exercise of (?:\\w+ )?warrants|(?<!initial )public offering|secondary offering"
            + "|follow-on|on (?:the )?(?:nasdaq|nyse)\\b)");

    private static boolean isMoneyOfNoRound(String lower) {
        // each of the pattern's alternatives holds one of these
        return (lower.contains("refinanc") || lower.contains("rights ") || lower.contains("warrant")
                || lower.contains("stock sale") || lower.contains("share sale") || lower.contains("debt securities")
                || lower.contains("offering") || lower.contains("follow-on") || lower.contains(" on n"))
                && NO_ROUND.matcher(lower).find();
    }

    private static boolean isOwnFund(String text, String lower) {
        // each of the pattern's alternatives holds one of these
        return (lower.contains("fund") || lower.contains("limited partners") || lower.contains("lps")
                || lower.contains("vehicle") || lower.contains("private") || lower.contains("asset manager")
                || lower.contains(" firm")) && OWN_FUND.matcher(text).find();
    }

    /** An investor raising money for its own funds: "closes $950 million across new seed and venture funds". */
    private static final Pattern OWN_FUND = Pattern.compile("(?i)\\b(?:funds?(?!ing)|fundraising|fund-raising"
            + "|limited partners|lps|vehicle|private credit|private-markets|private markets|asset manager"
            + "|investment firm|venture firm|private equity firm|buyout firm)\\b");

    private static int indexOfWord(String text, String... words) {
        int best = -1;
        for (String word : words) {
            int at = text.indexOf(word);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }

    static String roundOf(String text) {
        Matcher round = ROUND.matcher(text);
        while (round.find()) {
            if (round.group("pre") != null) {
                return "PRE_SEED";
            }
            if (round.group("letter") != null) {
                return "SERIES_" + round.group("letter").toUpperCase(Locale.ROOT);
            }
            if (round.group("seed") != null) {
                return "SEED";
            }
            if (round.group("growth") != null) {
                return "GROWTH";
            }
            if (round.group("debt") != null) {
                return "DEBT";
            }
            if (round.group("convertible") != null) {
                return "CONVERTIBLE";
            }
            if (round.group("grant") != null) {
                return "GRANT";
            }
        }
        return "UNKNOWN";
    }

    /** Investors named after "led by", "from", "backed by" …: names split at commas and "and". */
    static List<String> investorsOf(Sentence sentence, int from) {
        String text = sentence.text();
        Matcher marker = INVESTORS.matcher(text);
        List<String> investors = new ArrayList<>();
        while (marker.find(from)) {
            Matcher stop = INVESTOR_STOP.matcher(text);
            int end = stop.find(marker.end()) ? stop.start() : text.length();
            String list = text.substring(marker.end(), end);
            for (String part : list.split(",\\s*(?:and\\s+|&\\s+)?|\\s+and\\s+|\\s+&\\s+(?=[A-Z][a-z]+ [A-Z])")) {
                String name = investorName(part);
                if (name != null && !investors.contains(name)) {
                    investors.add(name);
                }
            }
            from = Math.max(end, marker.end());
            if (from >= text.length()) {
                break;
            }
        }
        return investors;
    }

    private static @Nullable String investorName(String part) {
        String name = part.strip();
        for (String prefix : new String[] { "existing investors ", "existing investor ", "investors ", "investor ",
                "including ", "firms ", "firm ", "venture firm ", "vc firm ", "the ", "new investor ",
                "new investors " }) {
            if (name.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                name = name.substring(prefix.length()).strip();
            }
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(" among others")) {
            name = name.substring(0, name.length() - " among others".length());
        }
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0)) || name.split(" ").length > 5
                || Money.startsAmount(name) || name.equalsIgnoreCase("others")) {
            return null;
        }
        return name;
    }
}
