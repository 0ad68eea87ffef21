package dev.kairos.matcher;

import dev.kairos.service.security.ApiAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call the matcher's API. Every call needs a valid key or token, reads included: accounts are CRM data and
 * rules show whom the campaigns target. A rule preview changes nothing, so any caller may run one; other writes
 * need the role of their resource.
 */
@Configuration(proxyBeanMethods = false)
class ApiAccessConfiguration {

    @Bean
    ApiAccessRules matcherApiAccess() {
        return requests -> requests.requestMatchers(HttpMethod.POST, "/api/rules/preview", "/api/rules/*/preview")
            .authenticated()
            .requestMatchers(HttpMethod.GET, "/api/**")
            .authenticated()
            .requestMatchers(HttpMethod.HEAD, "/api/**")
            .authenticated()
            .requestMatchers("/api/accounts/**")
            .hasAuthority("accounts:write")
            .requestMatchers("/api/rules/**")
            .hasAuthority("rules:write");
    }
}
