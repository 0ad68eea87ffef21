package dev.kairos.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.kairos.events.AccountStatus;
import dev.kairos.events.Evidence;
import dev.kairos.events.Lead;
import dev.kairos.events.TriggerType;
import org.junit.jupiter.api.Test;

class LeadPrinterTest {

    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    @Test
    void printsALeadAsOneReadableLine() {
        String line = LeadPrinter.format(leadOccurred(Duration.ofDays(3)));

        assertThat(line).startsWith("LEAD hot      r1 ")
            .contains("Crate.io GmbH (CUSTOMER)", "FUNDING_ROUND", "3 days ago", "score 0.90",
                    "https://news.example/crate")
            .doesNotContain("\n");
    }

    @Test
    void saysDayForOneDayAndKeepsTheColumnsAligned() {
        String oneDay = LeadPrinter.format(leadOccurred(Duration.ofHours(30)));
        String twoDays = LeadPrinter.format(leadOccurred(Duration.ofDays(2)));

        assertThat(oneDay).contains("  1 day ago   score 0.90");
        assertThat(twoDays).contains("  2 days ago  score 0.90");
        assertThat(oneDay).hasSameSizeAs(twoDays);
    }

    @Test
    void showsTheRevisionAndTheAgeWhenTheRevisionWasWritten() {
        Lead aged = new Lead(Lead.SCHEMA_VERSION, "l-1", "A-1", "Crate.io GmbH", AccountStatus.CUSTOMER, "default",
                TriggerType.FUNDING_ROUND, "e-1", "warm", 0.7, NOW.minus(Duration.ofDays(8)), NOW, NOW,
                List.of(new Evidence("feed", "https://news.example/crate", "Crate raises $4M", null)), NOW, 2,
                Lead.Status.ACTIVE, null, null, List.of(), null, null, List.of(), null, null, null);

        assertThat(LeadPrinter.format(aged)).startsWith("LEAD warm     r2 ").contains("  8 days ago  score 0.70");
    }

    private static Lead leadOccurred(Duration ago) {
        return new Lead(1, "l-1", "A-1", "Crate.io GmbH", AccountStatus.CUSTOMER, "default", TriggerType.FUNDING_ROUND,
                "e-1", "hot", 0.9, NOW.minus(ago), NOW, NOW,
                List.of(new Evidence("feed", "https://news.example/crate", "Crate raises $4M", null)), NOW);
    }
}
