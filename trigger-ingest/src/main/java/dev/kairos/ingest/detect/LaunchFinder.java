package dev.kairos.ingest.detect;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kairos.events.TriggerDetails;
import dev.kairos.events.TriggerType;
import org.jspecify.annotations.Nullable;

/**
 * {@code PRODUCT_LAUNCH}: "Acme launches Foo, an AI copilot for lawyers", "Acme unveils Bar 2", "Acme announces
 * general availability of Baz". Not investigations, lawsuits, campaigns, funds, bids, results or plans.
 */
final class LaunchFinder implements Finder {

    /**
     * "Acme expands its lineup with Foo", "Acme completes its charger catalogue with Foo", "Acme rounds out its range
     * with Foo": what widens a company's line is a product of it, named or not ("expands its news offerings with
     * audio").
     */
    private static final String LINEUP_WIDENED = "(?:expand(?:s|ed)?|extend(?:s|ed)?|broaden(?:s|ed)?|widen(?:s|ed)?"
            + "|complet(?:es|ed)|rounds? out|rounded out) (?:its |their )?(?:[\\w-]+ ){0,4}?(?:lineup|line-up"
            + "|portfolio|range|family|offerings?|catalog|catalogue|collection|suite|integrations) with";

    private static final WordPattern VERB = new WordPattern("(?i)\\b(?:(?:release(?: to manufacturing)?|unveiling"
            + "|roll-?out) of"
            + "|launches|launched|launching|to launch|relaunches|relaunched"
            + "|will launch|unveils?|unveiled|unveiling|introduces?|introduced|introducing|debuts?|debuted"
            + "|debuting|releases?|released|releasing|rolls? out|rolled out|rolling out|ships|shipped"
            + "|(?:to|will) (?:all |both |also )?(?:begin |start )?ship(?:ping)?|"
            + "takes the wraps off|took the wraps off|pulls the wraps off|unwraps|shows off|showed off"
            + "|(?:announces?|announced|announcing)"
            + "(?: today)?(?: the)?(?: (?:official|international|global|worldwide|commercial|national|public|full"
            + "|next|newest|latest|new|upcoming|first|next major|major|beta test))?"
            + " (?:general availability|availability|launch|release|beta|public beta|ga"
            + "|introduction|debut|roll-?out|unveiling|release to manufacturing|version|generation) of"
            + "|(?:announces?|announced|announcing|unveils?|unveiled) the (?:newest|latest) addition to"
            + "|(?:launch|introduction|debut|availability) of|(?:newest|latest) addition to"
            + "|(?:announces?|announced|presents?|presented) (?:an? |its )?(?=new\\b)"
            + "|open[- ]sources|open[- ]sourced"
            + "|makes? .{1,40} (?:generally |widely |broadly )?available"
            + "|overhauls|overhauled|revamps|revamped"
            + "|brings?|brought|opens? (?:up )?(?:access to|beta of)|" + LINEUP_WIDENED + "|adds?|added|launch)\\b");

    private static final Pattern NOT_PRODUCT = Pattern.compile("(?i)^\\s*(?:an? |the |its |their |new |first |"
            + "formal |official |internal |independent |full |fresh |major |legal |initial |secondary |follow-on "
            + "|[$€£¥₹]?[\\d.,]+(?:[mbk]|bn|mn)? |[\\d.,]+ "
            + "(?:million|billion) |global |nationwide |national |public |ad |marketing |u\\.s\\. |us |uk )*"
            + "(?:investigations?|probes?|inquir(?:y|ies)|reviews?|lawsuits?|suits?|legal (?:action|challenge)"
            + "|appeals?|bids?|offers?|takeover|tender|ipo|campaigns?|search|hunt|strikes?|attacks?|offensive|"
            + "missiles?|rockets?|satellites?|prototypes?|funds?|buybacks?|share buyback|stock buyback|petition"
            + "|consultation"
            + "|crackdown|operations?|challenge|competition|contest|awards?|survey|report|reports|study|studies"
            + "|index|earnings|results|statement|data|figures|guidance|footage|hostages|prisoners|plans?|strategy"
            + "|roadmap|vision|budget|logo|rebrand|redesign|name|new name|brand identity|restructuring|layoffs?"
            + "|job cuts|cuts|review|audit|complaint|counter-?suit|countersuit|initiative|program(?:me)?|pilot"
            + "|scheme|effort|drive|push|venture|company|startup|subsidiary|office|offices|operations in|"
            + "headquarters|hq|plant|factory|store|stores|in\\b|into\\b|on\\b|across\\b|at\\b|to\\b|with\\b|for\\b"
            + "|trial|trials|study|fundraising|funding|round|financing|partnership|alliance|joint venture|"
            + "collaboration|integration|merger|acquisition|deal|agreement|spinoff|spin-off|podcast|newsletter|"
            + "event|conference|summit|webinar|hackathon|accelerator|incubator|charity|foundation|scholarship"
            + "|grant|grants|guidelines|guide|white ?paper|ebook|playbook|benchmark|whitepaper|findings|"
            + "update on|updates on|details|more details|specs|pricing|prices|price|upgrade path|timeline|"
            + "date|dates|teaser|trailer|video|photos|images|memo|letter|warning|alert|recall|patch for|"
            + "fix|fixes|security patch|it|them|this|that|more|back|down|out|up|jobs|workers|staff|backers|investors"
            + "|members|customers|clients|users|hires|executives|directors|leaders|talent|employees|engineers"
            + "|rights issue|share offering|offering|bonds?|notes|share sale|placement|capital|money|cash)\\b");

    private static final Pattern PRODUCT_STOP = Pattern.compile("(?i)(?:,| - | to | for | that | which | with "
            + "| in | as | amid | after | on | at | across | into | aimed | designed | built | powered by "
            + "| available | and | between | targeting | from | by | ahead | following | says | said |: |; |\\. |$)");

    /** "launches 23 Starlink satellites", "launches 300 million euro rights issue": not a product launch. */
    private static final Pattern NOT_A_PRODUCT_END = Pattern.compile("(?i)\\b(?:satellites?|rockets?|missiles?|probes?"
            + "|rights issue|offering|bonds?|eurobonds?|debentures?|notes|placement|buyback|fund|tender offer|offer|bid"
            + "|investigation|inquiry"
            + "|lawsuit|appeal|campaign|strike|strikes)$");

