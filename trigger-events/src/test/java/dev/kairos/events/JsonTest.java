package dev.kairos.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void roundTripsEveryTriggerTypeWithItsDetails() {
        for (TriggerEvent event : Samples.oneEventOfEachType()) {
            assertThat(Json.read(Json.write(event), TriggerEvent.class)).isEqualTo(event);
        }
    }

    @Test
    void roundTripsEveryOtherContract() {
        assertThat(Json.read(Json.write(Samples.account()), Account.class)).isEqualTo(Samples.account());
        assertThat(Json.read(Json.write(Samples.rule()), TriggerRule.class)).isEqualTo(Samples.rule());
        assertThat(Json.read(Json.write(Samples.match()), TriggerMatch.class)).isEqualTo(Samples.match());
        assertThat(Json.read(Json.write(Samples.lead()), Lead.class)).isEqualTo(Samples.lead());
        assertThat(Json.read(Json.write(Samples.source()), Source.class)).isEqualTo(Samples.source());
        assertThat(Json.read(Json.write(Samples.ruleChange()), RuleChange.class)).isEqualTo(Samples.ruleChange());
    }

    @Test
    void readsValuesWrittenBeforeTheOptionalFieldsExisted() {
        String account = """
                {"schemaVersion":1,"accountId":"A-1","name":"Crate","aliases":[],"domains":["crate.io"],
                 "status":"PROSPECT","owner":null}""";

        Account read = Json.read(account, Account.class);

        assertThat(read.tags()).isEmpty();
        assertThat(read.attributes()).isEmpty();
        assertThat(read.employees()).isNull();
    }

    @Test
    void readsARuleWithConditionsFilterAndCampaign() {
        String json = """
                {"schemaVersion": 2, "ruleId": "series-b-saas", "name": "Series B+ software prospects", "enabled": true,
                 "minConfidence": 0.5,
                 "triggerTypes": ["FUNDING_ROUND"], "accountStatuses": ["PROSPECT"],
                 "conditions": {"rounds": ["SERIES_B", "SERIES_C"], "minAmount": {"value": 10000000, "currency": "USD"}},
                 "accountFilter": {"employees": {"min": 50, "max": 5000}},
                 "segments": [{"name": "hot", "fromDay": 0, "toDay": 7}, {"name": "warm", "fromDay": 8, "toDay": 30},
                              {"name": "nurture", "fromDay": 31, "toDay": 90}],
                 "cooldown": "P90D", "priority": 10, "campaign": "series-b-outreach", "intent": "renewal-risk"}""";

        TriggerRule rule = Json.read(json, TriggerRule.class);

        assertThat(rule.conditions().rounds()).containsExactlyInAnyOrder("SERIES_B", "SERIES_C");
        assertThat(rule.conditions().minAmount().value()).isEqualByComparingTo("10000000");
        assertThat(rule.accountFilter().employees().contains(5001)).isFalse();
        assertThat(rule.cooldown()).hasDays(90);
        assertThat(rule.intent()).isEqualTo(LeadIntent.RENEWAL_RISK);
        assertThat(Json.write(rule)).contains("\"intent\":\"renewal-risk\"");
    }

    @Test
    void perCampaignLeadTopicsAreNamedAfterTheCampaign() {
        assertThat(Topics.leadsOf("series-b-outreach").name()).isEqualTo("leads.series-b-outreach");
        assertThatThrownBy(() -> Topics.leadsOf("Series B")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("Series B");
    }

    @Test
    void writesTheTriggerTypeOnceBesideItsDetails() {
        String json = Json.write(Samples.fundingEvent());

        assertThat(json).contains("\"type\":\"FUNDING_ROUND\"")
            .contains("\"amount\":4000000")
            .contains("\"currency\":\"USD\"")
            .contains("\"occurredAt\":\"2026-11-18T09:30:00Z\"");
        assertThat(json.split("\"type\"", -1)).hasSize(2);
    }

    @Test
    void ignoresPropertiesAddedByNewerWriters() {
        String json = Json.write(Samples.account()).replaceFirst("\\{", "{\"loyalty\":\"gold\",");

        assertThat(Json.read(json, Account.class)).isEqualTo(Samples.account());
    }

    @Test
    void writesDurationsAsIso8601() {
        assertThat(Json.write(Samples.rule())).contains("\"cooldown\":\"PT336H\"");
    }

    @Test
    void reportsTheBrokenInvariantOfAnInvalidValue() {
        String json = Json.write(Samples.fundingEvent()).replace("\"confidence\":0.93", "\"confidence\":1.5");

        assertThatThrownBy(() -> Json.read(json, TriggerEvent.class)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("confidence must be in [0, 1]: 1.5");
    }

    @Test
    void deserializerNamesTheTopicOfAPoisonRecord() {
        var deserializer = new Json.JsonDeserializer<>(Lead.class);
        byte[] poison = "{not json".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> deserializer.deserialize("leads", poison)).isInstanceOf(SerializationException.class)
            .hasMessageStartingWith("record on leads is not a valid Lead");
    }

    @Test
    void keepsTombstonesNull() {
        assertThat(new Json.JsonSerializer<Account>().serialize("crm.accounts", null)).isNull();
        assertThat(new Json.JsonDeserializer<>(Account.class).deserialize("crm.accounts", null)).isNull();
    }
}
