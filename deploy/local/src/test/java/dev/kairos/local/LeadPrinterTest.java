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

    @Test
    void printsALeadAsOneReadableLine() {
        Instant now = Instant.parse("2026-11-20T12:00:00Z");
        Lead lead = new Lead(1, "l-1", "A-1", "Crate.io GmbH", AccountStatus.CUSTOMER, "default",
                TriggerType.FUNDING_ROUND, "e-1", "hot", 0.9, now.minus(Duration.ofDays(3)), now, now,
                List.of(new Evidence("feed", "https://news.example/crate", "Crate raises $4M", null)), now);

        String line = LeadPrinter.format(lead, Clock.fixed(now, ZoneOffset.UTC));

        assertThat(line).startsWith("LEAD hot ")
            .contains("Crate.io GmbH (CUSTOMER)", "FUNDING_ROUND", "3 days ago", "score 0.90",
                    "https://news.example/crate")
            .doesNotContain("\n");
    }
}
