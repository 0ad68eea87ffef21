package dev.kairos.matcher.rule;

import dev.kairos.events.Json;
import dev.kairos.events.Topics;
import dev.kairos.matcher.MatcherProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/** The rule topics and the plain collaborators of rule evaluation. */
@Configuration(proxyBeanMethods = false)
class RuleConfiguration {

    @Bean
    KafkaAdmin.NewTopics ruleTopics(MatcherProperties properties) {
        MatcherProperties.TopicSettings settings = properties.topics();
        return new KafkaAdmin.NewTopics(
                TopicBuilder.name(Topics.TRIGGER_RULES.name())
                    .partitions(settings.partitions())
                    .replicas(settings.replicas())
                    .compact()
                    .build(),
                TopicBuilder.name(Topics.TRIGGER_RULES_AUDIT.name())
                    .partitions(settings.partitions())
                    .replicas(settings.replicas())
                    .build());
    }

    /** The rules API speaks the same JSON as the topics: ISO-8601 durations and instants, plain decimals. */
    @Bean
    JsonMapperBuilderCustomizer ruleApiJson() {
        return Json::configure;
    }

    @Bean
    RuleEvaluator ruleEvaluator(RuleSettings settings) {
        return new RuleEvaluator(ExchangeRates.of(settings));
    }
}
