package dev.kairos.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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
        String line = LeadPrinter.format(leadOccurred(Duration.ofDays(3)), Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(line).startsWith("LEAD hot ")
            .contains("Crate.io GmbH (CUSTOMER)", "FUNDING_ROUND", "3 days ago", "score 0.90",
                    "https://news.example/crate")
            .doesNotContain("\n");
    }

    @Test
    void saysDayForOneDayAndKeepsTheColumnsAligned() {
        String oneDay = LeadPrinter.format(leadOccurred(Duration.ofHours(30)), Clock.fixed(NOW, ZoneOffset.UTC));
        String twoDays = LeadPrinter.format(leadOccurred(Duration.ofDays(2)), Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(oneDay).contains("  1 day ago   score 0.90");
        assertThat(twoDays).contains("  2 days ago  score 0.90");
        assertThat(oneDay).hasSameSizeAs(twoDays);
    }

    private static Lead leadOccurred(Duration ago) {
        return new Lead(1, "l-1", "A-1", "Crate.io GmbH", AccountStatus.CUSTOMER, "default", TriggerType.FUNDING_ROUND,
                "e-1", "hot", 0.9, NOW.minus(ago), NOW, NOW,
                List.of(new Evidence("feed", "https://news.example/crate", "Crate raises $4M", null)), NOW);
    }
}
