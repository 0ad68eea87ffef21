package dev.kairos.service.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's own path rules, e.g. that writes to {@code /api/rules/**} need {@code rules:write}. They are applied
 * after the shared ones (documentation open) and before the last (anything else needs a valid key or token).
 */
@FunctionalInterface
public interface ApiAccessRules {

    void define(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);
}
