package dev.kairos.ingest.detect;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kairos.events.RoleCategory;
import dev.kairos.events.TriggerDetails;
import dev.kairos.events.TriggerType;
import org.jspecify.annotations.Nullable;

/**
 * A trigger the model found where no finder did: the type's details left empty but for what can be read without
 * knowing the sentence's structure (an amount), and the company the item is about as its best guess.
 */
final class Fallback {

    private Fallback() {
    }

    static Detection detection(TriggerType type, Reading reading, double confidence) {
        String company = company(reading);
        String mover = null;
        if (type == TriggerType.EXECUTIVE_HIRE || type == TriggerType.LEADERSHIP_DEPARTURE) {
            String movedOtherWay = movedOtherWay(type, reading);
            if (ExecutiveMoveFinder.looksLikePerson(company)) {
                // "Jane Doe steps down from Acme": the item leads with the person, the company comes after
                mover = company;
                company = otherName(reading.headline(), company);
            }
            if (mover == null || mover.equals(movedOtherWay)) {
                mover = person(reading, company, movedOtherWay);
            }
        }
        if (type == TriggerType.IPO) {
            // "an initial public offering of 500,000 shares of Acme": the issuer, not the underwriter reporting it
            String issuer = IpoFinder.issuerOf(reading.headline());
            if (issuer == null && reading.lede() != null) {
                issuer = IpoFinder.issuerOf(reading.lede());
            }
            company = issuer != null ? issuer : company;
        }
        Money money = money(reading);
        TriggerDetails details = switch (type) {
            case FUNDING_ROUND -> new TriggerDetails.Funding(FundingFinder.roundOf(reading.headline().text()),
                    money == null ? null : money.amount(), money == null ? null : money.currency(),
                    java.util.List.of());
            case ACQUISITION -> sold(reading)
                    ? new TriggerDetails.Acquisition(null, company, money == null ? null : money.amount(),
                            money == null ? null : money.currency())
                    : new TriggerDetails.Acquisition(company, target(reading, company),
                            money == null ? null : money.amount(), money == null ? null : money.currency());
            case EXECUTIVE_HIRE -> {
                Roles.Role role = role(reading);
                yield new TriggerDetails.ExecutiveHire(mover, role == null ? null : role.words(),
                        role == null ? RoleCategory.OTHER_EXEC : role.category());
            }
            case LEADERSHIP_DEPARTURE -> {
                Roles.Role role = role(reading);
                yield new TriggerDetails.LeadershipDeparture(mover, role == null ? null : role.words(),
                        role == null ? RoleCategory.OTHER_EXEC : role.category());
            }
            case IPO -> new TriggerDetails.Ipo(null, money == null ? null : money.amount(),
                    money == null ? null : money.currency());
            case LAYOFFS -> new TriggerDetails.Layoffs(null, null);
            case EXPANSION -> new TriggerDetails.Expansion(null);
            case PRODUCT_LAUNCH -> new TriggerDetails.ProductLaunch(null);
            case PARTNERSHIP -> new TriggerDetails.Partnership(null);
        };
        return new Detection(type == TriggerType.ACQUISITION ? ((TriggerDetails.Acquisition) details).target()
                : company, details, confidence);
    }

    /** "Acme sells …", "Acme to be acquired by …": the company the item leads with is the one bought. */
    private static final Pattern SOLD = Pattern.compile("(?i)\\b(?:sells?|sold|selling|(?:acquired|bought|purchased"
            + "|taken over|snapped up) by|(?:acquisition|purchase|takeover|buyout) by|to be (?:acquired|bought|sold"
            + "|taken over)|gets? (?:acquired|bought|snapped up)|going private)\\b");

    /** What is bought follows: "acquires Beta", "the acquisition of Beta", "buys the assets of Beta". */
    private static final Pattern BUYS = Pattern.compile("(?i)\\b(?:acquires?|acquired|acquiring|buys|bought"
            + "|to buy|purchases?|purchased|(?:acquisition|purchase|takeover|buyout) of)"
            + "(?: (?:the |its )?(?:assets|business|rest|remainder) of| (?:an? )?[\\d.]+ ?(?:pct|percent|%)"
            + "(?: stake)? (?:of|in))? (?:the )?");

    /** What is bought comes before the deal's noun: "Beta acquisition", "$700M Beta takeover". */
    private static final Pattern DEAL_NOUN = Pattern.compile("(?i) (?:acquisition|takeover|buyout)\\b");

