package dev.kairos.ingest.detect;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kairos.events.TriggerDetails;
import org.jspecify.annotations.Nullable;

/**
 * {@code IPO}: "Acme files for IPO", "Acme prices IPO at $18", "Acme shares jump in Nasdaq debut", "Acme goes public
 * via SPAC merger", "Acme completes direct listing". Not plans, bank hires, delays or withdrawals.
 */
final class IpoFinder implements Finder {

    private static final String OFFERING = "(?:ipo|initial public offering|direct listing|listing|flotation|float"
            + "|spac (?:merger|deal|combination)|public debut|stock market debut|market debut|trading debut|debut)";

    private static final Pattern VERB = Pattern.compile("(?i)\\b(?:(?:files?|filed|has filed|submits?|submitted)"
            + "(?: confidentially| publicly| paperwork| papers| documents| draft (?:red herring )?prospectus)?"
            + "(?: to go public| for (?:an? |its |a u\\.s\\. |a us |a hong kong )?(?:[\\w$.€£-]+ ){0,3}"
            + OFFERING + ")"
            + "|(?:prices?|priced|pricing|upsizes?|upsized|sets? (?:terms|price range) for|launches?|launched"
            + "|completes?|completed|closes?|closed|kicks? off|kicked off|opens?|opened|raises? [$€£¥₹][\\w.,]+"
            + "(?: (?:million|billion|bln|mln|crore))? in|raised [$€£¥₹][\\w.,]+(?: (?:million|billion|bln|mln"
            + "|crore))? in|seeks? up to [$€£¥₹][\\w.,]+(?: (?:million|billion|bln|mln))? in) (?:its |an? |the |"
            + "upsized |long-awaited |hotly anticipated |blockbuster |u\\.s\\. |us |hong kong |london |"
            + "[$€£¥₹]?[\\w.,]+(?: (?:million|billion|bln|mln|crore))? )*" + OFFERING
            + "|(?:goes|went|to go|going|will go) public|(?:debuts?|debuted|debuting|lists?|listed|listing|floats?"
            + "|floated|begins? trading|began trading|starts? trading|started trading|makes? (?:its )?(?:\\w+ )?"
            + "debut|made (?:its )?(?:\\w+ )?debut) (?:on|in|at)"
            + "|(?:shares|stock) (?:soar|soars|jump|jumps|surge|surges|rise|rises|climb|climbs|pop|pops|fall|falls"
            + "|slip|slips|slide|slides|sink|sinks|tumble|tumbles|rally|rallies|open|opens|opened|rose|fell|"
            + "jumped|soared|surged|climbed|popped|slid|sank|tumbled|trade|begin trading|start trading|gain|gains"
            + "|drop|drops|double|doubles|more than double)(?: \\d+%| [\\d.]+ ?per ?cent)? (?:in|on|after|as|"
            + "following)(?: (?:its|their|a|the))?(?: \\w+){0,3} (?:debut|ipo|first day of trading|trading debut"
            + "|listing)|(?:ipo|listing|debut|flotation) (?:raises?|raised|prices?|priced|valu\\w+|opens?|"
            + "is|was|soars?|jumps?|pops?|surges?|rais\\w+))\\b");

    private static final Pattern EXCHANGE = Pattern.compile("(?i)\\b(?<exchange>Nasdaq(?: (?:Stockholm|Copenhagen"
            + "|Helsinki|First North|Global Select|Global Market|Capital Market|Dubai))?|NYSE(?: American| Arca)?"
            + "|New York Stock Exchange|London Stock Exchange|LSE|AIM|Euronext(?: (?:Paris|Amsterdam|Brussels|Dublin"
            + "|Lisbon|Oslo|Milan|Growth))?|Deutsche B[oö]rse|Frankfurt(?: Stock Exchange)?|Xetra|SIX(?: Swiss"
            + " Exchange)?|Swiss Exchange|Hong Kong(?: Stock Exchange)?|HKEX|Tokyo Stock Exchange|TSE|Tokyo"
            + "|Shanghai(?: Stock Exchange| STAR Market)?|STAR Market|Shenzhen(?: Stock Exchange)?|ChiNext"
            + "|ASX|Australian Securities Exchange|TSX(?: Venture(?: Exchange)?)?|Toronto Stock Exchange|NSE"
            + "|BSE|Bombay Stock Exchange|National Stock Exchange|SGX|Singapore Exchange|KOSDAQ|KOSPI|Korea"
            + " Exchange|Tadawul|Saudi Exchange|Borsa Istanbul|Oslo B[oø]rs|Johannesburg Stock Exchange|JSE|B3"
            + "|Bursa Malaysia|Indonesia Stock Exchange|IDX|Taiwan Stock Exchange|Stockholm|Madrid Stock Exchange"
            + "|Borsa Italiana|Warsaw Stock Exchange|Dubai Financial Market|Abu Dhabi Securities Exchange|ADX"
            + "|Tel Aviv Stock Exchange|TASE|New Zealand(?: Stock)? Exchange|NZX|Cboe|Nasdaq Nordic)\\b");

    @Override
    public void find(Sentence sentence, List<Detection> found) {
        Matcher verb = sentence.match(VERB);
        while (verb.find()) {
            Sentence.Subject subject = subjectOf(sentence, verb);
            if (subject == null) {
                continue;
            }
            String text = sentence.text();
            Money money = FundingFinder.firstAmount(text, 0, text.length());
            String exchange = exchangeOf(text);
            found.add(new Detection(subject.name(), new TriggerDetails.Ipo(exchange,
                    money == null ? null : money.amount(), money == null ? null : money.currency()),
                    subject.inherited() ? 0.78 : 0.9));
            return;
        }
    }

    private static Sentence.@Nullable Subject subjectOf(Sentence sentence, Matcher verb) {
        String words = verb.group().toLowerCase(java.util.Locale.ROOT);
        int start = verb.start();
        if (words.startsWith("shares") || words.startsWith("stock")) {
            // "Acme shares jump in debut": the company owns the shares
            Sentence.Subject subject = sentence.subjectOf(sentence.wordAt(start));
            return subject == null || subject.name() == null ? null : subject;
        }
        if (words.startsWith("ipo") || words.startsWith("listing") || words.startsWith("debut")
                || words.startsWith("flotation")) {
            int word = sentence.wordAt(start);
            String name = sentence.nameEndingAt(word - 1);
            if (name == null && word > 0) {
                name = sentence.nameEndingAt(word - 2);
            }
            return name == null ? null : new Sentence.Subject(name, "", false);
        }
        return Finder.subject(sentence, verb);
    }

    static @Nullable String exchangeOf(String text) {
        Matcher exchange = EXCHANGE.matcher(text);
        return exchange.find() ? exchange.group("exchange") : null;
    }
}
