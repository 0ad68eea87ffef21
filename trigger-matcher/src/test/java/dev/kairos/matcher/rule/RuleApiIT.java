package dev.kairos.matcher.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.kairos.events.Account;
import dev.kairos.events.AccountStatus;
import dev.kairos.events.Company;
import dev.kairos.events.Evidence;
import dev.kairos.events.Json;
import dev.kairos.events.MatchMethod;
import dev.kairos.events.RuleChange;
import dev.kairos.events.Topics;
import dev.kairos.events.TriggerDetails;
import dev.kairos.events.TriggerEvent;
import dev.kairos.events.TriggerMatch;
import dev.kairos.events.TriggerType;
import dev.kairos.matcher.MatcherApplication;
import dev.kairos.matcher.account.AccountLookup;
import dev.kairos.matcher.account.AccountMatch;
import dev.kairos.test.KafkaBroker;
import dev.kairos.test.KafkaIntegrationTest;
import dev.kairos.test.LocalHttp;
import dev.kairos.test.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

@KafkaIntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "spring.config.name=" + MatcherApplication.CONFIG_NAME, "management.server.port=0",
                "spring.kafka.streams.application-id=rule-api-it" })
@Import(RuleApiIT.Accounts.class)
class RuleApiIT {

    /** Accounts the preview finds by name; the live topology finds the same ones through crm.accounts. */
    static final Map<String, Account> ACCOUNTS = Map.of("keystone rules", account("RULES-1", "Keystone Rules", 300),
            "tiny rules", account("RULES-2", "Tiny Rules", 5));

