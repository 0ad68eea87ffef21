package dev.kairos.leads.publish;

import java.time.Clock;

import dev.kairos.leads.score.LeadScorer;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.streams.StreamsBuilder;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Configuration;

/** Defines the lead topology on the Boot-managed {@link StreamsBuilder}. */
@Configuration(proxyBeanMethods = false)
class LeadTopologyConfiguration implements InitializingBean {

    private final StreamsBuilder builder;

    private final Clock clock;

    private final MeterRegistry meters;

    LeadTopologyConfiguration(StreamsBuilder builder, Clock clock, MeterRegistry meters) {
        this.builder = builder;
        this.clock = clock;
        this.meters = meters;
    }

    @Override
    public void afterPropertiesSet() {
        LeadTopology.define(builder, new LeadScorer(), clock, meters);
    }
}
