package dev.kairos.leads.webhook;

import java.net.URI;
import java.util.Collection;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/webhooks}: each campaign's webhook endpoint. Secrets go in with PUT and never come out. Errors are RFC
 * 7807 problem responses.
 */
@RestController
@RequestMapping("/api/webhooks")
@ConditionalOnBooleanProperty(name = "trigger.publisher.webhooks.enabled", matchIfMissing = true)
class WebhookController {

    private final ManagedEndpoints endpoints;

    WebhookController(ManagedEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    @GetMapping
    Collection<ManagedEndpoints.View> all() {
        return endpoints.all().values();
    }

    @GetMapping("/{campaign}")
    ResponseEntity<?> one(@PathVariable String campaign) {
        return endpoints.find(campaign)
            .<ResponseEntity<?>>map(ResponseEntity::ok)
            .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "No webhook endpoint for campaign " + campaign));
    }

    @PutMapping("/{campaign}")
    ResponseEntity<?> put(@PathVariable String campaign, @Valid @RequestBody EndpointRequest request) {
        try {
            return ResponseEntity.ok(endpoints.put(campaign, request.url(), request.secret()));
        }
        catch (IllegalArgumentException ex) {
            return problem(HttpStatus.BAD_REQUEST, ex.getMessage());
        }
    }

    @DeleteMapping("/{campaign}")
    ResponseEntity<?> delete(@PathVariable String campaign) {
        if (endpoints.delete(campaign)) {
            return ResponseEntity.noContent().build();
        }
        if (endpoints.isConfigured(campaign)) {
            return problem(HttpStatus.CONFLICT, "The endpoint of campaign " + campaign
                    + " is configured (trigger.publisher.webhooks.endpoints); change the configuration to remove it");
        }
        return problem(HttpStatus.NOT_FOUND, "No managed webhook endpoint for campaign " + campaign);
    }

    @ExceptionHandler({ MethodArgumentNotValidException.class, HttpMessageNotReadableException.class })
    ResponseEntity<ProblemDetail> unreadable(Exception ex) {
        String detail = ex instanceof MethodArgumentNotValidException invalid
                ? "Invalid endpoint: " + invalid.getBindingResult()
                    .getFieldErrors()
                    .stream()
                    .map(error -> error.getField() + " " + error.getDefaultMessage())
                    .sorted()
                    .toList()
                : "The body must be JSON: {\"url\": \"https://…\", \"secret\": \"whsec_…\"}";
        return problem(HttpStatus.BAD_REQUEST, detail);
    }

    @ExceptionHandler(InvalidStateStoreException.class)
    ResponseEntity<ProblemDetail> notReady(InvalidStateStoreException ex) {
        ResponseEntity<ProblemDetail> problem = problem(HttpStatus.SERVICE_UNAVAILABLE,
                "Webhook endpoints are not readable yet (delivery is starting or rebalancing); try again");
        return ResponseEntity.status(problem.getStatusCode()).header("Retry-After", "5").body(problem.getBody());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }

    /**
     * The body of a PUT.
     *
     * @param url where the campaign's leads go: https, or http on loopback when allowed
     * @param secret the signing secret, {@code whsec_} and 24 to 64 base64 bytes
     */
    record EndpointRequest(@NotNull URI url, @NotBlank String secret) {

        @Override
        public String toString() {
            return "EndpointRequest[url=" + url + "]";
        }
    }
}