    /** "launches an infrastructure region in Mexico" is an expansion, not a product. */
    private static final Pattern SITE_LIKE = Pattern.compile("(?i)\\b(?:region|regions|office|offices|hub|"
            + "headquarters|hq|plant|factory|data cent(?:er|re)|datacenter|campus|store|stores|branch)$");

    @Override
    public long patterns() {
        return WordPattern.bits(VERB, PASSIVE);
    }

    /**
     * Tried also where a product arrives somewhere ("Acme's Foo app comes to Android") or a sentence opens with a
     * company's new kind of product ("Acme's new AI tool sorts …"): "comes to", "lands on" and "new" say nothing of a
     * launch alone, so they are no verb of this finder for the model.
     */
    @Override
    public boolean mayFind(Sentence sentence) {
        long masks = sentence.masks();
        return (masks & (patterns() | WordPattern.bits(ARRIVES, OFFERS, OPENS_TO_OTHERS))) != 0
                || (masks & WordPattern.bits(BEGINS)) != 0 && (sentence.lower().contains(" ship")
                        || sentence.lower().contains(" selling "))
                || opensWithNew(sentence) >= 0 || sentence.topic() == null && (sentence.lower().contains(" new ")
                        || saysNowLets(sentence.lower()));
    }

    /** The word "new" among the first words of a sentence, after its owner or opening it; else -1. */
    private static int opensWithNew(Sentence sentence) {
        List<Sentence.Word> words = sentence.words();
        for (int i = 0; i < Math.min(words.size() - 2, OWNER_WORDS + 1); i++) {
            if (words.get(i).lower().equals("new")) {
                return i == 0 || words.get(i - 1).possessive() ? i : -1;
            }
            if (words.get(i).endsClause()) {
                return -1;
            }
        }
        return -1;
    }

    /** How many words a company's name before "'s new" may have. */
    private static final int OWNER_WORDS = 4;

    /**
     * "Acme's new AI tool sorts your photos", "Acme's New UI Puts Maps On The Dashboard", "New Acme Mail Feature
     * Hides …": a headline that opens with a company's new kind of product tells of its launch. Not a new boss, plan
     * or office, which are no kind of product here, and not a wire in capitals, whose names are not told apart.
     */
    private static @Nullable Detection ownersNew(Sentence sentence) {
        int at = opensWithNew(sentence);
        if (at < 0 || sentence.inCapitals()) {
            return null;
        }
        List<Sentence.Word> words = sentence.words();
        for (int i = 0; i < at; i++) {
            if (!namePart(words.get(i))) {
                return null;
            }
        }
        // the owner before "'s new", else the brand right after an opening "New": "New Acme Mail Feature"
        String company = at > 0 ? sentence.nameEndingAt(at - 1) : namePart(words.get(1)) ? words.get(1).bare() : null;
        for (int i = at + 1; i < Math.min(words.size() - 1, at + 5); i++) {
            Sentence.Word word = words.get(i);
            // a quoted name's closing quote stays on its last word: "new 'smart filters' let you"
            if (NEW_KINDS.contains(word.lower()) || word.lower().endsWith("'")
                    && NEW_KINDS.contains(word.lower().substring(0, word.lower().length() - 1))) {
                if (company == null) {
                    return null;
                }
                String product = sentence.text().substring(words.get(at + 1).start(), word.end());
                return new Detection(stripPossessive(company),
                        new TriggerDetails.ProductLaunch(product.replaceAll("[\"'‘’“”]", "")), 0.72);
            }
            if (word.endsClause()) {
                return null;
            }
        }
        return null;
    }

    /**
     * "Lumo amps up search with new features", "Lumo's photo view gets new filters that …", "Lumo claims its new
     * chat agents are quickest": a headline whose company has, gets or comes with a new kind of product tells of its
     * launch, the kind being what the new thing is (not "new smartphone design unit"). Headlines only: a lede tells
     * of a company's new products as background as often.
     */
    private static @Nullable Detection newKindOfTheHeadlines(Sentence sentence) {
        if (sentence.topic() != null || !sentence.lower().contains("new ")) {
            return null;
        }
        List<Sentence.Word> words = sentence.words();
        for (int at = 1; at < words.size() - 1; at++) {
            if (!words.get(at).lower().equals("new") || !ownedNew(words, at)) {
                continue;
            }
            for (int kind = at + 1; kind < Math.min(words.size(), at + 4); kind++) {
                Sentence.Word word = words.get(kind);
                if (NEW_KINDS.contains(word.lower()) && (kind == words.size() - 1 || word.endsClause()
                        || AFTER_A_KIND.contains(words.get(kind + 1).lower()))) {
                    String company = sentence.leadingName();
                    String before = sentence.text().substring(0, words.get(at).start());
                    if (company == null || !before.startsWith(company) || Hedges.beforeVerb(before)) {
                        return null;
                    }
                    String product = sentence.text().substring(words.get(at + 1).start(), word.end());
                    return new Detection(stripPossessive(company),
                            new TriggerDetails.ProductLaunch(TRAILING_PUNCTUATION.matcher(product).replaceAll("")),
                            0.72);
                }
                if (word.endsClause()) {
                    break;
                }
            }
        }
        return null;
    }

    /**
     * "Lumo now lets you share playlists", "Lumo now allows users to pin chats": a headline telling what its company's
     * product now lets people do tells of a new feature. The feature is what they may do.
     */
    private static @Nullable Detection nowLets(Sentence sentence) {
        if (sentence.topic() != null || !saysNowLets(sentence.lower())) {
            return null;
        }
        Matcher lets = NOW_LETS.matcher(sentence.text());
        String company = sentence.leadingName();
        if (!lets.lookingAt() || company == null || !lets.group(1).equals(company)) {
            return null;
        }
        String rest = sentence.text().substring(lets.end());
        Matcher stop = PRODUCT_STOP.matcher(rest);
        String feature = (stop.find(Math.min(1, rest.length())) ? rest.substring(0, stop.start()) : rest).strip();
        return feature.isEmpty() ? null
                : new Detection(company, new TriggerDetails.ProductLaunch(feature), 0.72);
    }

    /** Whether " now lets", " now allows" or " now enables" stands in the text (lower case): a cheap test first. */
    private static boolean saysNowLets(String lower) {
        int now = lower.indexOf(" now ");
        return now >= 0 && (lower.startsWith("lets ", now + 5) || lower.startsWith("allows ", now + 5)
                || lower.startsWith("enables ", now + 5));
    }

