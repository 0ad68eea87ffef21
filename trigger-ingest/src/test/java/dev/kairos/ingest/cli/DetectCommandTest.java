package dev.kairos.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.kairos.events.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DetectCommandTest {

    @Test
    void answersEveryLineInOrderWithTriggersOrAReason() {
        String input = """
                {"id": "a1", "title": "Crate raises $4M seed round for its next-gen SQL database"}
                {"id": "a2", "title": "Five pricing mistakes SaaS founders keep making", "text": "An opinion."}
                not json at all
                {"title": "no id here"}
                {"id": 7}
                """;

        List<JsonNode> lines = run(input);

        assertThat(lines).hasSize(5);
        JsonNode funding = lines.get(0).get("triggers").get(0);
        assertThat(lines.get(0).get("id").asString()).isEqualTo("a1");
        assertThat(funding.get("type").asString()).isEqualTo("FUNDING_ROUND");
        assertThat(funding.get("company").asString()).isEqualTo("Crate");
        assertThat(funding.get("round").asString()).isEqualTo("SEED");
        assertThat(funding.get("amount").asLong()).isEqualTo(4_000_000L);
        assertThat(funding.get("currency").asString()).isEqualTo("USD");
        assertThat(funding.get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(lines.get(1).get("triggers")).isEmpty();
        assertThat(lines.get(2).get("id").isNull()).isTrue();
        assertThat(lines.get(2).get("error").asString()).startsWith("not valid JSON");
        assertThat(lines.get(3).get("error").asString()).isEqualTo("no id");
        assertThat(lines.get(4).get("id").asInt()).isEqualTo(7);
        assertThat(lines.get(4).has("error")).isFalse();
        assertThat(lines.get(4).get("triggers")).isEmpty();
    }

    @Test
    void writesEachTypeWithTheFieldsOfTheTaxonomy() {
        String input = """
                {"id": "b1", "title": "Acme to buy Beta Labs for $1.2 billion"}
                {"id": "b2", "title": "Helio Health names Dana Whitfield chief marketing officer"}
                {"id": "b3", "title": "Acme to cut 300 jobs"}
                {"id": "b4", "title": "Acme sammelt 10 Millionen Euro ein", "text": "Das Startup aus Berlin."}
                """;

        List<JsonNode> lines = run(input);

        JsonNode acquisition = lines.get(0).get("triggers").get(0);
        assertThat(acquisition.propertyNames()).containsExactly("type", "acquirer", "target", "amount", "currency",
                "confidence");
        assertThat(acquisition.get("acquirer").asString()).isEqualTo("Acme");
        assertThat(acquisition.get("target").asString()).isEqualTo("Beta Labs");
        assertThat(acquisition.get("amount").asLong()).isEqualTo(1_200_000_000L);
        JsonNode hire = lines.get(1).get("triggers").get(0);
        assertThat(hire.propertyNames()).containsExactly("type", "company", "person", "role", "roleCategory",
                "confidence");
        assertThat(hire.get("roleCategory").asString()).isEqualTo("CMO");
        JsonNode layoffs = lines.get(2).get("triggers").get(0);
        assertThat(layoffs.propertyNames()).containsExactly("type", "company", "headcount", "percent", "confidence");
        assertThat(layoffs.get("headcount").asInt()).isEqualTo(300);
        assertThat(layoffs.get("percent").isNull()).isTrue();
        assertThat(lines.get(3).get("triggers")).isEmpty();
    }

    @Test
    void readsAnItemWithoutHeadlineByItsText() {
        List<JsonNode> lines = run("""
                {"id": "t1", "text": "Crate raises $4M seed round for its next-gen SQL database."}
                """);

        assertThat(lines.get(0).get("triggers").get(0).get("type").asString()).isEqualTo("FUNDING_ROUND");
    }

    @Test
    void exitsWithZeroEvenWhenLinesAreBad() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = CommandLine.run(new String[] { "detect" },
                new ByteArrayInputStream("garbage\n".getBytes(StandardCharsets.UTF_8)), new PrintStream(out),
                new PrintStream(new ByteArrayOutputStream()));

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"error\"");
    }

    private static List<JsonNode> run(String input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DetectCommand().run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        return out.toString(StandardCharsets.UTF_8)
            .lines()
            .map(line -> Json.mapper().readTree(line))
            .toList();
    }
}
