package dev.kairos.events;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.jspecify.annotations.Nullable;

/**
 * The attributes of one trigger type. The owning {@link TriggerEvent}'s {@code type} names the variant, so the JSON
 * of the details carries no type field of its own.
 */
@JsonSubTypes({ @JsonSubTypes.Type(value = TriggerDetails.Funding.class, name = "FUNDING_ROUND"),
        @JsonSubTypes.Type(value = TriggerDetails.Acquisition.class, name = "ACQUISITION"),
        @JsonSubTypes.Type(value = TriggerDetails.ExecutiveHire.class, name = "EXECUTIVE_HIRE"),
        @JsonSubTypes.Type(value = TriggerDetails.LeadershipDeparture.class, name = "LEADERSHIP_DEPARTURE"),
        @JsonSubTypes.Type(value = TriggerDetails.Ipo.class, name = "IPO"),
        @JsonSubTypes.Type(value = TriggerDetails.Layoffs.class, name = "LAYOFFS"),
        @JsonSubTypes.Type(value = TriggerDetails.Expansion.class, name = "EXPANSION"),
        @JsonSubTypes.Type(value = TriggerDetails.ProductLaunch.class, name = "PRODUCT_LAUNCH"),
        @JsonSubTypes.Type(value = TriggerDetails.Partnership.class, name = "PARTNERSHIP") })
public sealed interface TriggerDetails {

    /** The trigger type these details belong to. */
    TriggerType type();

    /** Money raised from investors. {@code round} is SEED, SERIES_A … SERIES_J, GROWTH, DEBT, … or UNKNOWN. */
    record Funding(String round, @Nullable BigDecimal amount, @Nullable Currency currency, List<String> investors)
            implements TriggerDetails {
        public Funding {
            investors = List.copyOf(investors);
        }

        @Override
        public TriggerType type() {
            return TriggerType.FUNDING_ROUND;
        }
    }

    /** A company bought, or agreed to buy, another company or business unit. */
    record Acquisition(@Nullable String acquirer, @Nullable String target, @Nullable BigDecimal amount,
            @Nullable Currency currency) implements TriggerDetails {
        @Override
        public TriggerType type() {
            return TriggerType.ACQUISITION;
        }
    }

    /** Someone joined a company in a C-level, VP-or-above, general manager or board role. */
    record ExecutiveHire(@Nullable String person, @Nullable String role, RoleCategory roleCategory)
            implements TriggerDetails {
        @Override
        public TriggerType type() {
            return TriggerType.EXECUTIVE_HIRE;
        }
    }

    /** Such a person resigned, retired, was fired or left. */
    record LeadershipDeparture(@Nullable String person, @Nullable String role, RoleCategory roleCategory)
            implements TriggerDetails {
        @Override
        public TriggerType type() {
            return TriggerType.LEADERSHIP_DEPARTURE;
        }
    }

    /** An initial public offering, direct listing or SPAC listing was filed for, priced or completed. */
    record Ipo(@Nullable String exchange, @Nullable BigDecimal amount, @Nullable Currency currency)
            implements TriggerDetails {
        @Override
        public TriggerType type() {
            return TriggerType.IPO;
        }
    }

    /** Jobs were cut; {@code headcount} and {@code percent} when the text gives them. */
    record Layoffs(@Nullable Integer headcount, @Nullable BigDecimal percent) implements TriggerDetails {
        @Override
        public TriggerType type() {
            return TriggerType.LAYOFFS;
        }
    }

    /** A new office, headquarters, plant, data centre, country or region. */
    record Expansion(@Nullable String location) implements TriggerDetails {
        @Override
        public TriggerType type() {
            return TriggerType.EXPANSION;
        }
    }

    /** A new product or service was launched, released or unveiled. */
    record ProductLaunch(@Nullable String product) implements TriggerDetails {
        @Override
        public TriggerType type() {
            return TriggerType.PRODUCT_LAUNCH;
        }
    }

    /** A partnership, alliance, joint venture, integration or distribution agreement. */
    record Partnership(@Nullable String partner) implements TriggerDetails {
        @Override
        public TriggerType type() {
            return TriggerType.PARTNERSHIP;
        }
    }
}
