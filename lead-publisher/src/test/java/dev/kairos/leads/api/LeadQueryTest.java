package dev.kairos.leads.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.kairos.events.AccountStatus;
import dev.kairos.events.Evidence;
import dev.kairos.events.Lead;
import dev.kairos.events.TriggerType;
import dev.kairos.leads.publish.LeadHistory;
import org.junit.jupiter.api.Test;

class LeadQueryTest {

    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    @Test
    void filtersByTheLatestRevisionAndPagesNewestFirst() {
        List<LeadHistory> histories = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            histories.add(new LeadHistory("l-" + i, List.of(lead("l-" + i, "A-" + (i % 2), "hot", 1, i),
                    lead("l-" + i, "A-" + (i % 2), i < 6 ? "warm" : "expired", 2, i + 1))));
        }

        LeadQuery query = new LeadQuery("spring", "warm", "A-0", Lead.Status.ACTIVE, null, 1, 2);
        LeadPage warm = query.page(query.collect(latest(histories)));

        // warm and A-0: l-0, l-2, l-4; newest first: l-4, l-2, l-0; page 1 of size 2 holds l-0
        assertThat(warm.total()).isEqualTo(3);
        assertThat(warm.items()).extracting(Lead::leadId).containsExactly("l-0");
        LeadQuery recent = new LeadQuery(null, null, null, null, NOW.plus(Duration.ofMinutes(8)), 0, 50);
        assertThat(recent.page(recent.collect(latest(histories))).items()).extracting(Lead::leadId)
            .containsExactly("l-9", "l-8", "l-7");
    }

    @Test
    void refusesPagesBeyondWhatItServes() {
        assertThrows(IllegalArgumentException.class, () -> new LeadQuery(null, null, null, null, null, 0, 501));
        assertThrows(IllegalArgumentException.class, () -> new LeadQuery(null, null, null, null, null, -1, 10));
    }

    @Test
    void pagesMergedInstancesAsOneOrderNeitherDroppingNorRepeatingALead() {
        // 23 leads spread over three instances as partitions would spread them; some written at the same instant
        List<List<Lead>> instances = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<Lead> all = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            Lead lead = lead("l-" + (char) ('a' + i), "A-" + i, "hot", 1, i / 3);
            all.add(lead);
            instances.get(i * 7 % 3).add(lead);
        }
        List<String> paged = new ArrayList<>();
        long total = -1;
        for (int page = 0; page < 6; page++) {
            LeadQuery query = new LeadQuery(null, null, null, null, null, page, 5);
            List<LeadQuery.LeadWindow> windows = instances.stream()
                .map(leads -> query.collect(leads.iterator()))
                .toList();
            int window = 5 * (page + 1);
            assertThat(windows).allSatisfy(each -> assertThat(each.leads()).hasSizeLessThanOrEqualTo(window));
            LeadPage answer = query.page(query.merge(windows));
            total = answer.total();
            answer.items().forEach(lead -> paged.add(lead.leadId()));
        }

        assertThat(total).isEqualTo(23);
        assertThat(paged)
            .containsExactlyElementsOf(all.stream().sorted(LeadQuery.NEWEST_FIRST).map(Lead::leadId).toList());
    }

    private static java.util.Iterator<Lead> latest(List<LeadHistory> histories) {
        return histories.stream().map(LeadHistory::latest).iterator();
    }

    private static Lead lead(String leadId, String accountId, String segment, int revision, int minutes) {
        Instant emitted = NOW.plus(Duration.ofMinutes(minutes));
        return new Lead(Lead.SCHEMA_VERSION, leadId, accountId, "Crate", AccountStatus.PROSPECT, "r",
                TriggerType.FUNDING_ROUND, "e", segment, 0.5, NOW, NOW, NOW,
                List.of(new Evidence("feed", null, "t", null)), emitted, revision,
                segment.equals("expired") ? Lead.Status.EXPIRED : Lead.Status.ACTIVE, "spring", null, List.of(), null,
                null, List.of(), null, null, null);
    }
}
