package dev.kairos.service.security;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.util.StringUtils;
import tools.jackson.databind.json.JsonMapper;

import dev.kairos.service.MetricNames;
import dev.kairos.service.audit.ApiAuditTrail;

/**
 * The security of every service's HTTP API: API keys in {@code X-API-Key} (hashes in {@code kairos.security.api-keys})
 * or, when {@code spring.security.oauth2.resourceserver.jwt.*} is configured, OAuth2 bearer JWTs; the service's own
 * {@link ApiAccessRules}; RFC 7807 refusals. Actuator is left to its port, which exposes only health, info and
 * prometheus.
 */
@AutoConfiguration(before = { ServletWebSecurityAutoConfiguration.class,
        ManagementWebSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(ApiSecurityProperties.class)
public class ApiSecurity {

    /** The header that carries an API key. */
    public static final String API_KEY_HEADER = "X-API-Key";

    /** Public in the docs, so a service that accepts it is open to anyone who can reach it. */
    private static final String DEMO_KEY = "kairos-demo-key";

    private static final Logger log = LoggerFactory.getLogger(ApiSecurity.class);

    /** Actuator's own port serves only the exposed endpoints; a scraper or a probe carries no credentials. */
    @Bean
    @Order(1)
    SecurityFilterChain actuatorSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
            .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
            .csrf(csrf -> csrf.disable())
            .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .requestCache(cache -> cache.disable())
            .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiSecurityProperties properties, JsonMapper json,
            MeterRegistry meters, ObjectProvider<ApiAccessRules> rules, ObjectProvider<JwtDecoder> jwt,
            ObjectProvider<ApiAuditTrail> audit, Environment environment) throws Exception {
        ApiKeys keys = new ApiKeys(properties.apiKeys());
        ProblemResponses problems = new ProblemResponses(json, meters,
                MetricNames.of(environment, "api.access.denied"));
        boolean jwtConfigured = jwt.getIfAvailable() != null;
        log.info("API access: {} API key(s) {}, bearer JWTs {}", keys.size(),
                StringUtils.collectionToCommaDelimitedString(properties.apiKeys()),
                jwtConfigured ? "accepted" : "not configured");

        if (keys.find(DEMO_KEY).isPresent()) {
            log.warn("The demo API key {} is accepted: configure kairos.security.api-keys before anyone else can reach "
                    + "this service", DEMO_KEY);
        }

        AuthenticationFilter apiKeyFilter = new AuthenticationFilter(new ProviderManager(List.of(keys)),
                request -> {
                    String key = request.getHeader(API_KEY_HEADER);
                    return key == null ? null : new ApiKeys.PresentedApiKey(key);
                });
        apiKeyFilter.setFailureHandler(problems);
        // the request goes on to the controller; the default handler would redirect as after a form login
        apiKeyFilter.setSuccessHandler((request, response, authentication) -> {
        });

        http.csrf(csrf -> csrf.disable()) // no cookies, no sessions: a forged cross-site request carries no key
            .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .requestCache(cache -> cache.disable())
            .httpBasic(basic -> basic.disable())
            .formLogin(form -> form.disable())
            .logout(logout -> logout.disable())
            .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
            .addFilterBefore(apiKeyFilter, BearerTokenAuthenticationFilter.class)
            .authorizeHttpRequests(requests -> {
                requests.requestMatchers("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**",
                        "/error")
                    .permitAll();
                rules.orderedStream().forEach(rule -> rule.define(requests));
                requests.anyRequest().authenticated();
            });
        if (jwtConfigured) {
            http.oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults())
                .authenticationEntryPoint(problems)
                .accessDeniedHandler(problems));
        }
        ApiAuditTrail trail = audit.getIfAvailable();
        if (trail != null) {
            // outside authentication, so that it sees the outcome of every write, refusals included
            http.addFilterAfter(trail.filter(), SecurityContextHolderFilter.class);
        }
        return http.build();
    }
}
