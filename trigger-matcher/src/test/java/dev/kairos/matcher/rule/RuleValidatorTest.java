package dev.kairos.matcher.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Set;

import dev.kairos.events.AccountStatus;
import dev.kairos.events.Segment;
import dev.kairos.events.TriggerRule;
import dev.kairos.events.TriggerType;
import dev.kairos.matcher.rule.InvalidRuleException.FieldError;
import org.junit.jupiter.api.Test;

class RuleValidatorTest {

    /** The example of docs/trigger-matcher.md, exactly as written there. */
    static final String EXAMPLE = """
            {"ruleId": "series-b-saas", "name": "Series B+ software prospects", "enabled": true,
             "triggerTypes": ["FUNDING_ROUND"], "accountStatuses": ["PROSPECT"],
             "conditions": {"rounds": ["SERIES_B", "SERIES_C"], "minAmount": {"value": 10000000, "currency": "USD"}},
             "accountFilter": {"employees": {"min": 50, "max": 5000}},
             "segments": [{"name": "hot", "fromDay": 0, "toDay": 7}, {"name": "warm", "fromDay": 8, "toDay": 30},
                          {"name": "nurture", "fromDay": 31, "toDay": 90}],
             "cooldown": "P90D", "priority": 10, "campaign": "series-b-outreach"}
            """;

    private final RuleValidator validator = new RuleValidator(0.5, Duration.ofDays(14));

    @Test
    void acceptsTheDocumentedExampleWithDefaultsForWhatItLeavesOut() {
        TriggerRule rule = validator.validate(null, read(EXAMPLE), true);

        assertThat(rule.ruleId()).isEqualTo("series-b-saas");
        assertThat(rule.triggerTypes()).containsExactly(TriggerType.FUNDING_ROUND);
        assertThat(rule.accountStatuses()).containsExactly(AccountStatus.PROSPECT);
        assertThat(rule.minConfidence()).isEqualTo(0.5);
        assertThat(rule.schemaVersion()).isEqualTo(TriggerRule.SCHEMA_VERSION);
        assertThat(rule.conditions().rounds()).containsExactlyInAnyOrder("SERIES_B", "SERIES_C");
        assertThat(rule.conditions().minAmount().value()).isEqualByComparingTo(new BigDecimal("10000000"));
        assertThat(rule.conditions().minAmount().currency()).isEqualTo(Currency.getInstance("USD"));
        assertThat(rule.accountFilter().employees().min()).isEqualTo(50L);
        assertThat(rule.segments()).isEqualTo(Segment.DEFAULTS);
        assertThat(rule.cooldown()).isEqualTo(Duration.ofDays(90));
        assertThat(rule.priority()).isEqualTo(10);
        assertThat(rule.campaign()).isEqualTo("series-b-outreach");
    }

    @Test
    void refusesUnknownPropertiesNamingThem() {
        assertThat(errors("{\"ruleId\": \"r\", \"name\": \"R\", \"conditions\": {\"round\": [\"SEED\"]}}"))
            .containsExactly(new FieldError("conditions.round", "is not a known property"));
    }

    @Test
    void refusesMalformedJson() {
        assertThat(errors("{\"ruleId\": \"r\", \"name\": ")).singleElement()
            .satisfies(error -> assertThat(error.field()).isEqualTo("body"))
            .satisfies(error -> assertThat(error.reason()).startsWith("is not valid JSON"));
    }

    @Test
    void refusesAnUnknownTriggerTypeAndABadCurrency() {
        assertThat(errors("{\"ruleId\": \"r\", \"name\": \"R\", \"triggerTypes\": [\"FUNDING\"]}")).singleElement()
            .satisfies(error -> assertThat(error.field()).isEqualTo("triggerTypes[0]"))
            .satisfies(error -> assertThat(error.reason()).contains("'FUNDING' is not one of"));
        assertThat(errors("{\"ruleId\": \"r\", \"name\": \"R\", "
                + "\"conditions\": {\"minAmount\": {\"value\": 5, \"currency\": \"XYZ\"}}}"))
            .containsExactly(new FieldError("conditions.minAmount.currency", "'XYZ' is not an ISO 4217 currency code"));
    }

