package dev.kairos.ingest.detect;

import java.util.Locale;

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
            case ACQUISITION -> new TriggerDetails.Acquisition(company, null, money == null ? null : money.amount(),
                    money == null ? null : money.currency());
            case EXECUTIVE_HIRE -> new TriggerDetails.ExecutiveHire(null, null, RoleCategory.OTHER_EXEC);
            case LEADERSHIP_DEPARTURE -> new TriggerDetails.LeadershipDeparture(null, null, RoleCategory.OTHER_EXEC);
            case IPO -> new TriggerDetails.Ipo(null, money == null ? null : money.amount(),
                    money == null ? null : money.currency());
            case LAYOFFS -> new TriggerDetails.Layoffs(null, null);
            case EXPANSION -> new TriggerDetails.Expansion(null);
            case PRODUCT_LAUNCH -> new TriggerDetails.ProductLaunch(null);
            case PARTNERSHIP -> new TriggerDetails.Partnership(null);
        };
        return new Detection(type == TriggerType.ACQUISITION ? null : company, details, confidence);
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
