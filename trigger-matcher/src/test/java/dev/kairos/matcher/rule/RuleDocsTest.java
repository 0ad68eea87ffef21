package dev.kairos.matcher.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kairos.events.TriggerRule;
import org.junit.jupiter.api.Test;

/** The rules that the docs show being created are accepted as written. */
class RuleDocsTest {

    private static final Pattern CREATE = Pattern.compile("curl -i -X POST 127\\.0\\.0\\.1:8082/api/rules .*?-d '(.*?)'",
            Pattern.DOTALL);

    private final RuleValidator validator = new RuleValidator(0.5, Duration.ofDays(14));

    @Test
    void acceptsTheRulesTheDocsCreate() throws IOException {
        List<String> bodies = new ArrayList<>();
        for (Path doc : List.of(Path.of("../docs/trigger-matcher.md"), Path.of("../README.md"))) {
            Matcher matcher = CREATE.matcher(Files.readString(doc));
            while (matcher.find()) {
                bodies.add(matcher.group(1));
            }
        }

        assertThat(bodies).hasSize(2);
        for (String body : bodies) {
            TriggerRule rule = validator.validate(null, RuleJson.read(body.getBytes(StandardCharsets.UTF_8)), true);
            assertThat(rule.ruleId()).isEqualTo("series-b-saas");
            assertThat(rule.campaign()).isEqualTo("series-b-outreach");
        }
    }
}
