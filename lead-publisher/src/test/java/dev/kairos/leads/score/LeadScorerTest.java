package dev.kairos.leads.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import dev.kairos.events.Account;
import dev.kairos.events.AccountStatus;
import dev.kairos.events.Company;
import dev.kairos.events.Evidence;
import dev.kairos.events.Lead;
import dev.kairos.events.LeadIntent;
import dev.kairos.events.RoleCategory;
import dev.kairos.events.TriggerDetails;
import dev.kairos.events.TriggerType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeadScorerTest {

    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    @Test
    void weighsFundingAboveEveryOtherTriggerAndLayoffsLowest() {
        for (TriggerType type : TriggerType.values()) {
            assertThat(LeadScorer.weightOf(type)).isBetween(LeadScorer.weightOf(TriggerType.LAYOFFS),
                    LeadScorer.weightOf(TriggerType.FUNDING_ROUND));
        }
        assertThat(LeadScorer.weightOf(TriggerType.FUNDING_ROUND)).isEqualTo(1.0);
    }

    /** The explanations' figures read as {@code String.format} wrote them, rounding halves up as it does. */
    @Test
    void writesFiguresWithTheDecimalsOfAFormatPattern() {
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 200_000; i++) {
            double value = switch (i % 3) {
                case 0 -> random.nextDouble();
                case 1 -> random.nextInt(100_000) / 1000.0 + 0.0005;
                default -> random.nextDouble() * 5_000;
            };
            for (int decimals = 1; decimals <= 3; decimals++) {
                assertThat(LeadScorer.fixed(value, decimals)).as("%s with %d decimals", value, decimals)
                    .isEqualTo(String.format(java.util.Locale.ROOT, "%." + decimals + "f", value));
            }
        }
        assertThat(LeadScorer.fixed(0.0125, 3)).isEqualTo("0.013");
        assertThat(LeadScorer.fixed(2.25, 1)).isEqualTo("2.3");
        assertThat(LeadScorer.fixed(Double.NaN, 2)).isEqualTo("NaN");
    }

    /** The worked example of docs/lead-publisher.md, number for number. */
    @Test
    void scoresTheWorkedExampleOfTheDocs() {
        Lead.Trigger seriesB = trigger(new TriggerDetails.Funding("SERIES_B", new BigDecimal("10000000"),
                Currency.getInstance("USD"), List.of()), NOW.minus(Duration.ofDays(3)), 0.9);
        Account account = new Account(Account.SCHEMA_VERSION, "A-1", "Crate.io GmbH", List.of(), List.of(),
                AccountStatus.PROSPECT, null, null, 250, null, null, "A", List.of(), Map.of());

        LeadScorer.Score score = new LeadScorer().score(new LeadScorer.Input(
                List.of(LeadScorer.TriggerInput.of(seriesB)), account.tier(), account.employees(),
                AccountStatus.PROSPECT, LeadIntent.NEW_BUSINESS, 0.9), NOW);

        assertThat(score.parts()).extracting(Lead.ScorePart::name, Lead.ScorePart::weight, Lead.ScorePart::value)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("trigger", 0.35, 0.639),
                    org.assertj.core.groups.Tuple.tuple("recency", 0.25, 0.862),
                    org.assertj.core.groups.Tuple.tuple("fit", 0.15, 0.866),
                    org.assertj.core.groups.Tuple.tuple("match", 0.15, 0.9),
                    org.assertj.core.groups.Tuple.tuple("triggers", 0.10, 0.0));
        assertThat(score.value()).isEqualTo(0.70);
    }

    @Test
    void rewardsSeveralTriggersAndDecaysWithAge() {
        Lead.Trigger hire = trigger(new TriggerDetails.ExecutiveHire("Dana Reyes", "CEO", RoleCategory.CEO),
                NOW.minus(Duration.ofDays(2)), 0.8);
        Lead.Trigger launch = trigger(new TriggerDetails.ProductLaunch("Copilot"), NOW.minus(Duration.ofDays(5)), 0.8);
        LeadScorer scorer = new LeadScorer();

        double one = scorer.score(input(List.of(hire)), NOW).value();
        double two = scorer.score(input(List.of(launch, hire)), NOW).value();
        double twoLater = scorer.score(input(List.of(launch, hire)), NOW.plus(Duration.ofDays(30))).value();

        assertThat(two).isGreaterThan(one);
        assertThat(twoLater).isLessThan(two);
    }

    @Test
    void scalesConfiguredWeightsToAddUpToOne() {
        ScoreWeights weights = new ScoreWeights(2, 1, 1, 0, 0, Duration.ofDays(7));

        assertThat(weights.trigger() + weights.recency() + weights.fit() + weights.match() + weights.triggers())
            .isCloseTo(1.0, within(1e-9));
        assertThat(weights.trigger()).isEqualTo(0.5);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            strategic, 1.0
            Tier 2,    0.7
            smb,       0.4
            unknown,   0.5
            """)
    void readsTiersAsCrmsNameThem(String tier, double expected) {
        assertThat(LeadScorer.tier(tier)).isEqualTo(expected);
    }

    @Test
    void prefersCustomersForRenewalRiskAndProspectsForNewBusiness() {
        assertThat(LeadScorer.status(AccountStatus.CUSTOMER, LeadIntent.RENEWAL_RISK)).isEqualTo(1.0);
        assertThat(LeadScorer.status(AccountStatus.PROSPECT, LeadIntent.RENEWAL_RISK)).isLessThan(0.5);
        assertThat(LeadScorer.status(AccountStatus.PROSPECT, LeadIntent.NEW_BUSINESS)).isEqualTo(1.0);
    }

    private static LeadScorer.Input input(List<Lead.Trigger> triggers) {
        return new LeadScorer.Input(triggers.stream().map(LeadScorer.TriggerInput::of).toList(), null, null,
                AccountStatus.PROSPECT, LeadIntent.NEW_BUSINESS, 0.8);
    }

    private static Lead.Trigger trigger(TriggerDetails details, Instant occurredAt, double confidence) {
        return new Lead.Trigger("e-" + occurredAt, new Company("Crate", null), details, occurredAt, occurredAt,
                confidence, new Evidence("feed", null, "headline", null));
    }
}
