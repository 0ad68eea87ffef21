package dev.kairos.leads.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import dev.kairos.events.AccountStatus;
import dev.kairos.events.Lead;
import dev.kairos.events.LeadIntent;
import dev.kairos.events.RoleCategory;
import dev.kairos.events.TriggerDetails;
import dev.kairos.events.TriggerType;
import org.jspecify.annotations.Nullable;

/**
 * Scores a lead in [0, 1] as the weighted sum of five parts, each in [0, 1]: the strongest trigger's strength, how
 * recent the newest trigger is, how well the account fits, how sure the account match is, and how many triggers the
 * lead has. docs/lead-publisher.md gives the formula and a worked example, which {@code LeadScorerTest} checks.
 */
public final class LeadScorer {

    private static final double LOG_100_MILLION_PLUS_ONE = 2;

    private final ScoreWeights weights;

    public LeadScorer(ScoreWeights weights) {
        this.weights = weights;
    }

    public LeadScorer() {
        this(ScoreWeights.DEFAULTS);
    }

    /** A score and its parts. */
    public record Score(double value, List<Lead.ScorePart> parts) {
    }

    /**
     * What a lead is scored on.
     *
     * @param triggers what the score takes of each of its triggers
     * @param tier the account's tier in the CRM, if known
     * @param employees the account's employees, if known
     * @param accountStatus prospect or customer
     * @param intent what the rule's leads are for
     * @param matchScore how sure the account match is
     */
    public record Input(List<TriggerInput> triggers, @Nullable String tier, @Nullable Integer employees,
            AccountStatus accountStatus, LeadIntent intent, double matchScore) {
    }

    /**
     * What the score takes of one trigger: worked out once, when the trigger joins its lead, so that scoring a lead
     * again needs none of its triggers' details.
     *
     * @param type the trigger's type
     * @param strength how strongly it signals a purchase, before its confidence ({@link #strength})
     * @param confidence how sure detection was
     * @param occurredAt when it happened
     */
    public record TriggerInput(TriggerType type, double strength, double confidence, Instant occurredAt) {

        public static TriggerInput of(Lead.Trigger trigger) {
            return of(trigger.details(), trigger.confidence(), trigger.occurredAt());
        }

        public static TriggerInput of(TriggerDetails details, double confidence, Instant occurredAt) {
            return new TriggerInput(details.type(), LeadScorer.strength(details), confidence, occurredAt);
        }
    }

    /** The score of a lead at {@code now}: its recency part decays as its newest trigger ages. */
    public Score score(Input input, Instant now) {
        TriggerInput strongest = input.triggers().getFirst();
        double strength = -1;
        Instant newest = Instant.MIN;
        for (TriggerInput trigger : input.triggers()) {
            double value = trigger.strength() * trigger.confidence();
            if (value > strength) {
                strength = value;
                strongest = trigger;
            }
            if (trigger.occurredAt().isAfter(newest)) {
                newest = trigger.occurredAt();
            }
        }
        long ageMillis = Math.max(0, Duration.between(newest, now).toMillis());
        double ageInDays = ageMillis / (double) Duration.ofDays(1).toMillis();
        double recency = Math.pow(0.5, ageMillis / (double) weights.recencyHalfLife().toMillis());
        double tier = tier(input.tier());
        double status = status(input.accountStatus(), input.intent());
        double size = size(input.employees());
        double fit = (tier + status + size) / 3;
        int count = input.triggers().size();
        double several = 1 - Math.pow(0.5, count - 1);
        // the explanations are written for every revision: concatenated, as String.format would parse its pattern
        List<Lead.ScorePart> parts = List.of(
                part("trigger", weights.trigger(), strength, strongest.type() + " strength "
                        + fixed(strongest.strength(), 3) + " x confidence " + fixed(strongest.confidence(), 2)),
                part("recency", weights.recency(), recency, "newest trigger " + fixed(ageInDays, 1)
                        + " days old, half-life " + weights.recencyHalfLife().toDays() + " days"),
                part("fit", weights.fit(), fit, "mean of tier " + fixed(tier, 2) + ", status " + fixed(status, 2)
                        + ", employees " + fixed(size, 3)),
                part("match", weights.match(), input.matchScore(), "account match score"),
                part("triggers", weights.triggers(), several, count + (count == 1 ? " trigger" : " triggers")));
        double sum = weights.trigger() * strength + weights.recency() * recency + weights.fit() * fit
                + weights.match() * input.matchScore() + weights.triggers() * several;
        return new Score(Math.min(1, Math.max(0, round(sum, 2))), parts);
    }

    private static Lead.ScorePart part(String name, double weight, double value, String explanation) {
        return new Lead.ScorePart(name, round(weight, 4), round(Math.min(1, Math.max(0, value)), 3), explanation);
    }

