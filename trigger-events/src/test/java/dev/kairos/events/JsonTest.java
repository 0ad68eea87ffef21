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
        String json = Json.write(Samples.account()).replaceFirst("\\{", "{\"tier\":\"gold\",");

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