    /** The company bought, as the headline (else the lede) names it after a verb of buying or before the deal. */
    private static @Nullable String target(Reading reading, @Nullable String acquirer) {
        // a headline in capitals shortens names its lede spells in full
        boolean capitals = reading.headline().inCapitals() && reading.lede() != null;
        String target = capitals ? null : targetIn(reading.headline(), acquirer);
        if (target == null && reading.lede() != null) {
            target = targetIn(reading.lede(), acquirer);
        }
        // "acquires Ohio company", "acquisition of Danish company": a place describes an unnamed one
        return target == null || Places.isPlace(target) || Places.isPlaceAdjective(target) ? null : target;
    }

    private static @Nullable String targetIn(Sentence sentence, @Nullable String acquirer) {
        String text = sentence.text();
        Matcher buys = BUYS.matcher(text);
        if (buys.find()) {
            int word = sentence.wordFrom(buys.end());
            String name = sentence.nameStartingAt(word);
            if (name == null && word < sentence.words().size()) {
                // "acquires ipoque", "to acquire @stake": a brand in lower case
                Sentence.Word next = sentence.words().get(word);
                String bare = next.bare();
                name = bare.length() > 1 && !bare.equals(bare.toLowerCase(Locale.ROOT).strip()) || bare.startsWith("@")
                        || word + 1 == sentence.words().size() ? bare : null;
            }
            if (name != null && !name.equals(acquirer)) {
                return name;
            }
        }
        Matcher deal = DEAL_NOUN.matcher(text);
        if (deal.find()) {
            String name = sentence.nameEndingAt(sentence.wordBefore(deal.start() + 1));
            if (name != null && !name.equals(acquirer)) {
                return name;
            }
        }
        return null;
    }

    /** The first name in the sentence other than the one given and other than a person's. */
    static @Nullable String otherName(Sentence sentence, @Nullable String not) {
        List<Sentence.Word> words = sentence.words();
        for (int k = 0; k < words.size(); k++) {
            if (!sentence.isNameWord(words.get(k)) || k > 0 && sentence.isNameWord(words.get(k - 1))
                    && !words.get(k - 1).endsClause()) {
                continue;
            }
            String name = sentence.nameStartingAt(k);
            if (name != null && !name.equals(not) && (not == null || !not.contains(name))
                    && !ExecutiveMoveFinder.looksLikePerson(name) && Roles.find(name, 0, name.length()) == null) {
                return name;
            }
        }
        return null;
    }

    private static boolean sold(Reading reading) {
        return SOLD.matcher(reading.headline().text()).find();
    }

    /** The first leadership role the headline, else the lede, names. */
    private static Roles.@Nullable Role role(Reading reading) {
        String headline = reading.headline().text();
        Roles.Role role = Roles.find(headline, 0, headline.length());
        if (role == null && reading.lede() != null) {
            String lede = reading.lede().text();
            role = Roles.find(lede, 0, lede.length());
        }
        return role;
    }

    /**
     * The person a finder found moving the other way in the item ("Y named chair to replace X": Y is hired), whom the
     * model's move of this type is not about.
     */
    private static @Nullable String movedOtherWay(TriggerType type, Reading reading) {
        for (Detection detection : reading.detections()) {
            if (detection.type() == type) {
                continue;
            }
            if (detection.details() instanceof TriggerDetails.ExecutiveHire hire) {
                return hire.person();
            }
            if (detection.details() instanceof TriggerDetails.LeadershipDeparture left) {
                return left.person();
            }
        }
        return null;
    }

    /** The first person the headline, else the lede, names, passing over {@code movedOtherWay}. */
    private static @Nullable String person(Reading reading, @Nullable String company,
            @Nullable String movedOtherWay) {
        String person = ExecutiveMoveFinder.personNamed(reading.headline().text(), company, movedOtherWay);
        if (person == null && reading.lede() != null) {
            person = ExecutiveMoveFinder.personNamed(reading.lede().text(), company, movedOtherWay);
        }
        return person;
    }

    private static @Nullable String company(Reading reading) {
        String name = reading.headline().leadingName();
        Sentence lede = reading.lede();
        // a wire headline in capitals names its company in full only in the lede
        if (lede != null && (name == null || name.equals(name.toUpperCase(Locale.ROOT)) && name.length() > 5)) {
            String inLede = lede.leadingName();
            if (inLede != null) {
                name = inLede;
            }
        }
        return name;
    }

    private static @Nullable Money money(Reading reading) {
        Money money = Money.find(reading.headline().text(), 0);
        if (money == null && reading.lede() != null) {
            money = Money.find(reading.lede().text(), 0);
        }
        return money;
    }
}
