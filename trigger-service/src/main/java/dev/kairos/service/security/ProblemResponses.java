package dev.kairos.service.security;

import java.io.IOException;
import java.net.URI;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refusals as RFC 7807 problems: 401 when the caller is unknown (no key, a wrong key, an invalid token), 403 when the
 * caller is known but lacks the role. Each one is counted.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler, AuthenticationFailureHandler {

    private final JsonMapper json;

    private final Counter unauthenticated;

    private final Counter forbidden;

    ProblemResponses(JsonMapper json, MeterRegistry meters, String deniedMetric) {
        this.json = json;
        this.unauthenticated = denied(meters, deniedMetric, "unauthenticated");
        this.forbidden = denied(meters, deniedMetric, "forbidden");
    }

    private static Counter denied(MeterRegistry meters, String name, String reason) {
        return Counter.builder(name)
            .description("API requests refused: unauthenticated (401) or forbidden (403)")
            .tag("reason", reason)
            .register(meters);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        unauthenticated.increment();
        String detail = request.getHeader(ApiSecurity.API_KEY_HEADER) != null
                || exception instanceof OAuth2AuthenticationException ? exception.getMessage()
                        : "This request needs an API key in the " + ApiSecurity.API_KEY_HEADER
                                + " header or a bearer token.";
        response.setHeader("WWW-Authenticate", "Bearer");
        write(request, response, HttpStatus.UNAUTHORIZED, "Authentication required", detail);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        commence(request, response, exception);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException exception) throws IOException {
        forbidden.increment();
        write(request, response, HttpStatus.FORBIDDEN, "Role missing",
                "The caller is known but lacks the role this request needs.");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
            String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        // bytes, not a writer: a writer would add the servlet default ";charset=ISO-8859-1" to the content type
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
