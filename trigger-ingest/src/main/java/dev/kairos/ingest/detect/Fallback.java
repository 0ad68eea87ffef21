package dev.kairos.ingest.detect;

import java.util.Locale;
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
        Money money = money(reading);
        TriggerDetails details = switch (type) {
            case FUNDING_ROUND -> new TriggerDetails.Funding(FundingFinder.roundOf(reading.headline().text()),
                    money == null ? null : money.amount(), money == null ? null : money.currency(),
                    java.util.List.of());
            case ACQUISITION -> sold(reading)
                    ? new TriggerDetails.Acquisition(null, company, money == null ? null : money.amount(),
                            money == null ? null : money.currency())
                    : new TriggerDetails.Acquisition(company, null, money == null ? null : money.amount(),
                            money == null ? null : money.currency());
            case EXECUTIVE_HIRE -> {
                Roles.Role role = role(reading);
                yield new TriggerDetails.ExecutiveHire(person(reading, company), role == null ? null : role.words(),
                        role == null ? RoleCategory.OTHER_EXEC : role.category());
            }
            case LEADERSHIP_DEPARTURE -> {
                Roles.Role role = role(reading);
                yield new TriggerDetails.LeadershipDeparture(person(reading, company),
                        role == null ? null : role.words(), role == null ? RoleCategory.OTHER_EXEC : role.category());
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
            + "|taken over|snapped up) by|to be (?:acquired|bought|sold|taken over))\\b");

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

    /** The first person the headline, else the lede, names. */
    private static @Nullable String person(Reading reading, @Nullable String company) {
        String person = ExecutiveMoveFinder.personNamed(reading.headline().text(), company);
        if (person == null && reading.lede() != null) {
            person = ExecutiveMoveFinder.personNamed(reading.lede().text(), company);
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
