package dev.kairos.leads.api;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.SortedSet;

import dev.kairos.events.Lead;
import dev.kairos.leads.publish.LeadHistory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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

/**
 * Reads leads: a filtered, paged list of current leads, and one lead with every revision it went through, from all
 * instances of the publisher. A request another instance forwarded ({@link PeerClient#FORWARDED}) is answered from
 * this instance's partitions only, naming them in {@link PeerClient#PARTITIONS}.
 */
@RestController
@RequestMapping("/api/leads")
@Tag(name = "leads", description = "Leads as the publisher wrote them to the leads topic")
class LeadController {

    /** Seconds a reader should wait before asking again while the leads are not readable. */
    static final String RETRY_AFTER_SECONDS = "5";

    private final LeadStore store;

    private final LeadDirectory directory;

    LeadController(LeadStore store, LeadDirectory directory) {
        this.store = store;
        this.directory = directory;
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
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            HttpServletRequest request, HttpServletResponse response) {
        LeadQuery query = new LeadQuery(campaign, segment, accountId, status, since, page, size);
        if (forwarded(request)) {
            // the forwarding instance merges: it needs this instance's leads up to the end of the page
            LeadStore.Local<LeadQuery.LeadWindow> local = store.select(query);
            response.setHeader(PeerClient.PARTITIONS, PeerClient.format(local.partitions()));
            return new LeadPage(local.value().leads(), page, size, local.value().total());
        }
        return directory.list(query, pathAndQuery(request), credentials(request));
    }

    @GetMapping("/{leadId}")
    @Operation(summary = "One lead with every revision it went through, oldest first")
    ResponseEntity<LeadHistory> one(@PathVariable String leadId, HttpServletRequest request) {
        if (forwarded(request)) {
            LeadStore.Local<Optional<LeadHistory>> local = store.find(leadId);
            String partitions = PeerClient.format(local.partitions());
            return local.value()
                .map(history -> ResponseEntity.ok().header(PeerClient.PARTITIONS, partitions).body(history))
                .orElseThrow(() -> new LeadNotFoundException(leadId, local.partitions()));
        }
        return directory.find(leadId, pathAndQuery(request), credentials(request))
            .map(ResponseEntity::ok)
            .orElseThrow(() -> new LeadNotFoundException(leadId, null));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(LeadNotFoundException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No lead " + ex.leadId + ".");
        problem.setTitle("Lead not found");
        problem.setType(URI.create("https://kairos.dev/problems/lead-not-found"));
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(HttpStatus.NOT_FOUND);
        if (ex.partitions != null) {
            answer.header(PeerClient.PARTITIONS, PeerClient.format(ex.partitions));
        }
        return answer.body(problem);
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
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
            .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
            .body(problem);
    }

    private static boolean forwarded(HttpServletRequest request) {
        return request.getHeader(PeerClient.FORWARDED) != null;
    }

    /** The request as the caller sent it, to send on unchanged: the receiver reads the same query. */
    private static String pathAndQuery(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    /** The caller's credentials, which a forwarded request carries on. */
    private static HttpHeaders credentials(HttpServletRequest request) {
        HttpHeaders credentials = new HttpHeaders();
        for (String name : PeerClient.CREDENTIALS) {
            String value = request.getHeader(name);
            if (value != null) {
                credentials.add(name, value);
            }
        }
        return credentials;
    }

    static final class LeadNotFoundException extends RuntimeException {

        private final String leadId;

        private final @Nullable SortedSet<Integer> partitions;

        LeadNotFoundException(String leadId, @Nullable SortedSet<Integer> partitions) {
            super("no lead " + leadId);
            this.leadId = leadId;
            this.partitions = partitions;
        }
    }
}
