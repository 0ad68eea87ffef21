package dev.kairos.ingest.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Random;

import dev.kairos.events.RoleCategory;
import dev.kairos.events.TriggerDetails;
import dev.kairos.events.TriggerType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The detect contract of TRIGGERS.md, one behaviour at a time; overall quality is {@link DetectionQualityTest}'s. */
class TriggerDetectorTest {

    private final TriggerDetector detector = new TriggerDetector();

    @Test
    void readsAFundingRoundWithAmountRoundAndInvestors() {
        List<Detection> found = detector.detect("Crate raises $4.5M seed round for its SQL database",
                "The round was led by Sequoia Capital with participation from Index Ventures and Accel.");

        assertThat(found).containsExactly(new Detection("Crate", new TriggerDetails.Funding("SEED",
                new BigDecimal("4500000"), Currency.getInstance("USD"),
                List.of("Sequoia Capital", "Index Ventures", "Accel")), found.get(0).confidence()));
    }

    @Test
    void writesAmountsInWholeUnitsWithTheirCurrency() {
        assertThat(funding("Nordvolt secures €20 million Series B").amount()).isEqualByComparingTo("20000000");
        assertThat(funding("Nordvolt secures €20 million Series B").currency()).isEqualTo(Currency.getInstance("EUR"));
        assertThat(funding("Acme raises 1.2 bln dlrs in growth round").amount()).isEqualByComparingTo("1200000000");
        assertThat(funding("Acme raises £3m to grow").currency()).isEqualTo(Currency.getInstance("GBP"));
    }

    @Test
    void namesAcquirerAndTargetWithoutTickers() {
        List<Detection> found = detector.detect("Acme Corp (NYSE: ACME) to buy Beta Labs for $1.2 billion", null);

        assertThat(found).singleElement().satisfies(detection -> {
            TriggerDetails.Acquisition acquisition = (TriggerDetails.Acquisition) detection.details();
            assertThat(acquisition.acquirer()).isEqualTo("Acme Corp");
            assertThat(acquisition.target()).isEqualTo("Beta Labs");
            assertThat(acquisition.amount()).isEqualByComparingTo("1200000000");
        });
    }

    @Test
    void readsPersonRoleAndCategoryOfAnExecutiveHire() {
        List<Detection> found = detector.detect("Helio Health names Dana Whitfield chief marketing officer", null);

        assertThat(found).singleElement().satisfies(detection -> {
            assertThat(detection.company()).isEqualTo("Helio Health");
            assertThat(detection.details()).isEqualTo(
                    new TriggerDetails.ExecutiveHire("Dana Whitfield", "chief marketing officer", RoleCategory.CMO));
        });
    }

    @Test
    void readsAJointRoleByItsSeniorPart() {
        // the role's reading is what this asks; whether the model also guesses the predecessor left is its own call
        List<Detection> found = detector.detect("Starbucks names Brian Niccol chairman and CEO", null).stream()
            .filter(detection -> detection.type() == TriggerType.EXECUTIVE_HIRE)
            .toList();

        assertThat(found).extracting(Detection::details).containsExactly(
                new TriggerDetails.ExecutiveHire("Brian Niccol", "chairman and CEO", RoleCategory.CEO));
    }

    @Test
    void findsEveryPersonHiredInOneItem() {
        List<Detection> found = detector.detect("Acme names Jane Doe CFO and John Roe chief technology officer",
                null);

        assertThat(found).extracting(Detection::details).containsExactly(
                new TriggerDetails.ExecutiveHire("Jane Doe", "CFO", RoleCategory.CFO),
                new TriggerDetails.ExecutiveHire("John Roe", "chief technology officer", RoleCategory.CTO));
    }

    @Test
    void findsSeveralTriggersInOneItem() {
        // the finders' reading, before the model weighs it: each type they find is there to be weighed
        List<Detection> found = new RuleDetector().read("VMware confirms layoffs as it prepares for Dell acquisition "
                + "| Acme raises $5M and opens Berlin office", null).detections();

        assertThat(found).extracting(Detection::type).contains(TriggerType.LAYOFFS);
        assertThat(detector.detect("Kodex raises €12M Series A and opens New York office", null))
            .extracting(Detection::type)
            .containsExactly(TriggerType.FUNDING_ROUND, TriggerType.EXPANSION);
    }

    @Test
    void reportsOnlyWhatHappenedOrWasDecided() {
        assertThat(detector.detect("Acme in talks to acquire Beta", null)).isEmpty();
        assertThat(detector.detect("Acme could cut 1,000 jobs, union warns", null)).isEmpty();
        assertThat(detector.detect("Acme to acquire Beta, sources say", null)).isEmpty();
        assertThat(detector.detect("Is Acme about to buy Beta?", null)).isEmpty();
        assertThat(detector.detect("Acme to cut 3,000 jobs", null)).extracting(Detection::type)
            .containsExactly(TriggerType.LAYOFFS);
    }