    private static final Pattern NOW_LETS = Pattern.compile("(\\S.{0,40}?) now (?:lets|allows|enables) (?:you"
            + "|users|people|customers|drivers|shoppers|developers|creators|businesses|anyone)(?: to)? ");

    /** Whether the "new" at {@code at} is the company's: "with new", "its new", "has a new", "gets new". */
    private static boolean ownedNew(List<Sentence.Word> words, int at) {
        String before = words.get(at - 1).lower();
        if ((before.equals("a") || before.equals("an")) && at >= 2) {
            before = words.get(at - 2).lower();
        }
        return !words.get(at - 1).endsClause() && OWNS_NEW.contains(before);
    }

    private static final Set<String> OWNS_NEW = Set.of("with", "its", "their", "has", "have", "gets", "get");

    /** Words that may follow a kind of product that ends what is new: "new AI models are …", "new tool that …". */
    private static final Set<String> AFTER_A_KIND = Set.of("that", "which", "is", "are", "to", "for", "in", "on",
            "with", "lets", "let", "can", "will", "and", "from");

    /** Kinds of product a company's new one is ("Acme's new AI tool"); not "model", "plan" or "store", said of more. */
    private static final Set<String> NEW_KINDS = WordList.of("new-product-kinds");

    /**
     * "Acme began limited shipments of Foo", "Acme will start selling its new Foo": shipments or sales of something
     * new begun. "Begins" and "starts" alone say nothing of a launch (trading, talks and work begin), so they are no
     * verb of this finder for the model.
     */
    private static final WordPattern BEGINS = new WordPattern("(?i)\\b(?:(?:begins?|began|starts?|started)"
            + " (?:[\\w-]+ ){0,2}?(?:shipping|shipments of)|(?:begins?|began|starts?|started|(?:to|will) (?:begin"
            + "|start)) selling (?=(?:its )?(?:first|new)\\b))", "shipping", "shipments of", "selling");

    /**
     * "Acme offers new rugged tablet": a launch only when what is new is a kind of product. "Offers" alone says nothing
     * of a launch (shares, a price, a deal are offered), so it is no verb of this finder for the model.
     */
    private static final WordPattern OFFERS = new WordPattern("(?i)\\b(?:offers? (?:an? |its )?(?=new\\b)"
            + "|(?:to|will) offer (?:an? |its )?)");

    /**
     * "Acme opens its booking engine to partners", "Acme to open its assistant to outside developers": a product made
     * open to others' use. "Opens" alone says nothing of a launch (offices, stores and talks open), so it is no verb
     * of this finder for the model.
     */
    private static final WordPattern OPENS_TO_OTHERS = new WordPattern("(?i)\\bopen(?:s|ed)?(?: up)?(?= (?:[\\w-]+ )"
            + "{1,4}to (?:third|outside|other|developers|partners)\\b)");

    /** A product that arrives somewhere: the product, a kind of product, stands before the verb. */
    private static final WordPattern ARRIVES = new WordPattern("(?i)\\b(?:launches|launched|debuts|debuted|arrives"
            + "|arrived|comes|came|lands|landed|rolls out|rolled out|goes live|went live|expands|expanded) (?:in|on"
            + "|to)\\b");

    /** Kinds of product a product's name ends in; not sites or shops, which arrive as an expansion does. */
    private static final Pattern PRODUCT_KIND = Pattern.compile("app|apps|feature|features|model|models|service"
            + "|plan|tool|tools|assistant|chatbot|copilot|agent|game|wallet|card|browser|software|platform|device"
            + "|phone|smartphone|headset|console|watch|car|vehicle|subscription|update|version|edition");

    /**
     * Whether the word before the verb at {@code verb} is a kind of product ("its AI assistant arrives in …") or ends
     * a product's name ("Quillo Pay launches in Kenya").
     */
    static boolean productBefore(Sentence sentence, int verb) {
        if (verb < 1) {
            return false;
        }
        Sentence.Word last = sentence.words().get(verb - 1);
        if (last.endsClause() || last.bare().isEmpty()) {
            return false;
        }
        // a kind in lower case only: "Clutter Storage Service Expands To Leeds" may be a company's name; a brand's
        // ending after a name of its own: "Pay" alone names nothing
        return Character.isLowerCase(last.bare().charAt(0)) ? PRODUCT_KIND.matcher(last.lower()).matches()
                : verb >= 2 && PRODUCT_BRAND_ENDINGS.contains(last.lower()) && namePart(sentence.words().get(verb - 2));
    }

    private static boolean namePart(Sentence.Word word) {
        return !word.endsClause() && !word.bare().isEmpty() && Character.isUpperCase(word.bare().charAt(0));
    }

    /** Capitalised words that end a product's name, not a company's: "Pay", "Prime", "Wallet". */
    private static final Set<String> PRODUCT_BRAND_ENDINGS = WordList.of("product-brand-endings");

