package dev.kairos.ingest;

import java.time.Clock;

import dev.kairos.ingest.detect.TriggerDetector;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
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

    @Bean
    TriggerDetector triggerDetector() {
        return new TriggerDetector();
    }
}
