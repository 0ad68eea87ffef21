package dev.kairos.leads.publish;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kairos.events.Account;
import dev.kairos.events.AccountStatus;
import dev.kairos.events.Company;
import dev.kairos.events.Evidence;
import dev.kairos.events.LeadIntent;
import dev.kairos.events.MatchMethod;
import dev.kairos.events.RoleCategory;
import dev.kairos.events.Segment;
import dev.kairos.events.TriggerDetails;
import dev.kairos.events.TriggerEvent;
import dev.kairos.events.TriggerMatch;
import dev.kairos.events.TriggerRule;

/** Small factories of matches for the publisher's tests. */
final class Matches {

    private Matches() {
    }

    static Account crate() {
        return new Account(Account.SCHEMA_VERSION, "A-1", "Crate.io GmbH", List.of("Crate"), List.of("crate.io"),
                AccountStatus.PROSPECT, "jo@kairos.example", "Software", 250, "AT", "EMEA", "A", List.of(), Map.of());
    }

    static Account customer() {
        return new Account(Account.SCHEMA_VERSION, "C-7", "Helio Health Inc.", List.of(), List.of("helio.example"),
                AccountStatus.CUSTOMER, "sam@kairos.example", "Health", 4000, "US", "NA", "strategic", List.of(),
                Map.of());
    }

    static TriggerRule rule(String ruleId, Duration cooldown) {
        return new TriggerRule(TriggerRule.SCHEMA_VERSION, ruleId, "Rule " + ruleId, Set.of(), Set.of(), 0.5,
                Segment.DEFAULTS, cooldown, true, null, null, 1, "series-b-outreach", LeadIntent.NEW_BUSINESS, 3L,
                null, null);
    }

    static TriggerRule customerRule() {
        return new TriggerRule(TriggerRule.SCHEMA_VERSION, "renewals", "Customer changes", Set.of(),
                Set.of(AccountStatus.CUSTOMER), 0.5, Segment.DEFAULTS, Duration.ofDays(14), true, null, null, 5,
                "renewal-watch", LeadIntent.RENEWAL_RISK, 1L, null, null);
    }

    static TriggerEvent funding(String item, Instant occurredAt, Instant detectedAt) {
        return new TriggerEvent(1, TriggerEvent.idFor(item, dev.kairos.events.TriggerType.FUNDING_ROUND), 1,
                new Company("Crate", "crate.io"),
                new TriggerDetails.Funding("SERIES_B", new BigDecimal("10000000"), Currency.getInstance("USD"),
                        List.of("Sequoia")),
                occurredAt, detectedAt, 0.9,
                new Evidence("feed", "https://news.example/" + item, "Crate raises $10M Series B", null));
    }

    static TriggerEvent hire(String item, Instant occurredAt, Instant detectedAt) {
        return new TriggerEvent(1, TriggerEvent.idFor(item, dev.kairos.events.TriggerType.EXECUTIVE_HIRE), 1,
                new Company("Helio Health", null),
                new TriggerDetails.ExecutiveHire("Dana Reyes", "Chief Financial Officer", RoleCategory.CFO),
                occurredAt, detectedAt, 0.8,
                new Evidence("feed", "https://news.example/" + item, "Helio Health names Dana Reyes CFO", null));
    }

    static TriggerMatch match(TriggerEvent event, Account account, TriggerRule rule, Instant matchedAt) {
        return TriggerMatch.of(event, account, rule, MatchMethod.NAME, 0.9, account.name(), matchedAt);
    }
}
