package dev.kairos.matcher.rule;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.kairos.events.RoleCategory;
import dev.kairos.events.Segment;
import dev.kairos.events.TriggerDetails;
import dev.kairos.events.TriggerEvent;
import dev.kairos.events.TriggerRule;
import dev.kairos.events.TriggerRule.AccountFilter;
import dev.kairos.events.TriggerRule.Conditions;
import dev.kairos.events.TriggerRule.Keywords;
import dev.kairos.events.TriggerRule.Money;
import dev.kairos.events.TriggerRule.Range;
import dev.kairos.events.TriggerType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class RuleEvaluatorTest {

    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    static final Currency USD = Currency.getInstance("USD");

    static final Currency EUR = Currency.getInstance("EUR");

    static final Currency GBP = Currency.getInstance("GBP");

    private final RuleEvaluator evaluator = new RuleEvaluator(
            new ExchangeRates(USD, Map.of(EUR, new BigDecimal("1.10"))));

    @Test
    void acceptsWhatTheRuleNamesAndRefusesDisabledRulesOtherTypesStatusesAndLowConfidence() {
        TriggerRule rule = rule(Set.of(TriggerType.FUNDING_ROUND), Set.of(AccountStatus.PROSPECT), null, null);

        assertThat(evaluator.accepts(rule, funding("SERIES_B", "20000000", USD), prospect())).isTrue();
        assertThat(evaluator.accepts(rule, hire(RoleCategory.CFO), prospect())).isFalse();
        assertThat(evaluator.accepts(rule, funding("SERIES_B", "20000000", USD), customer())).isFalse();
        assertThat(evaluator.accepts(disabled(rule), funding("SERIES_B", "20000000", USD), prospect())).isFalse();
        TriggerEvent unsure = withConfidence(funding("SERIES_B", "20000000", USD), 0.4);
        assertThat(evaluator.accepts(rule, unsure, prospect())).isFalse();
    }

    @Test
    void acceptsOnlyTheNamedRoundsWrittenAnyWay() {
        Conditions rounds = conditions(Set.of("series b", "Series-C"), null, null, Set.of(), null);

        assertThat(evaluator.satisfies(rounds, funding("SERIES_B", null, null))).isTrue();
        assertThat(evaluator.satisfies(rounds, funding("SERIES_C", null, null))).isTrue();
        assertThat(evaluator.satisfies(rounds, funding("SEED", null, null))).isFalse();
        // a condition binds only the types that carry its field
        assertThat(evaluator.satisfies(rounds, hire(RoleCategory.CEO))).isTrue();
    }

    @Test
    void comparesAmountsInTheConditionsCurrencyAfterConversion() {
        Conditions tenMillion = conditions(Set.of(), money("10000000", USD), money("50000000", USD), Set.of(), null);

        assertThat(evaluator.satisfies(tenMillion, funding("SERIES_B", "10000000", USD))).isTrue();
        assertThat(evaluator.satisfies(tenMillion, funding("SERIES_B", "9999999", USD))).isFalse();
        assertThat(evaluator.satisfies(tenMillion, funding("SERIES_B", "50000001", USD))).isFalse();
        // 9.5M EUR is 10.45M USD at 1.10
        assertThat(evaluator.satisfies(tenMillion, funding("SERIES_B", "9500000", EUR))).isTrue();
        assertThat(evaluator.satisfies(tenMillion, funding("SERIES_B", "9000000", EUR))).isFalse();
    }

    @Test
    void anAmountWithoutARateOrWithoutAnAmountSatisfiesNoAmountCondition() {
        Conditions tenMillion = conditions(Set.of(), money("10000000", USD), null, Set.of(), null);

        assertThat(evaluator.satisfies(tenMillion, funding("SERIES_B", "900000000", GBP))).isFalse();
        assertThat(evaluator.satisfies(tenMillion, funding("SERIES_B", null, null))).isFalse();
    }

    @Test
    void appliesAmountsToAcquisitionsAndIposToo() {
        Conditions tenMillion = conditions(Set.of(), money("10000000", USD), null, Set.of(), null);

        assertThat(evaluator.satisfies(tenMillion, event(
                new TriggerDetails.Acquisition("Big Co", "Crate", new BigDecimal("5000000"), USD), "deal")))
            .isFalse();
        assertThat(evaluator.satisfies(tenMillion,
                event(new TriggerDetails.Ipo("NASDAQ", new BigDecimal("80000000"), USD), "ipo"))).isTrue();
    }

    @Test
    void acceptsOnlyTheNamedRoleCategoriesOfHiresAndDepartures() {
        Conditions finance = conditions(Set.of(), null, null, Set.of(RoleCategory.CFO), null);

        assertThat(evaluator.satisfies(finance, hire(RoleCategory.CFO))).isTrue();
        assertThat(evaluator.satisfies(finance, hire(RoleCategory.CTO))).isFalse();
        assertThat(evaluator.satisfies(finance,
                event(new TriggerDetails.LeadershipDeparture("Ann", "CFO", RoleCategory.CFO), "Ann leaves")))
            .isTrue();
    }

    @Test
    void matchesKeywordsAsWholeWordsInTitleAndSnippetWithoutRegardToCase() {
        Conditions ai = conditions(Set.of(), null, null, Set.of(), new Keywords(List.of("AI", "machine learning"),
                List.of(), List.of("layoffs")));

        assertThat(evaluator.satisfies(ai, titled("Crate bets on ai", null))).isTrue();
        assertThat(evaluator.satisfies(ai, titled("Crate raises", "to grow its Machine Learning team"))).isTrue();
        assertThat(evaluator.satisfies(ai, titled("Crate said it aims high", "AIM listing"))).isFalse();
        assertThat(evaluator.satisfies(ai, titled("Crate bets on AI", "after layoffs"))).isFalse();

        Conditions all = conditions(Set.of(), null, null, Set.of(),
                new Keywords(List.of(), List.of("cloud", "europe"), List.of()));
        assertThat(evaluator.satisfies(all, titled("Cloud firm expands", "across Europe"))).isTrue();
        assertThat(evaluator.satisfies(all, titled("Cloud firm expands", "across Asia"))).isFalse();
    }

    @Test
    void filtersAccountsByTheirFirmographics() {
        AccountFilter filter = new AccountFilter(List.of("software"), List.of("de"), List.of(), new Range(50L, 5000L),
                List.of(), List.of(), List.of("target"));

        assertThat(RuleEvaluator.passes(filter, account("Software", 200, "DE", List.of("Target")))).isTrue();
        assertThat(RuleEvaluator.passes(filter, account("Retail", 200, "DE", List.of("target")))).isFalse();
        assertThat(RuleEvaluator.passes(filter, account("Software", 20, "DE", List.of("target")))).isFalse();
        assertThat(RuleEvaluator.passes(filter, account("Software", null, "DE", List.of("target")))).isFalse();
        assertThat(RuleEvaluator.passes(filter, account("Software", 200, "FR", List.of("target")))).isFalse();
        assertThat(RuleEvaluator.passes(filter, account("Software", 200, "DE", List.of()))).isFalse();
        assertThat(RuleEvaluator.passes(filter, account(null, 200, "DE", List.of("target")))).isFalse();
    }

    @Test
    void filtersByRegionTierAndOwner() {
        AccountFilter filter = new AccountFilter(List.of(), List.of(), List.of("EMEA"), null, List.of("strategic"),
                List.of("maria@kairos.example"), List.of());
        Account account = new Account(2, "A-1", "Crate", List.of(), List.of(), AccountStatus.PROSPECT,
                "Maria@kairos.example", null, null, null, "emea", "Strategic", List.of(), Map.of());

        assertThat(RuleEvaluator.passes(filter, account)).isTrue();
        assertThat(RuleEvaluator.passes(filter, prospect())).isFalse();
        assertThat(RuleEvaluator.passes(null, prospect())).isTrue();
    }

    private static TriggerRule rule(Set<TriggerType> types, Set<AccountStatus> statuses,
            @Nullable Conditions conditions, @Nullable AccountFilter filter) {
        return new TriggerRule(TriggerRule.SCHEMA_VERSION, "r", "Rule", types, statuses, 0.5, Segment.DEFAULTS,
                Duration.ofDays(14), true, conditions, filter, null, null, null, 1L, NOW, "test");
    }

    private static TriggerRule disabled(TriggerRule rule) {
        return new TriggerRule(rule.schemaVersion(), rule.ruleId(), rule.name(), rule.triggerTypes(),
                rule.accountStatuses(), rule.minConfidence(), rule.segments(), rule.cooldown(), false);
    }

    private static Conditions conditions(Set<String> rounds, @Nullable Money min, @Nullable Money max,
            Set<RoleCategory> roles, @Nullable Keywords keywords) {
        return new Conditions(rounds, min, max, roles, keywords);
    }

    private static Money money(String value, Currency currency) {
        return new Money(new BigDecimal(value), currency);
    }

    private static TriggerEvent funding(String round, @Nullable String amount, @Nullable Currency currency) {
        return event(new TriggerDetails.Funding(round, amount == null ? null : new BigDecimal(amount), currency,
                List.of()), "Crate raises money");
    }

    private static TriggerEvent hire(RoleCategory role) {
        return event(new TriggerDetails.ExecutiveHire("Ann Lee", role.name(), role), "Crate hires Ann Lee");
    }

    private static TriggerEvent titled(String title, @Nullable String snippet) {
        return new TriggerEvent(1, "e-1", 1, Company.named("Crate"), new TriggerDetails.Expansion("Berlin"),
                NOW.minus(Duration.ofDays(1)), NOW, 0.9, new Evidence("feed", "https://news.example/1", title,
                        snippet));
    }

    private static TriggerEvent event(TriggerDetails details, String title) {
        return new TriggerEvent(1, "e-1", 1, Company.named("Crate"), details, NOW.minus(Duration.ofDays(1)), NOW, 0.9,
                new Evidence("feed", "https://news.example/1", title, null));
    }

    private static TriggerEvent withConfidence(TriggerEvent event, double confidence) {
        return new TriggerEvent(event.schemaVersion(), event.eventId(), event.revision(), event.company(),
                event.details(), event.occurredAt(), event.detectedAt(), confidence, event.evidence());
    }

    private static Account prospect() {
        return new Account(1, "A-1", "Crate", List.of(), List.of("crate.io"), AccountStatus.PROSPECT, null);
    }

    private static Account customer() {
        return new Account(1, "A-2", "Lattice", List.of(), List.of(), AccountStatus.CUSTOMER, null);
    }

    private static Account account(@Nullable String industry, @Nullable Integer employees, String country,
            List<String> tags) {
        return new Account(2, "A-3", "Keystone", List.of(), List.of(), AccountStatus.PROSPECT, null, industry,
                employees, country, null, null, tags, Map.of());
    }
}
