package dev.kairos.leads.score;

import dev.kairos.events.TriggerMatch;
import dev.kairos.events.TriggerType;

/**
 * Scores a lead in [0, 1]: how strongly its trigger type signals a purchase, times how sure detection and matching
 * are. Scores are rounded to two decimals so that equal leads compare equal.
 */
public final class LeadScorer {

    public double score(TriggerMatch match) {
        double raw = weightOf(match.event().type()) * match.event().confidence() * match.matchScore();
        return Math.round(raw * 100) / 100.0;
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
}
