package dev.kairos.events;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One literal sample of every contract value. */
final class Samples {

    static final Instant OCCURRED = Instant.parse("2026-11-18T09:30:00Z");

    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    private Samples() {
    }

    static TriggerEvent fundingEvent() {
        return new TriggerEvent(TriggerEvent.SCHEMA_VERSION, TriggerEvent.idFor("feed-1|guid-42", TriggerType.FUNDING_ROUND), 1,
                new Company("Crate", "crate.io"),
                new TriggerDetails.Funding("SEED", new BigDecimal("4000000"), Currency.getInstance("USD"),
                        List.of("Sequoia")),
                OCCURRED, NOW, 0.93, new Evidence("feed-1", "https://news.example/crate-seed",
                        "Crate raises $4M seed round for its next-gen SQL database", "Crate, the SQL company, ..."));
    }

    static List<TriggerEvent> oneEventOfEachType() {
        Evidence evidence = new Evidence("api", null, "headline", null);
        return List.of(fundingEvent(),
                event(new TriggerDetails.Acquisition("Dell", "VMware", new BigDecimal("60000000000"),
                        Currency.getInstance("USD")), evidence),
                event(new TriggerDetails.ExecutiveHire("Jane Doe", "Chief Marketing Officer", RoleCategory.CMO), evidence),
                event(new TriggerDetails.LeadershipDeparture("John Roe", "CFO", RoleCategory.CFO), evidence),
                event(new TriggerDetails.Ipo("NASDAQ", null, null), evidence),
                event(new TriggerDetails.Layoffs(3000, new BigDecimal("7.5")), evidence),
                event(new TriggerDetails.Expansion("Berlin"), evidence),
                event(new TriggerDetails.ProductLaunch("Crate Cloud"), evidence),
                event(new TriggerDetails.Partnership("Microsoft"), evidence));
    }

    private static TriggerEvent event(TriggerDetails details, Evidence evidence) {
        return new TriggerEvent(1, TriggerEvent.idFor("item", details.type()), 1, Company.named("VMware"), details,
                OCCURRED, NOW, 0.8, evidence);
    }

    static Account account() {
        return new Account(Account.SCHEMA_VERSION, "acc-1", "Crate.io GmbH", List.of("Crate"), List.of("crate.io"),
                AccountStatus.CUSTOMER, "maria@kairos.example", "Software", 120, "AT", "EMEA", "A",
                List.of("database"), Map.of("Account Source", "Web"));
    }

    static TriggerRule rule() {
        return new TriggerRule(TriggerRule.SCHEMA_VERSION, "funding-prospects", "Funded prospects",
                Set.of(TriggerType.FUNDING_ROUND), Set.of(AccountStatus.PROSPECT), 0.7, Segment.DEFAULTS,
                Duration.ofDays(14), true,
                new TriggerRule.Conditions(Set.of("SERIES_B"),
                        new TriggerRule.Money(new BigDecimal("10000000"), Currency.getInstance("USD")), null,
                        Set.of(RoleCategory.CMO), new TriggerRule.Keywords(List.of("cloud"), List.of(), List.of("bond"))),
                new TriggerRule.AccountFilter(List.of("Software"), List.of("AT"), List.of(),
                        new TriggerRule.Range(50L, 5000L), List.of(), List.of(), List.of()),
                10, "series-b-outreach", LeadIntent.NEW_BUSINESS, 3L, NOW, "maria");
    }

    static TriggerMatch match() {
        TriggerEvent event = fundingEvent();
        return TriggerMatch.of(event, account(), rule(), MatchMethod.FUZZY, 0.93, "crate io", NOW);
    }

    static Lead lead() {
        TriggerEvent event = fundingEvent();
        return new Lead(Lead.SCHEMA_VERSION, Lead.idFor("acc-1", "default", event.eventId()), "acc-1", "Crate.io GmbH",
                AccountStatus.CUSTOMER, "default", TriggerType.FUNDING_ROUND, event.eventId(), "hot", 0.9, OCCURRED,
                OCCURRED, OCCURRED.plus(Duration.ofDays(8)), List.of(event.evidence()), NOW, 2, Lead.Status.ACTIVE,
                "series-b-outreach", Lead.AccountSummary.of(account()), List.of(Lead.Trigger.of(event)),
                MatchMethod.DOMAIN, 1.0, List.of(new Lead.ScorePart("trigger", 0.4, 0.9, "SEED, 4,000,000 USD")),
                null, 3L, LeadIntent.RENEWAL_RISK);
    }

    static RuleChange ruleChange() {
        return new RuleChange(RuleChange.SCHEMA_VERSION, "funding-prospects", "patch", rule(), rule(), "maria", NOW);
    }

    static Source source() {
        return new Source(Source.SCHEMA_VERSION, "techfunding", Source.Kind.PAGE, "https://news.example/funding",
                new Source.PageSelectors("a.article", "h1", "time", "article p"), Duration.ofMinutes(15), true);
    }
}
