package dev.kairos.leads.api;

import java.net.URI;
import java.time.Instant;

import dev.kairos.events.Lead;
import dev.kairos.leads.publish.LeadHistory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reads leads: a filtered, paged list of current leads, and one lead with every revision it went through. */
@RestController
@RequestMapping("/api/leads")
@Tag(name = "leads", description = "Leads as the publisher wrote them to the leads topic")
class LeadController {

    private final LeadStore store;

    LeadController(LeadStore store) {
        this.store = store;
    }

    @GetMapping
    @Operation(summary = "Current leads, newest first",
            description = "Each lead as its latest revision; every filter is optional.")
    LeadPage list(@RequestParam(required = false) @Nullable String campaign,
            @RequestParam(required = false) @Nullable String segment,
            @RequestParam(required = false) @Nullable String accountId,
            @RequestParam(required = false) Lead.@Nullable Status status,
            @Parameter(description = "only leads whose latest revision was written at or after this instant")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant since,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return store.select(new LeadQuery(campaign, segment, accountId, status, since, page, size));
    }

    @GetMapping("/{leadId}")
    @Operation(summary = "One lead with every revision it went through, oldest first")
    ResponseEntity<LeadHistory> one(@PathVariable String leadId) {
        return store.find(leadId).map(ResponseEntity::ok).orElseThrow(() -> new LeadNotFoundException(leadId));
    }

    @ExceptionHandler
    ProblemDetail notFound(LeadNotFoundException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No lead " + ex.leadId + " on this publisher.");
        problem.setTitle("Lead not found");
        problem.setType(URI.create("https://kairos.dev/problems/lead-not-found"));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail badQuery(IllegalArgumentException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
        problem.setTitle("Invalid lead query");
        return problem;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unavailable(LeadStore.StoreUnavailableException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
        problem.setTitle("Leads not readable yet");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
    }

    static final class LeadNotFoundException extends RuntimeException {

        private final String leadId;

        LeadNotFoundException(String leadId) {
            super("no lead " + leadId);
            this.leadId = leadId;
        }
    }
}
