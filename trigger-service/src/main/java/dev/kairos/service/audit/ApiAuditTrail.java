package dev.kairos.service.audit;

import java.io.IOException;
import java.time.Clock;
import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an {@link ApiAuditRecord} to {@code api.audit} for every request to {@code /api/**} that may change
 * something (any method but GET, HEAD, OPTIONS and TRACE), whatever its outcome. The write does not hold up the
 * response; a failed one is logged and counted.
 */
public final class ApiAuditTrail implements DisposableBean {

    /** The audit topic; its values are {@link ApiAuditRecord}s. */
    public static final String TOPIC = "api.audit";

    private static final Logger log = LoggerFactory.getLogger(ApiAuditTrail.class);

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final DefaultKafkaProducerFactory<String, String> producers;

    private final KafkaTemplate<String, String> kafka;

    private final JsonMapper json;

    private final String service;

    private final Clock clock;

    private final Counter written;

    private final Counter failed;

    ApiAuditTrail(DefaultKafkaProducerFactory<String, String> producers, JsonMapper json, String service, Clock clock,
            MeterRegistry meters, String recordsMetric) {
        this.producers = producers;
        this.kafka = new KafkaTemplate<>(producers);
        this.json = json;
        this.service = service;
        this.clock = clock;
        this.written = records(meters, recordsMetric, "written");
        this.failed = records(meters, recordsMetric, "failed");
    }

    private static Counter records(MeterRegistry meters, String name, String outcome) {
        return Counter.builder(name)
            .description("Audit records of API changes, by whether they reached api.audit")
            .tag("outcome", outcome)
            .register(meters);
    }

    /** The servlet filter that records; it belongs right inside the security context, around authentication. */
    public Filter filter() {
        return new OncePerRequestFilter() {

            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !request.getRequestURI().startsWith("/api/") || SAFE_METHODS.contains(request.getMethod());
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                boolean failedHere = true;
                try {
                    chain.doFilter(request, response);
                    failedHere = false;
                }
                finally {
                    // an exception escaping the chain becomes a 500 further out
                    record(principal(), request.getMethod(), request.getRequestURI(),
                            failedHere ? 500 : response.getStatus());
                }
            }
        };
    }

    private static String principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated() ? "anonymous" : authentication.getName();
    }

    void record(String principal, String method, String path, int status) {
        ApiAuditRecord record = new ApiAuditRecord(1, clock.instant(), service, principal, method, path, status);
        String value = json.writeValueAsString(record);
        try {
            kafka.send(TOPIC, principal, value).whenComplete((result, ex) -> {
                if (ex == null) {
                    written.increment();
                }
                else {
                    fail(record, ex);
                }
            });
        }
        catch (RuntimeException ex) {
            fail(record, ex);
        }
    }

    private void fail(ApiAuditRecord record, Throwable ex) {
        failed.increment();
        log.warn("Audit record not written to {}: {} {} by {} ({}): {}", TOPIC, record.method(), record.path(),
                record.principal(), record.status(), ex.toString());
    }

    @Override
    public void destroy() {
        producers.destroy();
    }
}
