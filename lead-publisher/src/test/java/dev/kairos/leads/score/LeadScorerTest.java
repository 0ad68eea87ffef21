package dev.kairos.leads.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.events.TriggerType;
import org.junit.jupiter.api.Test;

class LeadScorerTest {

    @Test
    void weighsFundingAboveEveryOtherTriggerAndLayoffsLowest() {
        for (TriggerType type : TriggerType.values()) {
            assertThat(LeadScorer.weightOf(type)).isBetween(LeadScorer.weightOf(TriggerType.LAYOFFS),
                    LeadScorer.weightOf(TriggerType.FUNDING_ROUND));
        }
        assertThat(LeadScorer.weightOf(TriggerType.FUNDING_ROUND)).isEqualTo(1.0);
    }
}
