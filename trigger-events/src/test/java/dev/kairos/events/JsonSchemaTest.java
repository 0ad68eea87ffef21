package dev.kairos.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonSchemaTest {

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaIdResolvers(ids -> ids.mapPrefix("https://kairos.dev/schemas/", "classpath:schemas/")));

    static Stream<Arguments> samples() {
        Stream<Arguments> events = Samples.oneEventOfEachType()
            .stream()
            .map(event -> Arguments.of("trigger-event", event));
        return Stream.concat(events,
                Stream.of(Arguments.of("account", Samples.account()), Arguments.of("trigger-rule", Samples.rule()),
                        Arguments.of("trigger-match", Samples.match()), Arguments.of("lead", Samples.lead()),
                        Arguments.of("source", Samples.source()),
                        Arguments.of("rule-change", Samples.ruleChange())));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("samples")
    void everyContractValueValidatesAgainstItsSchema(String schemaName, Object value) {
        assertThat(validate(schemaName, Json.write(value))).isEmpty();
    }

    @Test
    void schemaRejectsFundingDetailsWithAnUnknownRound() {
        String json = Json.write(Samples.fundingEvent()).replace("\"SEED\"", "\"SERIES_Z\"");

        assertThat(validate("trigger-event", json)).isNotEmpty();
    }

    @Test
    void schemaRejectsALeadWithoutSegment() {
        String json = Json.write(Samples.lead()).replace("\"segment\":\"hot\",", "");

        assertThat(validate("lead", json)).extracting(Error::getMessage).anyMatch(m -> m.contains("segment"));
    }

    @Test
    void everyTopicValueTypeHasASchema() {
        List<String> names = Topics.ALL.stream().map(topic -> schemaNameOf(topic.valueType())).toList();

        assertThat(names).allSatisfy(name -> assertThat(getClass().getResource("/schemas/" + name + ".schema.json"))
            .as(name).isNotNull());
    }

    private static String schemaNameOf(Class<?> type) {
        return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static List<Error> validate(String schemaName, String json) {
        Schema schema = SCHEMAS.getSchema(SchemaLocation.of("https://kairos.dev/schemas/" + schemaName + ".schema.json"));
        return schema.validate(json, InputFormat.JSON);
    }
}