    /**
     * "Acme Notes app comes to Android", "Lumo's AI assistant launches in Japan": the product first, its maker
     * the owner named before it or the name the sentence starts with.
     */
    private static @Nullable Detection arrives(Sentence sentence) {
        WordPattern.Scan scan = ARRIVES.in(sentence);
        List<Sentence.Word> words = sentence.words();
        while (scan.find()) {
            int verb = sentence.wordAt(scan.start());
            if (!productBefore(sentence, verb)) {
                // "Acme's first app, a game called Foo, launches in Japan": the kind stands before the appositive
                verb = kindBeforeAppositive(sentence, verb);
                if (verb < 0) {
                    continue;
                }
            }
            int start = verb - 1;
            while (start > 0 && verb - start < 7 && !words.get(start - 1).endsClause()
                    && !words.get(start - 1).possessive()) {
                start--;
            }
            boolean owned = start > 0 && words.get(start - 1).possessive();
            while (start < verb - 1 && ARTICLES.contains(words.get(start).lower())) {
                start++;
            }
            String first = words.get(start).bare();
            // the owner named before the product, else the brand its name starts with: "Facebook Events app"
            String company = owned ? sentence.nameEndingAt(start - 1)
                    : Character.isUpperCase(first.charAt(0)) && start < verb - 1 ? first : null;
            String product = sentence.text().substring(words.get(start).start(), words.get(verb - 1).start())
                    + words.get(verb - 1).bare();
            // the words before the product are tried for hedges: "plan" and "model" name products here
            if (company != null && !NOT_PRODUCT.matcher(product).lookingAt()
                    && !Hedges.beforeVerb(sentence.text().substring(0, words.get(start).start()))) {
                company = stripPossessive(company);
                return new Detection(company, new TriggerDetails.ProductLaunch(product), 0.72);
            }
        }
        return null;
    }

    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "its", "their");

    /**
     * Where a product's appositive (and "has", "recently" and the like) stands between its kind and the verb at word
     * {@code verb} ("its trading platform, Foo, has recently launched on …", "its first app, a game called Foo,
     * launches in …"): the word after the kind, which stands for the verb in the reading of {@link #arrives}; else
     * -1.
     */
    private static int kindBeforeAppositive(Sentence sentence, int verb) {
        List<Sentence.Word> words = sentence.words();
        int i = verb - 1;
        while (i > 0 && BETWEEN_PRODUCT_AND_VERB.contains(words.get(i).lower())) {
            i--;
        }
        if (i < 2 || !words.get(i).text().endsWith(",")) {
            return -1;
        }
        int opening = i - 1;
        while (opening > 0 && i - opening < 8 && !words.get(opening).endsClause()) {
            opening--;
        }
        Sentence.Word kind = words.get(opening);
        Sentence.Word first = words.get(opening + 1);
        // an appositive names the product or opens with an article: not "which launched …", a clause of its own
        boolean names = opening + 1 == i || ARTICLES.contains(first.lower()) || !first.bare().isEmpty()
                && Character.isUpperCase(first.bare().charAt(0));
        return kind.text().endsWith(",") && names && !RELATIVE.contains(first.lower())
                && PRODUCT_KIND.matcher(kind.lower()).matches() ? opening + 1 : -1;
    }

    /** Words that may stand between a product's appositive and the verb of its arrival. */
    private static final Set<String> BETWEEN_PRODUCT_AND_VERB = WordList.of("launch-adverbs");

    @Override
    public List<TriggerType> types() {
        return List.of(TriggerType.PRODUCT_LAUNCH);
    }

    /**
     * "Acme launches its IPO", "Acme launches probe into …": what is launched is named and is no product, so that no
     * launch is reported without a finder's detection. Not "launches in Japan": a product may be what arrives there.
     */
    @Override
    public boolean rulesOut(Sentence sentence) {
        if (!mayApply(sentence)) {
            return false;
        }
        // a pass over the sentence's words, not the verb pattern: this is asked of every sentence with a word of ours
        List<Sentence.Word> words = sentence.words();
        for (int i = 0; i < words.size() - 1; i++) {
            if (hedgedLaunch(words, i)) {
                return true;
            }
            if (!LAUNCHES.contains(words.get(i).lower())) {
                continue;
            }
            int next = i + 1;
            while (next < words.size() - 1 && next - i <= 3 && BEFORE_NO_PRODUCT.contains(words.get(next).lower())) {
                next++;
            }
            if (NO_PRODUCT.contains(words.get(next).lower())
                    || quotedWork(sentence.text().substring(words.get(next).start()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a launch in the sentence is only planned, expected or possible ({@link #hedgedLaunch}). */
    static boolean hedgesLaunch(Sentence sentence) {
        List<Sentence.Word> words = sentence.words();
        for (int i = 1; i < words.size() - 1; i++) {
            if (hedgedLaunch(words, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word at {@code i} is a launch only planned, expected or possible: "plan to release", "is expected
     * to be releasing", "could launch". Such a sentence rules the launch out for the other sentence too, which may
     * tell it without the hedge ("Acme Launching Radio App This Spring" over "Acme is expected to be unveiling …").
     */
    private static boolean hedgedLaunch(List<Sentence.Word> words, int i) {
        if (i < 1 || !LAUNCH_INFINITIVES.contains(words.get(i).lower())) {
            return false;
        }
        int before = i - 1;
        if (words.get(before).lower().equals("be") && before > 0) {
            before--;
        }
        if (words.get(before).lower().equals("to")) {
            return before > 0 && !words.get(before - 1).endsClause()
                    && Hedges.leavesOpenBeforeTo(words.get(before - 1).lower());
        }
        return Hedges.isModal(words.get(before).lower());
    }

    /** Forms of a launch verb after "to", "be" or a modal: "to release", "be unveiling", "could launch". */
    private static final Set<String> LAUNCH_INFINITIVES = WordList.of("launch-infinitives");

    /** The launch verbs whose object {@link #rulesOut} reads. */
    private static final Set<String> LAUNCHES = WordList.of("launch-verbs");

    /** Words that may stand between a launch verb and what is launched: "launches its initial public offering". */
    private static final Set<String> BEFORE_NO_PRODUCT = WordList.of("launch-object-modifiers");

    /** What a company launches that is no product: an offering, an inquiry, a bid, a campaign, an attack. */
    private static final Set<String> NO_PRODUCT = WordList.of("launched-non-products");

    /** "New Pixel Watch 3 unveiled by Google": the product first, the company after "by". */
    private static final WordPattern PASSIVE = new WordPattern("(?i)\\b(?:(?:unveiled|launched|introduced|released"
            + "|debuted|rolled out) by|available|beta|open[- ]source(?:d)?)\\b");

    /**
     * "Foo is now available", "Foo exits beta": the product first, named by its maker. The pattern starts at the last
     * word, as a first word like "is" or "now" would make every sentence a candidate; what stands before is checked
     * here.
     */
    private static final Pattern AVAILABLE = Pattern.compile("(?i)available|beta|open[- ]source");

    /** "Foo is now open source": made available to all, as "now available" is. */
    private static final Pattern OPEN_SOURCE = Pattern.compile("(?i)open[- ]source");

    private static final Pattern AVAILABLE_BEFORE = Pattern.compile("(?i)(?:\\b(?:is|are) )?\\bnow (?:generally "
            + "|widely |broadly )?$");

    private static final Pattern BETA_BEFORE = Pattern.compile("(?i)\\b(?:exits|exited|leaves|left|comes out of"
            + "|is out of|opens) (?:public |open )?$");

    @Override
    public void find(Sentence sentence, List<Detection> found) {
        if (hedgesLaunch(sentence)) {
            // "Acme launching Foo this year: … Acme could unveil Foo in May": a lede that tells the
            // headline again with the hedge holds it for both
            return;
        }
        if (passive(sentence, found)) {
            return;
        }
        Detection arrived = arrives(sentence);
        if (arrived == null) {
            arrived = ownersNew(sentence);
        }
        if (arrived != null) {
            found.add(arrived);
            return;
        }
        if (launch(sentence, VERB.in(sentence), found) || launch(sentence, OFFERS.in(sentence), found)
                || launch(sentence, OPENS_TO_OTHERS.in(sentence), found)
                || launch(sentence, BEGINS.in(sentence), found)) {
            return;
        }
        // a verb's launch names the product better: "launches Foo with new features" launched Foo
        Detection withNew = namedLaunch(sentence);
        if (withNew == null) {
            withNew = newKindOfTheHeadlines(sentence);
        }
        if (withNew == null) {
            withNew = nowLets(sentence);
        }
        if (withNew != null) {
            found.add(withNew);
        }
    }

    /**
     * "Acme announces Foo launch", "Acme Celebrates Foo Brand Launch In Canada": the launch a company announces names
     * its product before the noun, as "announces Beta partnership" names the partner.
     */
    private static final Pattern NAMED_LAUNCH = Pattern.compile("(?i)\\b(?:announces?|announced|celebrates?"
            + "|celebrated) (?:the )?(?:official )?(?<product>(?-i:\\p{Lu})[\\w&.'’+-]*(?: (?-i:[\\p{Lu}\\d])"
            + "[\\w&.'’+-]*){0,4}?)(?: (?:brand|product|service|app))? launch\\b(?! (?:date|event|party|of|plans?))");

    private static @Nullable Detection namedLaunch(Sentence sentence) {
        String text = sentence.text();
        if (!sentence.lower().contains(" launch")) {
            return null;
        }
        Matcher named = NAMED_LAUNCH.matcher(text);
        if (!named.find()) {
            return null;
        }
        String product = named.group("product");
        String first = product.split(" ")[0].toLowerCase(Locale.ROOT);
        Sentence.Subject subject = Finder.subject(sentence, named);
        if (subject == null || subject.name() == null || NOT_PRODUCT.matcher(product).lookingAt()
                || NO_PRODUCT.contains(first) || NOT_A_PRODUCT_END.matcher(product).find()
                || BEFORE_NO_PRODUCT.contains(first) || product.equals(subject.name())
                || Hedges.beforeVerb(subject.between())) {
            return null;
        }
        return new Detection(subject.name(), new TriggerDetails.ProductLaunch(product),
                subject.inherited() ? 0.72 : 0.8);
    }

    /** The first launch a verb of the scan starts, added to {@code found}; whether there was one. */
    private static boolean launch(Sentence sentence, WordPattern.Scan verb, List<Detection> found) {
        String text = sentence.text();
        while (verb.find()) {
            String verbWords = verb.group().toLowerCase(Locale.ROOT);
            if (BASE_FORM.contains(verbWords) && !Finder.afterToOrWill(text, verb.start())
                    && !namesJoinedBefore(sentence, sentence.wordAt(verb.start()))) {
                // "a new release of", "its debut": nouns, not verbs; "Acme and Beta launch Foo" is a verb
                continue;
            }
            String object = text.substring(verb.end());
            if (object.startsWith(":") && verbWords.endsWith("ed") || NOT_PRODUCT.matcher(object).lookingAt()
                    || describes(sentence, sentence.wordAt(verb.start()))) {
                // "Foo 4 Released: a ride-hailing app …": a participle before a headline's colon tells of what stands
                // before it, launched by a maker the headline does not name
                continue;
            }
            if ((verbWords.startsWith("bring") || verbWords.startsWith("add") || verbWords.equals("brought")
                    || verbWords.equals("added")) && !NEW_OBJECT.matcher(object).matches()
                    && !(verbWords.startsWith("bring") && BROUGHT_SOMEWHERE.matcher(object).lookingAt())) {
                continue;
            }
            if ((verbWords.startsWith("release") || verbWords.contains("ship"))
                    && !looksLikeProduct(object)) {
                continue;
            }
            if (verbWords.contains("ship") && COUNT.matcher(object).lookingAt()) {
                // "shipped 48 combines", "to ship 40,000 tonnes of wheat": a delivery counted, not a launch
                continue;
            }
            boolean announcedNew = ANNOUNCED_NEW.matcher(verbWords).matches();
            boolean noun = NOUN_OF.matcher(verbWords).matches();
            String reporter = noun ? sentence.topic() : null;
            boolean reported = reporter != null && OPENS_REPORTED.matcher(text).region(0, verb.start()).matches();
            if (noun && !reported
                    && !WITH_THE.matcher(text.substring(Math.max(0, verb.start() - 9), verb.start())).find()) {
                // "the launch of" stands for the act only after "with" ("expands its range with the launch of Foo")
                // or as what a lede's company announced: "(Acme today announced) the launch of Foo"
                continue;
            }
            Sentence.Subject subject = reported ? new Sentence.Subject(reporter, "", true)
                    : noun ? leading(sentence, verb) : Finder.subject(sentence, verb);
            if (subject == null || !noun && toldInPassing(sentence, subject, verb.start()) || madeByNoCompany(subject)
                    || (verbWords.startsWith("to ") || text.regionMatches(true, Math.max(0, verb.start() - 3), "to ", 0,
                            3)) && purposeOfADeal(sentence, subject, verb.start())
                    || OFFERED.matcher(verbWords).lookingAt() && !leadsTheSentence(sentence, subject)) {
                // "Acme to offer a tablet" is Acme's news; "buys Beta to offer …", "lets firms offer …" a purpose
                continue;
            }
            String product = productOf(object, LINEUP.matcher(verbWords).matches());
            if (product != null && verbWords.startsWith("bring") && !PRODUCT_NOUN.matcher(product).find()
                    && !NEW_OBJECT.matcher(object).matches()) {
                // "brings its CEO to Davos": what is brought somewhere is a kind of product
                continue;
            }
            if (announcedNew && product != null && !PRODUCT_NOUN.matcher(product).find()) {
                // "announces new CEO", "presents new findings": news, not a product
                continue;
            }
            if (describedAsNoProduct(object, product)) {
                // "launches \"Run Far,\" a road safety awareness campaign": what it is, said after its name
                continue;
            }
            boolean somewhere = object.toLowerCase(Locale.ROOT).contains(" in ");
            if (product == null || somewhere && SITE_LIKE.matcher(product).find()
                    || NOT_A_PRODUCT_END.matcher(product).find()) {
                continue;
            }
            found.add(new Detection(subject.name(), new TriggerDetails.ProductLaunch(product),
                    subject.inherited() ? 0.72 : 0.85));
            return true;
        }
        return false;
    }

    /**
     * Whether the subject is a study, a report or a work, which "unveils" or "introduces" a finding, not a product:
     * "Groundbreaking Study Unveils a New Constant", "Annual survey introduces a hiring index".
     */
    private static boolean madeByNoCompany(Sentence.Subject subject) {
        String name = subject.name();
        if (name == null || subject.inherited()) {
            return false;
        }
        String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return NO_MAKERS.contains(last);
    }

    private static final Set<String> NO_MAKERS = WordList.of("non-maker-nouns");

    /**
     * "brings its photo feed to Europe", "brings their assistant to Android": a company's own product brought to a
     * market or a platform arrives there, a launch as "comes to" is.
     */
    private static final Pattern BROUGHT_SOMEWHERE = Pattern.compile("\\s*(?:its|their) [^,;:]{2,60}? to \\p{Lu}");

    /** "to offer" or "will offer" with no "new": a launch only when said of the company the sentence starts with. */
    private static final Pattern OFFERED = Pattern.compile("(?:to|will) offer (?:an? |its )?$");

    private static boolean leadsTheSentence(Sentence sentence, Sentence.Subject subject) {
        return !subject.inherited() && subject.between().isBlank() && subject.name() != null
                && sentence.text().startsWith(subject.name());
    }

    /** Whether an appositive after the product says it is a report, a campaign, an event or the like. */
    private static boolean describedAsNoProduct(String object, @Nullable String product) {
        if (product == null) {
            return false;
        }
        int at = object.indexOf(product);
        if (at < 0) {
            return false;
        }
        Matcher appositive = APPOSITIVE.matcher(object).region(at + product.length(), object.length());
        return appositive.lookingAt() && NOT_PRODUCT_HEAD.matcher(appositive.group(1)).find()
                || PERSONS_APPOSITIVE.matcher(object).region(at + product.length(), object.length()).lookingAt();
    }

    /** "introduces 'Watch,' his five favourite retailers": what a person names is their pick, not a product. */
    private static final Pattern PERSONS_APPOSITIVE = Pattern.compile("[\"'”’]?,[\"'”’]? (?i:his|her) ");

    private static final Pattern APPOSITIVE = Pattern.compile("[\"'”’]?,[\"'”’]? (?i:an?|the|its|their) "
            + "([^,;:.]{1,60}?)(?=[,;:.]|$| to | for | that | which | in | on | with | aimed )");

    /** "announces a new …", "presents new …": a launch only when what is new is a kind of product. */
    private static final Pattern ANNOUNCED_NEW = Pattern.compile("(?:announces?|announced|presents?|presented"
            + "|offers?|to offer|will offer) (?:an? |its )?");

    private static final Pattern COUNT = Pattern.compile("\\s*(?:[\\d.,]+|an? (?:further|additional|extra))\\b");

    private static final Pattern NOUN_OF = Pattern.compile("(?:launch|introduction|debut"
            + "|release(?: to manufacturing)?|unveiling|roll-?out|availability) of|(?:newest|latest) addition to");

    /**
     * What may stand before the act's noun where it opens a lede whose reporter was set apart: "(Acme today announced)
     * the upcoming major release of Foo", "(…) the general availability of Foo".
     */
    private static final Pattern OPENS_REPORTED = Pattern.compile("(?i)(?:(?:the|its|their|an?) )?(?:(?:next"
            + "|newest|latest|new|upcoming|first|major|official|commercial|general|global|worldwide|international"
            + "|public|full|beta|test|open) )*");

    private static final Pattern WITH_THE = Pattern.compile("(?i)\\bwith (?:the )?$");

    /** "Acme expands its lineup with the launch of Foo": the headline's company, unless hedged. */
    private static Sentence.@Nullable Subject leading(Sentence sentence, WordPattern.Scan verb) {
        String company = sentence.leadingName();
        return company == null || Hedges.beforeVerb(sentence.text().substring(0, verb.start())) ? null
                : new Sentence.Subject(company, "", true);
    }

    /**
     * Whether only names joined by "and" (or listed with commas) stand before the word at {@code verb}, from the
     * sentence's start: "Acme and Beta Launch Foo", "Acme, Beta and Gamma unveil Foo" use the verb's plural form.
     */
    static boolean namesJoinedBefore(Sentence sentence, int verb) {
        List<Sentence.Word> words = sentence.words();
        boolean joined = false;
        boolean name = false;
        for (int i = verb - 1; i >= 0; i--) {
            Sentence.Word word = words.get(i);
            if (word.lower().equals("and") || word.lower().equals("&")) {
                if (!name) {
                    return false;
                }
                joined = true;
                name = false;
                continue;
            }
            if (word.bare().isEmpty() || !Character.isUpperCase(word.bare().charAt(0)) || word.possessive()) {
                return false;
            }
            name = true;
        }
        return joined && name;
    }

    /**
     * Whether the verb at word {@code verb} opens a relative clause that describes its company: "the diaper maker that
     * has introduced …", "a studio which previously released …" tell what the company is, not the item's news.
     */
    private static boolean describes(Sentence sentence, int verb) {
        List<Sentence.Word> words = sentence.words();
        int i = verb - 1;
        while (i >= 0 && RELATIVE_FILLER.contains(words.get(i).lower())) {
            i--;
        }
        return i >= 0 && RELATIVE.contains(words.get(i).lower());
    }

    private static final Set<String> RELATIVE = Set.of("that", "which", "who");

    private static final Set<String> RELATIVE_FILLER = Set.of("has", "have", "had", "recently",
            "previously", "already", "once", "first", "successfully");

    /**
     * Whether the subject of the verb at {@code verb} follows a word that makes its clause a time or a cause told in
     * passing: "X doubles its prices after Acme releases Foo", "shares rise as Acme unveils Foo" tell of the earlier
     * event as the setting of other news.
     */
    static boolean toldInPassing(Sentence sentence, Sentence.Subject subject, int verb) {
        return IN_PASSING.contains(wordBefore(sentence, subject, verb));
    }

    /**
     * Whether "to launch" is the purpose of a deal told of the company the subject names: "enters a joint venture with
     * Beta to launch Foo", "closes its purchase of Beta to launch Foo" name Beta as the one that launches, which
     * neither says it does nor that the deal's maker has decided to.
     */
    private static boolean purposeOfADeal(Sentence sentence, Sentence.Subject subject, int verb) {
        return DEAL_BEFORE.contains(wordBefore(sentence, subject, verb));
    }

    private static final Set<String> DEAL_BEFORE = Set.of("with", "of", "buys", "bought", "buying", "acquires",
            "acquired", "acquiring");

    /** The word in lower case right before the subject's name, in the same clause; "" where there is none. */
    private static String wordBefore(Sentence sentence, Sentence.Subject subject, int verb) {
        String name = subject.name();
        if (subject.inherited() || name == null) {
            return "";
        }
        int at = sentence.text().lastIndexOf(name, verb);
        int word = at < 0 ? -1 : sentence.wordAt(at) - 1;
        return word < 0 || sentence.words().get(word).endsClause() ? "" : sentence.words().get(word).lower();
    }

    private static final Set<String> IN_PASSING = Set.of("after", "since", "following", "before",
            "as", "when", "while", "because", "until", "once");

    private static final Set<String> BASE_FORM = WordList.of("launch-base-forms");

    private static boolean passive(Sentence sentence, List<Detection> found) {
        WordPattern.Scan by = PASSIVE.in(sentence);
        if (!by.find()) {
            return false;
        }
        String text = sentence.text();
        while (AVAILABLE.matcher(by.group()).lookingAt()) {
            if (available(sentence, by, found)) {
                return true;
            }
            // "its open source Foo is now available": an open source that describes the product, not its state
            if (!OPEN_SOURCE.matcher(by.group()).lookingAt() || !by.find()) {
                return false;
            }
        }
        String company = sentence.nameStartingAt(sentence.wordFrom(by.end()));
        String before = PASSIVE_AUXILIARY.matcher(text.substring(0, by.start())).replaceAll("");
        int last = sentence.wordBefore(by.start() - (text.substring(0, by.start()).length() - before.length()));
        String product = last < 0 ? null : sentence.nameEndingAt(last);
        if (product == null) {
            product = productOf(before);
        }
        if (company == null || product == null || Hedges.beforeVerb(before)
                || NOT_PRODUCT.matcher(before).lookingAt()) {
            return false;
        }
        found.add(new Detection(company, new TriggerDetails.ProductLaunch(product), 0.8));
        return true;
    }

    /**
     * "Foo is now available for Mac", "Acme's Foo app goes live": the product is the name before the words, its
     * maker the name the sentence starts with (the product's own name when that is all there is).
     */
    private static boolean available(Sentence sentence, WordPattern.Scan words, List<Detection> found) {
        String upTo = sentence.text().substring(0, words.start());
        Matcher state = (words.group().equalsIgnoreCase("beta") ? BETA_BEFORE : AVAILABLE_BEFORE).matcher(upTo);
        if (!state.find()) {
            return false;
        }
        String before = upTo.substring(0, state.start());
        boolean hedged = Hedges.beforeVerb(before);
        int last = sentence.wordBefore(state.start());
        String product = last < 0 ? null : sentence.nameEndingAt(last);
        String company = sentence.leadingName();
        int owner = product == null ? ownerOfKind(sentence, last) : -1;
        if (owner >= 0) {
            // "Acme's mapping tool is now open source": a kind of product its owner names
            product = sentence.text().substring(sentence.words().get(owner + 1).start(),
                    sentence.words().get(last).end());
            company = sentence.nameEndingAt(owner);
            company = company == null ? null : stripPossessive(company);
            before = product;
        }
        if (product == null || company == null || hedged || NOT_PRODUCT.matcher(before).lookingAt()
                || NOT_A_PRODUCT_END.matcher(product).find() || BOOK_LIKE.matcher(before).find()
                || before.strip().length() > product.length() + 40) {
            return false;
        }
        if (company.equals(product) && product.indexOf(' ') > 0 && !product.startsWith("The ")) {
            // "Lumo Notes now available": the brand the product's name starts with
            company = product.substring(0, product.indexOf(' '));
        }
        found.add(new Detection(company, new TriggerDetails.ProductLaunch(product), 0.72));
        return true;
    }

    /**
     * The word of the possessive owner before a kind of product that ends at word {@code last} ("Acme's big data
     * platform"), up to five words before it; else -1.
     */
    private static int ownerOfKind(Sentence sentence, int last) {
        List<Sentence.Word> words = sentence.words();
        if (last < 1 || !PRODUCT_KIND.matcher(words.get(last).lower()).matches()) {
            return -1;
        }
        for (int i = last - 1; i >= Math.max(0, last - 5); i--) {
            if (words.get(i).possessive()) {
                return i;
            }
            if (words.get(i).endsClause()) {
                return -1;
            }
        }
        return -1;
    }

    /** Books, albums and films "now available" are works, not a company's products. */
    private static final Pattern BOOK_LIKE = Pattern.compile("(?i)\\b(?:book|novel|memoir|album|single|song|film"
            + "|movie|documentary|episode|season|podcast|report|guide|ebook)\\b");

    /**
     * A product has a name ("Rovo", "Pixel Watch 3", "mu-X") or is a kind of product ("an AI copilot for lawyers");
     * "some changes", "announcements" or "of fortify-headers" are neither.
     */
    private static boolean looksNamed(String product) {
        if (!startsAProduct(product)) {
            return false;
        }
        String[] words = product.split(" ");
        for (String word : words) {
            if (word.chars().anyMatch(Character::isUpperCase) || word.chars().anyMatch(Character::isDigit)) {
                return true;
            }
        }
        return PRODUCT_NOUN.matcher(product).find();
    }

    /** Whether a product's first word may start one: not "some changes", "of fortify-headers". */
    private static boolean startsAProduct(String product) {
        String first = product.split(" ")[0];
        return !PRODUCT_STOP.matcher(" " + first + " ").lookingAt()
                && !GENERIC.contains(first.toLowerCase(Locale.ROOT));
    }

    private static final String[] PRODUCT_PREFIXES = { "a ", "an ", "the ", "its ", "their ", "new ", "first-ever ",
        "first ", "latest ", "next-generation ", "next-gen ", "launch of ", "release of " };

    private static final Pattern LINEUP = Pattern.compile("(?i)" + LINEUP_WIDENED);

    private static final Set<String> GENERIC = WordList.of("not-product-starts");

    private static final Pattern PRODUCT_NOUN = Pattern.compile("(?i)\\b(?:app|apps|platform|tool|tools|service"
            + "|services|feature|features|model|models|device|devices|phone|smartphone|laptop|car|suv|truck|ev|chip"
            + "|chips|processor|software|api|sdk|assistant|copilot|agent|agents|card|account|wallet|drug|vaccine"
            + "|therapy|test|kit|headset|watch|console|game|series|line|range|collection|menu|drink|product|products"
            + "|solution|suite|system|engine|robot|drone|satellite internet|subscription|plan|marketplace|store"
            + "|network|browser|camera|speaker|tv|tablet|printer|scanner|sensor|battery|charger|module|library"
            + "|framework|database|cloud|index fund|etf|insurance|loan|mortgage|credit card|debit card|notebook"
            + "|computer|pc|handheld|middleware|connector|headset|glasses|interface|edition|operating system|portal"
            + "|search engine|chatbot|plugin|plug-in|extension|vehicle|scooter|bike|model|feed)s?\\b");

    /** "releases Q3 results", "ships quarterly report", "released its Q2 index": a reporting period, not a product. */
    private static boolean looksLikeProduct(String object) {
        return !REPORTING_PERIOD.matcher(object).lookingAt();
    }

    /**
     * What ends in a report, a campaign, an event or a unit is no product, whatever describes it ("unveils 2025 Net
     * Zero Report", "launches Spot Trading Competition", "unveils star-studded lineup").
     */
    private static final Pattern NOT_PRODUCT_HEAD = Pattern.compile("(?i)\\b(?:reports?|papers?|book|novel|tale"
            + "|forecasts?|council|competition|lineup|line-up|deals|restructuring|identity|push|plan|department"
            + "|agency|finale|forum|website|site|analysis|acquisition|recovery|attacks|opening|experiences|potential"
            + "|methods|innovators|honorees|agreement|strategy|campaign|survey|study|podcast|magazine|memoir|division"
            + "|episode|deal|prices|clinics|museum|guide|guides|handbook|project|projects|operation|operations|token"
            + "|tokens)$"
            + "|\\b(?:book|novel|memoir|podcast|specifications?)\\b");

    /**
     * Whether what is launched is a title in quotes that names a work, not a product: "launches \"Harbor Talk: The
     * Podcast\"", "debuts 'The Small Grower's Guide' online". The quotes hide the head word from the product's end.
     */
    static boolean quotedWork(String object) {
        if (object.isEmpty() || QUOTES.indexOf(object.charAt(0)) < 0) {
            return false;
        }
        char close = CLOSING_QUOTES.charAt(QUOTES.indexOf(object.charAt(0)));
        for (int at = object.indexOf(close, 1); at > 0; at = object.indexOf(close, at + 1)) {
            // an apostrophe inside the title ("Grower's") is followed by a letter; the closing quote is not
            if (at + 1 == object.length() || !Character.isLetter(object.charAt(at + 1))) {
                String title = TRAILING_PUNCTUATION.matcher(object.substring(1, at).strip()).replaceAll("");
                return NOT_PRODUCT_HEAD.matcher(title).find();
            }
        }
        return false;
    }

    private static final String QUOTES = "\"'\u201C\u2018";

    private static final String CLOSING_QUOTES = "\"'\u201D\u2019";

    private static final Pattern REPORTING_PERIOD = Pattern.compile("(?i)\\s*(?:(?:its|their|the) )?(?:q[1-4]"
            + "|quarterly|annual|full-year"
            + "|first-quarter|second-quarter|third-quarter|fourth-quarter|half-year)");

    private static final Pattern PASSIVE_AUXILIARY = Pattern.compile(
            "(?i)\\s*(?:was|were|is|has been|have been|being)\\s*$");

    /** A sentence's full stop after what is launched: "… of its growth strategy." ends in "strategy". */
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:!?\"'”’]+$");

    /** An object that opens (after an article or "its") with "new": what is brought or added is then a product. */
    private static final Pattern NEW_OBJECT = Pattern.compile("(?i)\\s*(?:a |an |the |its )?new .*");

    private static final Pattern TRAILING_POSSESSIVE = Pattern.compile("['’]s?$");

    /** A company's name without the possessive it was read with: "Acme's" is Acme. */
    static String stripPossessive(String company) {
        return TRAILING_POSSESSIVE.matcher(company).replaceAll("");
    }

    private static @Nullable String productOf(String object) {
        return productOf(object, false);
    }

    /**
     * What is launched, read from the words after the verb; {@code widensLine} where the verb widens a company's line
     * ({@link #LINEUP_WIDENED}), which says what follows is a product even where it is not named.
     */
    private static @Nullable String productOf(String object, boolean widensLine) {
        // "Acme Unveils: Foo, a …": the product after the headline's colon
        String rest = object.startsWith(":") ? object.substring(1).strip() : object.strip();
        if (quotedWork(rest)) {
            return null;
        }
        Matcher stop = PRODUCT_STOP.matcher(rest);
        int end = stop.find(Math.min(1, rest.length())) ? stop.start() : rest.length();
        String product = rest.substring(0, end).strip();
        String lower = product.toLowerCase(Locale.ROOT);
        // once more after "launch of" or "release of": "the release of their Foo"
        for (int pass = 0; pass < 2; pass++) {
            for (String prefix : PRODUCT_PREFIXES) {
                if (lower.startsWith(prefix)) {
                    product = product.substring(prefix.length());
                    lower = lower.substring(prefix.length());
                }
            }
        }
        int of = product.indexOf(" of ");
        if (product.length() < 2 || product.split(" ").length > 10 || !(widensLine ? startsAProduct(product)
                : looksNamed(product))
                || NOT_PRODUCT_HEAD.matcher(TRAILING_PUNCTUATION.matcher(product).replaceAll("")).find()
                || of > 0 && NOT_PRODUCT_HEAD.matcher(product.substring(0, of)).find()) {
            // "its latest analysis of the cloud market": what stands before "of" is what was released
            return null;
        }
        return product.replaceAll("[\"']", "").replaceAll("[.,;:!?]+$", "").strip();
    }
}