    /** How strongly a trigger signals a purchase, before its detection confidence: type weight × modifier. */
    static double strength(TriggerDetails details) {
        return weightOf(details.type()) * switch (details) {
            case TriggerDetails.Funding funding -> 0.5 * round(funding.round()) + 0.5 * amount(funding.amount());
            case TriggerDetails.Acquisition acquisition -> 0.5 + 0.5 * amount(acquisition.amount());
            case TriggerDetails.Ipo ipo -> 0.5 + 0.5 * amount(ipo.amount());
            case TriggerDetails.ExecutiveHire hire -> seniority(hire.roleCategory());
            case TriggerDetails.LeadershipDeparture departure -> seniority(departure.roleCategory());
            case TriggerDetails.Layoffs layoffs -> 1.0;
            case TriggerDetails.Expansion expansion -> 1.0;
            case TriggerDetails.ProductLaunch launch -> 1.0;
            case TriggerDetails.Partnership partnership -> 1.0;
        };
    }

    /** New money and new leaders buy; cuts and departures are weaker (though real) signals. */
    static double weightOf(TriggerType type) {
        return switch (type) {
            case FUNDING_ROUND -> 1.0;
            case EXECUTIVE_HIRE, ACQUISITION -> 0.9;
            case IPO, EXPANSION -> 0.8;
            case LEADERSHIP_DEPARTURE -> 0.7;
            case PARTNERSHIP, PRODUCT_LAUNCH -> 0.6;
            case LAYOFFS -> 0.5;
        };
    }

    /** Later rounds bring more money to spend; debt is spent on what exists. */
    static double round(String round) {
        String name = round.toUpperCase(Locale.ROOT);
        if (name.equals("PRE_SEED") || name.equals("SEED")) {
            return 0.6;
        }
        if (name.equals("SERIES_A")) {
            return 0.8;
        }
        if (name.equals("SERIES_B")) {
            return 0.9;
        }
        if (name.startsWith("SERIES_") || name.equals("GROWTH") || name.equals("LATE_STAGE")) {
            return 1.0;
        }
        return name.equals("DEBT") ? 0.5 : 0.7;
    }

    /**
     * log10(1 + amount in millions) / 2, at most 1: 100 million is 1, 10 million 0.52, 1 million 0.15; 0.5 when
     * unknown. Currencies are not converted: the figure is only a magnitude.
     */
    static double amount(@Nullable BigDecimal amount) {
        if (amount == null) {
            return 0.5;
        }
        double millions = Math.max(0, amount.doubleValue() / 1_000_000);
        return Math.min(1, Math.log10(1 + millions) / LOG_100_MILLION_PLUS_ONE);
    }

    /** The chief executive decides most; a board seat or an unnamed executive role least. */
    static double seniority(RoleCategory role) {
        return switch (role) {
            case CEO, PRESIDENT -> 1.0;
            case CFO, COO, CTO, CIO, CMO, CRO, CPO, CISO, CHRO -> 0.9;
            case VP_SALES, VP_MARKETING -> 0.8;
            case VP_OTHER -> 0.7;
            case GM, CHAIR, BOARD -> 0.6;
            case OTHER_EXEC -> 0.5;
        };
    }

    /** Tiers as CRMs name them: strategic/enterprise/A/1 high, B/mid/2 middle, C/smb/3 low; 0.5 when unknown. */
    static double tier(@Nullable String tier) {
        if (tier == null || tier.isBlank()) {
            return 0.5;
        }
        return switch (tier.strip().toLowerCase(Locale.ROOT).replace("tier", "").strip()) {
            case "strategic", "enterprise", "key", "a", "1", "platinum", "gold" -> 1.0;
            case "b", "2", "mid", "mid-market", "midmarket", "silver" -> 0.7;
            case "c", "3", "smb", "small", "bronze" -> 0.4;
            default -> 0.5;
        };
    }

    /** New business wants prospects; renewal-risk and expansion campaigns want customers. */
    static double status(AccountStatus status, LeadIntent intent) {
        boolean wanted = intent == LeadIntent.NEW_BUSINESS ? status == AccountStatus.PROSPECT
                : status == AccountStatus.CUSTOMER;
        if (wanted) {
            return 1.0;
        }
        return intent == LeadIntent.NEW_BUSINESS ? 0.5 : 0.3;
    }

    /** log10(employees) / 4, at most 1: 10,000 employees is 1, 1,000 is 0.75, 100 is 0.5; 0.5 when unknown. */
    static double size(@Nullable Integer employees) {
        if (employees == null) {
            return 0.5;
        }
        return Math.min(1, Math.log10(Math.max(1, employees)) / 4);
    }

    /** A value of at least 0 with {@code decimals} decimals, rounded half up: what {@code %.<decimals>f} writes. */
    static String fixed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return String.format(Locale.ROOT, "%." + decimals + "f", value);
        }
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
