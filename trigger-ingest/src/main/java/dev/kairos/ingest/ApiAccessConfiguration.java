package dev.kairos.ingest;

import dev.kairos.service.security.ApiAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call ingest's API. Reads are open: sources are public feed addresses and their status. Writes need the
 * role of their resource.
 */
@Configuration(proxyBeanMethods = false)
class ApiAccessConfiguration {

    @Bean
    ApiAccessRules ingestApiAccess() {
        return requests -> requests.requestMatchers(HttpMethod.GET, "/api/**")
            .permitAll()
            .requestMatchers(HttpMethod.HEAD, "/api/**")
            .permitAll()
            .requestMatchers("/api/sources/**")
            .hasAuthority("sources:write")
            .requestMatchers("/api/signals/**")
            .hasAuthority("signals:write");
    }
}
