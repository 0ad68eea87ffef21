package dev.kairos.ingest;

import java.time.Clock;

import dev.kairos.events.Json;
import dev.kairos.ingest.detect.TriggerDetector;
import dev.kairos.ingest.fetch.Fetcher;
import dev.kairos.ingest.publish.PublishedEvents;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The collaborators that are plain classes rather than components. */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The REST API speaks the same JSON as the topics. */
    @Bean
    JsonMapperBuilderCustomizer kairosJson() {
        return Json::configure;
    }

    @Bean
    PublishedEvents publishedEvents() {
        return new PublishedEvents();
    }

    @Bean
    Fetcher fetcher(IngestProperties properties, Clock clock, MeterRegistry meters) {
        return new Fetcher(properties.fetch(), clock, meters);
    }

    @Bean
    TriggerDetector triggerDetector(MeterRegistry meters) {
        FunctionCounter
            .builder("kairos.ingest.detection.failures", TriggerDetector.class, type -> TriggerDetector.failures())
            .description("Items whose detection failed on a fault of its own; they gave no triggers")
            .register(meters);
        return new TriggerDetector();
    }
}