    /** Rules are under test here; the account matcher has tests of its own, so a fixed lookup stands in for it. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Accounts {
        @Bean
        @Primary
        AccountLookup accountLookup() {
            return (company, url) -> {
                Account account = ACCOUNTS.get(company.name().toLowerCase(Locale.ROOT));
                return account == null ? AccountMatch.none()
                        : AccountMatch.matched(account, MatchMethod.NAME, 0.9, account.name());
            };
        }
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        String stateDir = Files.createTempDirectory("rule-api-it").toAbsolutePath().toString();
        registry.add("spring.kafka.streams.state-dir", () -> stateDir);
    }

    @LocalServerPort
    int port;

    @Autowired
    RuleCatalog catalog;

    @Autowired
    KafkaProperties kafka;

    @Autowired
    RuleSettings settings;

    @Test
    void createsTheDocumentedRuleAnswersItsVersionAndAuditsTheChange() throws Exception {
        HttpResponse<String> created = send("POST", "/api/rules", "application/json", RuleValidatorTest.EXAMPLE, null);

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/rules/series-b-saas");
        assertThat(created.headers().firstValue("ETag")).hasValue("\"1\"");
        JsonNode body = Json.mapper().readTree(created.body());
        assertThat(body.path("version").asLong()).isEqualTo(1);
        assertThat(body.path("updatedBy").asString()).isEqualTo("local");
        assertThat(body.path("cooldown").asString()).isEqualTo("PT2160H");
        assertThat(body.path("conditions").path("minAmount").path("currency").asString()).isEqualTo("USD");
        assertThat(catalog.rule("series-b-saas")).isPresent();

        HttpResponse<String> read = send("GET", "/api/rules/series-b-saas", null, null, null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("ETag")).hasValue("\"1\"");

        List<ConsumerRecord<String, RuleChange>> audit = TopicRecords.await(Topics.TRIGGER_RULES_AUDIT.name(),
                Json.serde(Topics.TRIGGER_RULES_AUDIT).deserializer(), r -> r.key().equals("series-b-saas"), 1,
                Duration.ofSeconds(30));
        RuleChange change = audit.getFirst().value();
        assertThat(change.action()).isEqualTo("create");
        assertThat(change.before()).isNull();
        assertThat(change.after().version()).isEqualTo(1L);
        assertThat(change.changedBy()).isEqualTo("local");
    }

    @Test
    void refusesStaleVersionsAndPatchesReplacesSwitchesAndDeletes() throws Exception {
        String id = "edit-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(send("POST", "/api/rules", "application/json", "{\"ruleId\": \"" + id + "\", \"name\": \"Edit\", "
                + "\"triggerTypes\": [\"EXECUTIVE_HIRE\"], \"conditions\": {\"roleCategories\": [\"CFO\"]}}", null)
            .statusCode()).isEqualTo(201);

        HttpResponse<String> patched = send("PATCH", "/api/rules/" + id, RuleController.MERGE_PATCH,
                "{\"priority\": 5, \"campaign\": \"finance-leaders\"}", "\"1\"");
        assertThat(patched.statusCode()).isEqualTo(200);
        assertThat(patched.headers().firstValue("ETag")).hasValue("\"2\"");
        assertThat(Json.mapper().readTree(patched.body()).path("campaign").asString()).isEqualTo("finance-leaders");
        assertThat(Json.mapper().readTree(patched.body()).path("conditions").path("roleCategories").get(0).asString())
            .isEqualTo("CFO");

        HttpResponse<String> stale = send("PATCH", "/api/rules/" + id, RuleController.MERGE_PATCH,
                "{\"priority\": 6}", "\"1\"");
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(stale.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Json.mapper().readTree(stale.body()).path("currentVersion").asLong()).isEqualTo(2);

        HttpResponse<String> replaced = send("PUT", "/api/rules/" + id, "application/json",
                "{\"name\": \"Edited\"}", null);
        assertThat(replaced.statusCode()).isEqualTo(200);
        assertThat(replaced.headers().firstValue("ETag")).hasValue("\"3\"");
        assertThat(Json.mapper().readTree(replaced.body()).path("priority").isMissingNode()
                || Json.mapper().readTree(replaced.body()).path("priority").isNull()).isTrue();

        HttpResponse<String> disabled = send("POST", "/api/rules/" + id + "/disable", null, null, "\"3\"");
        assertThat(Json.mapper().readTree(disabled.body()).path("enabled").asBoolean()).isFalse();
        assertThat(catalog.rule(id).orElseThrow().enabled()).isFalse();
        HttpResponse<String> enabled = send("POST", "/api/rules/" + id + "/enable", null, null, null);
        assertThat(enabled.headers().firstValue("ETag")).hasValue("\"5\"");

        assertThat(send("DELETE", "/api/rules/" + id, null, null, "\"4\"").statusCode()).isEqualTo(412);
        assertThat(send("DELETE", "/api/rules/" + id, null, null, "\"5\"").statusCode()).isEqualTo(204);
        assertThat(send("GET", "/api/rules/" + id, null, null, null).statusCode()).isEqualTo(404);

        List<ConsumerRecord<String, RuleChange>> audit = TopicRecords.await(Topics.TRIGGER_RULES_AUDIT.name(),
                Json.serde(Topics.TRIGGER_RULES_AUDIT).deserializer(), r -> r.key().equals(id), 6,
                Duration.ofSeconds(30));
        assertThat(audit).extracting(r -> r.value().action())
            .containsExactly("create", "patch", "replace", "disable", "enable", "delete");
        assertThat(audit.getLast().value().after()).isNull();
        assertThat(audit.getLast().value().before().version()).isEqualTo(5L);
    }

    @Test
    void anotherInstanceAppliesAChangeAtOnceAndARestartedOneReadsEveryRule() throws Exception {
        // a second instance's rule catalogue, as another matcher JVM would have
        RuleCatalog other = new RuleCatalog(kafka);
        other.start();
        try {
            String id = "spread-" + UUID.randomUUID().toString().substring(0, 8);
            long written = System.nanoTime();
            assertThat(send("POST", "/api/rules", "application/json",
                    "{\"ruleId\": \"" + id + "\", \"name\": \"Spread\", \"enabled\": false}", null).statusCode())
                .isEqualTo(201);
            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(10))
                .until(() -> other.rule(id).isPresent());
            System.out.printf("Another instance applied the rule %d ms after the write was sent%n",
                    Duration.ofNanos(System.nanoTime() - written).toMillis());
        }
        finally {
            other.stop();
        }
        RuleCatalog restarted = new RuleCatalog(kafka);
        restarted.start();
        try {
            assertThat(restarted.book().rules()).extracting(rule -> rule.ruleId())
                .containsAll(catalog.book().rules().stream().map(rule -> rule.ruleId()).toList());
        }
        finally {
            restarted.stop();
        }
    }

    @Test
    void answersProblemsNamingTheFieldsOfInvalidRules() throws Exception {
        HttpResponse<String> malformed = send("POST", "/api/rules", "application/json", "{\"name\": ", null);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Json.mapper().readTree(malformed.body()).path("errors").get(0).path("field").asString())
            .isEqualTo("body");

        HttpResponse<String> invalid = send("POST", "/api/rules", "application/json",
                "{\"ruleId\": \"x\", \"name\": \"\", \"campaign\": \"Not A Slug\", \"colour\": \"red\"}", null);
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(Json.mapper().readTree(invalid.body()).path("errors").get(0).path("field").asString())
            .isEqualTo("colour");

        HttpResponse<String> empty = send("POST", "/api/rules", "application/json",
                "{\"ruleId\": \"x\", \"name\": \"\", \"campaign\": \"Not A Slug\"}", null);
        List<String> fields = new ArrayList<>();
        Json.mapper().readTree(empty.body()).path("errors").forEach(e -> fields.add(e.path("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("name", "campaign");

        assertThat(send("PATCH", "/api/rules/default", "application/json", "{}", null).statusCode())
            .isEqualTo(415);
        assertThat(send("POST", "/api/rules", "application/json", "{\"ruleId\": \"default\", \"name\": \"D\"}", null)
            .statusCode()).isEqualTo(409);
    }

    @Test
    void seedsTheBuiltInRuleAndAppliesANewRuleToTheNextEvents() throws Exception {
        assertThat(catalog.rule(RuleBook.DEFAULT_RULE_ID)).hasValueSatisfying(rule -> {
            assertThat(rule.version()).isPositive();
            assertThat(rule.updatedBy()).isEqualTo(RuleSeeder.SEEDED_BY);
        });
        String word = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String id = "live-" + word;
        try (KafkaProducer<String, Object> producer = producer()) {
            Account account = ACCOUNTS.get("keystone rules");
            producer.send(new ProducerRecord<>(Topics.CRM_ACCOUNTS.name(), account.accountId(), account)).get();
        }
        assertThat(send("POST", "/api/rules", "application/json", "{\"ruleId\": \"" + id + "\", \"name\": \"Live\", "
                + "\"priority\": 3, \"campaign\": \"live-test\", \"conditions\": {\"keywords\": {\"any\": [\"" + word
                + "\"]}}}", null).statusCode()).isEqualTo(201);
        // read-your-writes: the answering instance applies the rule before it answers
        assertThat(catalog.book().get(id)).isPresent();

        TriggerEvent event = event("Keystone Rules", word, 2);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            try (KafkaProducer<String, Object> producer = producer()) {
                producer.send(new ProducerRecord<>(Topics.TRIGGER_EVENTS.name(), event.company().key(), event)).get();
            }
            List<ConsumerRecord<String, TriggerMatch>> matches = TopicRecords.await(Topics.TRIGGER_MATCHES.name(),
                    Json.serde(Topics.TRIGGER_MATCHES).deserializer(),
                    r -> r.value().event().eventId().equals(event.eventId()) && r.value().ruleId().equals(id), 1,
                    Duration.ofSeconds(30));
            assertThat(matches.getFirst().value().campaign()).isEqualTo("live-test");
            assertThat(matches.getFirst().value().matchId())
                .isEqualTo(TriggerMatch.idFor(event.eventId(), "RULES-1", id));
        });
    }

    @Test
    void previewsWhatARuleWouldHaveMatchedBySegmentAndType() throws Exception {
        String word = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (KafkaProducer<String, Object> producer = producer()) {
            for (TriggerEvent event : List.of(event("Keystone Rules", word, 2), event("Keystone Rules", word, 20),
                    event("Keystone Rules", word, 200), event("Tiny Rules", word, 3), event("Unknown Co", word, 1))) {
                producer.send(new ProducerRecord<>(Topics.TRIGGER_EVENTS.name(), event.company().key(), event)).get();
            }
        }
        String rule = "{\"name\": \"Preview\", \"accountFilter\": {\"employees\": {\"min\": 50}}, "
                + "\"conditions\": {\"keywords\": {\"all\": [\"" + word + "\"]}}}";

        HttpResponse<String> preview = send("POST", "/api/rules/preview?days=30", "application/json", rule, null);

        assertThat(preview.statusCode()).isEqualTo(200);
        JsonNode result = Json.mapper().readTree(preview.body());
        // every event was written just now: all are within 30 days by record time; the one that occurred 200 days
        // ago is past every segment
        assertThat(result.path("matches").asLong()).isEqualTo(3);
        assertThat(result.path("accountCount").asInt()).isEqualTo(1);
        assertThat(result.path("bySegment").path("hot").asLong()).isEqualTo(1);
        assertThat(result.path("bySegment").path("warm").asLong()).isEqualTo(1);
        assertThat(result.path("bySegment").path("expired").asLong()).isEqualTo(1);
        assertThat(result.path("byTriggerType").path("FUNDING_ROUND").asLong()).isEqualTo(3);
        assertThat(result.path("accounts").get(0).path("accountId").asString()).isEqualTo("RULES-1");
        assertThat(result.path("events").size()).isEqualTo(3);

        assertThat(send("POST", "/api/rules/preview?days=0", "application/json", rule, null).statusCode())
            .isEqualTo(400);
        assertThat(send("POST", "/api/rules/default/preview?days=7", null, null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void readsTheExchangeRatesOfTheConfiguration() {
        assertThat(settings.baseCurrency()).isEqualTo(Currency.getInstance("USD"));
        assertThat(settings.exchangeRates().get(Currency.getInstance("EUR"))).isEqualByComparingTo("1.10");
    }

    @Test
    void describesTheApiWithOpenApi() throws Exception {
        HttpResponse<String> docs = send("GET", "/v3/api-docs", null, null, null);

        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode api = Json.mapper().readTree(docs.body());
        assertThat(api.path("paths").has("/api/rules/{ruleId}")).isTrue();
        assertThat(api.path("paths").path("/api/rules").path("post").path("requestBody").path("content")
            .path("application/json").path("schema").path("$ref").asString()).endsWith("/TriggerRule");
        assertThat(send("GET", "/swagger-ui/index.html", null, null, null).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body, String ifMatch)
            throws IOException, InterruptedException {
        Map<String, String> headers = new LinkedHashMap<>();
        // the demo key of the matcher's own configuration, named "local", with every role
        headers.put("X-API-Key", "kairos-demo-key");
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        if (ifMatch != null) {
            headers.put("If-Match", ifMatch);
        }
        return LocalHttp.send(port, method, path, headers, body);
    }

    private static Account account(String id, String name, int employees) {
        return new Account(2, id, name, List.of(), List.of(), AccountStatus.PROSPECT, null, "Software", employees,
                "DE", "EMEA", null, List.of(), Map.of());
    }

    private static TriggerEvent event(String company, String word, int daysAgo) {
        Instant now = Instant.now();
        return new TriggerEvent(1, TriggerEvent.idFor(UUID.randomUUID().toString(), TriggerType.FUNDING_ROUND), 1,
                Company.named(company),
                new TriggerDetails.Funding("SERIES_A", new BigDecimal("8000000"), Currency.getInstance("USD"),
                        List.of()),
                now.minus(Duration.ofDays(daysAgo)), now, 0.9,
                new Evidence("it", "https://news.example/" + UUID.randomUUID(), company + " raises $8M", word));
    }

    private static KafkaProducer<String, Object> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers()),
                Json.keySerde().serializer(), new Json.JsonSerializer<>());
    }
}
