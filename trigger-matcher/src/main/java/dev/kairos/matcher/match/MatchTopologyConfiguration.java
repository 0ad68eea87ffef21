package dev.kairos.matcher.match;

import java.time.Clock;

import dev.kairos.matcher.MatcherProperties;
import dev.kairos.matcher.rule.RuleBook;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.streams.StreamsBuilder;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Configuration;

/** Defines the match topology on the Boot-managed {@link StreamsBuilder}. */
@Configuration(proxyBeanMethods = false)
class MatchTopologyConfiguration implements InitializingBean {

    private final StreamsBuilder builder;

    private final MatcherProperties properties;

    private final Clock clock;

    private final MeterRegistry meters;

    MatchTopologyConfiguration(StreamsBuilder builder, MatcherProperties properties, Clock clock,
            MeterRegistry meters) {
        this.builder = builder;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
    }

    @Override
    public void afterPropertiesSet() {
        MatcherProperties.DefaultRule rule = properties.defaultRule();
        MatchTopology.define(builder, RuleBook.withDefaultRule(rule.minConfidence(), rule.cooldown()), clock, meters);
    }
}