    @Test
    void refusesNegativeAndOverlappingSegments() {
        assertThat(errors("{\"ruleId\": \"r\", \"name\": \"R\", \"segments\": [{\"name\": \"hot\", \"fromDay\": -1, "
                + "\"toDay\": 7}]}")).singleElement()
            .satisfies(error -> assertThat(error.field()).isEqualTo("segments[0]"))
            .satisfies(error -> assertThat(error.reason()).contains("0 <= fromDay <= toDay"));
        assertThat(errors("{\"ruleId\": \"r\", \"name\": \"R\", \"segments\": [{\"name\": \"hot\", \"fromDay\": 0, "
                + "\"toDay\": 7}, {\"name\": \"warm\", \"fromDay\": 5, \"toDay\": 30}]}")).singleElement()
            .satisfies(error -> assertThat(error.field()).isEqualTo("segments[1]"))
            .satisfies(error -> assertThat(error.reason()).contains("overlap"));
    }

    @Test
    void namesEveryBrokenFieldAtOnce() {
        assertThat(errors("{\"ruleId\": \"Bad Id\", \"name\": \" \", \"campaign\": \"Series B!\", "
                + "\"minConfidence\": 2, \"triggerTypes\": [\"EXECUTIVE_HIRE\"], "
                + "\"conditions\": {\"rounds\": [\"SERIES_B\"]}}"))
            .extracting(FieldError::field)
            .containsExactlyInAnyOrder("ruleId", "name", "campaign", "minConfidence", "conditions.rounds");
    }

    @Test
    void refusesANegativeAmountAndAMinimumAboveTheMaximum() {
        assertThat(errors("{\"ruleId\": \"r\", \"name\": \"R\", "
                + "\"conditions\": {\"minAmount\": {\"value\": -5, \"currency\": \"USD\"}}}")).singleElement()
            .satisfies(error -> assertThat(error.field()).isEqualTo("conditions.minAmount"));
        assertThat(errors("{\"ruleId\": \"r\", \"name\": \"R\", \"conditions\": {\"minAmount\": {\"value\": 9, "
                + "\"currency\": \"USD\"}, \"maxAmount\": {\"value\": 5, \"currency\": \"USD\"}}}"))
            .containsExactly(new FieldError("conditions.minAmount", "is above maxAmount"));
    }

    @Test
    void mergePatchChangesNamedFieldsRemovesNullsAndKeepsTheRest() {
        TriggerRule rule = validator.validate(null, read(EXAMPLE), true);

        TriggerRule patched = validator.validate("series-b-saas", RuleJson.mergePatch(rule,
                "{\"priority\": 20, \"accountFilter\": null, \"conditions\": {\"rounds\": [\"SERIES_D\"]}}"
                    .getBytes(StandardCharsets.UTF_8)),
                true);

        assertThat(patched.priority()).isEqualTo(20);
        assertThat(patched.accountFilter()).isNull();
        assertThat(patched.conditions().rounds()).isEqualTo(Set.of("SERIES_D"));
        assertThat(patched.conditions().minAmount()).isEqualTo(rule.conditions().minAmount());
        assertThat(patched.name()).isEqualTo(rule.name());
        assertThat(patched.segments()).isEqualTo(rule.segments());
    }

    @Test
    void mergePatchRefusesUnknownProperties() {
        TriggerRule rule = validator.validate(null, read(EXAMPLE), true);

        InvalidRuleException ex = assertThrows(InvalidRuleException.class,
                () -> RuleJson.mergePatch(rule, "{\"prio\": 1}".getBytes(StandardCharsets.UTF_8)));

        assertThat(ex.errors()).containsExactly(new FieldError("prio", "is not a known property"));
    }

    private static RuleRequest read(String json) {
        return RuleJson.read(json.getBytes(StandardCharsets.UTF_8));
    }

    private List<FieldError> errors(String json) {
        InvalidRuleException ex = assertThrows(InvalidRuleException.class,
                () -> validator.validate(null, read(json), true));
        return ex.errors();
    }
}
