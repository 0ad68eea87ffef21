package dev.kairos.leads;

import dev.kairos.service.security.ApiAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call the publisher's API. Leads are customer data: every call to {@code /api/leads/**} needs
 * {@code leads:read}. Webhooks may be read by any known caller and changed with {@code webhooks:write}.
 */
@Configuration(proxyBeanMethods = false)
class ApiAccessConfiguration {

    @Bean
    ApiAccessRules publisherApiAccess() {
        return requests -> requests.requestMatchers("/api/leads/**")
            .hasAuthority("leads:read")
            .requestMatchers(HttpMethod.GET, "/api/**")
            .authenticated()
            .requestMatchers(HttpMethod.HEAD, "/api/**")
            .authenticated()
            .requestMatchers("/api/webhooks/**")
            .hasAuthority("webhooks:write");
    }
}