    @Test
    void leavesOutWhatTheTaxonomyExcludes() {
        assertThat(detector.detect("Acme raises full-year guidance after strong quarter", null)).isEmpty();
        assertThat(detector.detect("Northzone closes $500M Fund X", null)).isEmpty();
        assertThat(detector.detect("Acme buys 5% stake in Beta", null)).isEmpty();
        assertThat(detector.detect("Treasury names new chief information officer", null)).isEmpty();
        assertThat(detector.detect("Acme hires Jane Doe as director of marketing", null)).isEmpty();
    }

    /** The borderline cases of TRIGGERS.md, each a headline and the trigger types it holds. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "VMware confirms layoffs as it prepares for Dell acquisition | LAYOFFS ACQUISITION",
            "Acme to cut 3,000 jobs | LAYOFFS", "Acme will open a Berlin office | EXPANSION",
            "Acme agrees to buy Beta for $2 billion | ACQUISITION", "Acme could cut 500 jobs | ''",
            "Acme jobs at risk as sales slump | ''", "Acme considering sale of its cloud unit | ''",
            "Beta rejects Acme's $5 billion takeover offer | ''", "Acme makes non-binding offer for Beta | ''",
            "Acme buys majority stake in Beta | ACQUISITION", "Acme buys 10% stake in Beta | ''",
            "Acme buys London office building for $300 million | ''",
            "Acme raises stake in Beta to 80% from 60% | ''",
            "Listed miner Acme Resources raises A$20 million in private placement | FUNDING_ROUND",
            "Acme secures $30 million in venture debt from Hercules Capital | FUNDING_ROUND",
            "Acme prices $500 million bond offering | ''", "Acme launches £300 million rights issue | ''",
            "Acme secures $100 million revolving credit facility from banks | ''",
            "Index Ventures closes $1.5 billion fund | ''",
            "Acme appoints Jane Doe to its board of directors | EXECUTIVE_HIRE",
            "Acme names John Smith head of communications | EXECUTIVE_HIRE",
            "Acme moves headquarters to Austin | EXPANSION", "Acme enters Japanese market | EXPANSION",
            "Acme signs reseller agreement with Beta Systems | PARTNERSHIP",
            "Acme hits funding snag as investors balk | ''",
            "Brevik Motors will cut 500 jobs if the merger goes ahead | ''",
            "Corvane Systems acquired for $40 million by Halvex Group | ACQUISITION",
            "Nike CEO John Donahoe to retire; Elliott Hill named successor | LEADERSHIP_DEPARTURE EXECUTIVE_HIRE" })
    void readsTheBorderlineCasesAsTheTaxonomyDoes(String headline, String types) {
        List<TriggerType> expected = types.isBlank() ? List.of()
                : java.util.Arrays.stream(types.split(" ")).map(TriggerType::valueOf).toList();

        assertThat(detector.detect(headline, null)).extracting(Detection::type)
            .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void findsNothingInOtherLanguages() {
        assertThat(detector.detect("Startup Acme sammelt 10 Millionen Euro in Series-A-Runde ein", null)).isEmpty();
        assertThat(detector.detect("Acme lève 20 millions d'euros pour accélérer son développement", null)).isEmpty();
        assertThat(detector.detect("Acme adquiere la startup Beta por 50 millones de dólares", null)).isEmpty();
        assertThat(detector.detect("Acme привлекла $10M в раунде Series A", null)).isEmpty();
    }

    @Test
    void takesTheCompanyFromTheHeadlineWhenTheLedeSaysTheCompany() {
        List<Detection> found = new RuleDetector().read("Quiet week ends with a bang for Lattice Robotics",
                "The company said on Monday it had raised $30 million in a Series B round.").detections();

        assertThat(found).singleElement().satisfies(detection -> {
            assertThat(detection.company()).isEqualTo("Lattice Robotics");
            assertThat(detection.type()).isEqualTo(TriggerType.FUNDING_ROUND);
        });
    }

    @Test
    void neverThrowsOnHostileText() {
        Random random = new Random(7);
        String alphabet = "Aa Bb$€£%.,;:!?'\"()[]<>-–—/\\\\0123456789 raises acquires CEO steps down to of in the ";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(300);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            detector.detect(text.toString(), random.nextBoolean() ? text.reverse().toString() : null);
        }
        detector.detect("", "");
        detector.detect("x".repeat(100_000), "y ".repeat(50_000));

        assertThat(TriggerDetector.failures()).isZero();
    }

    private TriggerDetails.Funding funding(String title) {
        return (TriggerDetails.Funding) detector.detect(title, null).get(0).details();
    }
}
