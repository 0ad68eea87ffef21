package dev.kairos.leads.api;

import dev.kairos.events.Json;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The read API speaks the same JSON as the topics. */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    @Bean
    JsonMapperBuilderCustomizer kairosJson() {
        return Json::configure;
    }
}
