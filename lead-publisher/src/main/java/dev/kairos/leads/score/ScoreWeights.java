package dev.kairos.leads.score;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The weights of the lead score's parts; they are scaled to add up to 1, so only their ratios matter.
 *
 * @param trigger weight of the strongest trigger's strength (type, amount, round, role seniority, confidence)
 * @param recency weight of how recent the newest trigger is
 * @param fit weight of the account's fit (tier, status, employees)
 * @param match weight of how sure the account match is
 * @param triggers weight of having several triggers on the lead
 * @param recencyHalfLife the age at which the recency part has halved
 */
public record ScoreWeights(@DefaultValue("0.35") @DecimalMin("0") @DecimalMax("1") double trigger,
        @DefaultValue("0.25") @DecimalMin("0") @DecimalMax("1") double recency,
        @DefaultValue("0.15") @DecimalMin("0") @DecimalMax("1") double fit,
        @DefaultValue("0.15") @DecimalMin("0") @DecimalMax("1") double match,
        @DefaultValue("0.10") @DecimalMin("0") @DecimalMax("1") double triggers,
        @DefaultValue("P14D") @NotNull Duration recencyHalfLife) {

    /** The defaults: 0.35, 0.25, 0.15, 0.15, 0.10 and a half-life of 14 days. */
    public static final ScoreWeights DEFAULTS = new ScoreWeights(0.35, 0.25, 0.15, 0.15, 0.10, Duration.ofDays(14));

    public ScoreWeights {
        double sum = trigger + recency + fit + match + triggers;
        if (!(sum > 0)) {
            throw new IllegalArgumentException("the score weights must not all be 0");
        }
        if (recencyHalfLife.isNegative() || recencyHalfLife.isZero()) {
            throw new IllegalArgumentException("recency-half-life must be positive: " + recencyHalfLife);
        }
        trigger /= sum;
        recency /= sum;
        fit /= sum;
        match /= sum;
        triggers /= sum;
    }
}
