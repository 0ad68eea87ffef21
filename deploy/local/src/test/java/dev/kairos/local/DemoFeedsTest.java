package dev.kairos.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class DemoFeedsTest {

    static final Instant START = Instant.parse("2026-11-20T12:34:56Z");

    @Test
    void datesRssItemsRelativeToTheStartInRfc1123() {
        String rendered = DemoFeeds.render("<pubDate>${daysAgo:3}</pubDate>", START, false);

        assertThat(rendered).isEqualTo("<pubDate>Tue, 17 Nov 2026 12:34:00 GMT</pubDate>");
    }

    @Test
    void datesAtomEntriesRelativeToTheStartInIso8601() {
        assertThat(DemoFeeds.render("<updated>${daysAgo:0}</updated>", START, true))
            .isEqualTo("<updated>2026-11-20T12:34:00Z</updated>");
    }

    @Test
    void demoItemsSpanEverySegmentAndBeyond() throws Exception {
        StringBuilder all = new StringBuilder();
        for (String name : DemoFeeds.NAMES) {
            try (InputStream in = DemoFeeds.class.getResourceAsStream("/demo/feeds/" + name)) {
                all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        var ages = java.util.regex.Pattern.compile("\\$\\{daysAgo:(\\d+)}")
            .matcher(all)
            .results()
            .map(match -> Integer.parseInt(match.group(1)))
            .toList();

        assertThat(ages).anyMatch(age -> age <= 7)
            .anyMatch(age -> age >= 8 && age <= 30)
            .anyMatch(age -> age >= 31 && age <= 90)
            .anyMatch(age -> age > 90);
    }

    @Test
    void demoCrmHoldsAtLeastTwoHundredProspectsAndCustomers() throws Exception {
        try (InputStream in = DemoFeeds.class.getResourceAsStream("/demo/crm-accounts.csv")) {
            var rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();

            assertThat(rows).hasSizeGreaterThanOrEqualTo(200)
                .anyMatch(row -> row.contains(",PROSPECT,"))
                .anyMatch(row -> row.contains(",CUSTOMER,"));
        }
    }
}
