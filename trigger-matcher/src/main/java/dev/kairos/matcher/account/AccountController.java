package dev.kairos.matcher.account;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.kairos.events.Account;
import dev.kairos.events.Json;
import dev.kairos.events.Topics;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /api/accounts}: CSV import, and one account at a time. Writes go to {@code crm.accounts}; reads come from
 * this instance's index, so an account written a moment ago may not be readable yet.
 */
@RestController
@RequestMapping("/api/accounts")
class AccountController {

    private final CrmCsvImport csvImport;

    private final AccountIndex index;

    private final KafkaTemplate<String, Account> kafka;

    AccountController(CrmCsvImport csvImport, AccountIndex index, KafkaTemplate<String, Account> kafka) {
        this.csvImport = csvImport;
        this.index = index;
        this.kafka = kafka;
    }

    /** A CSV export in the body, read as it arrives: counts of accepted, updated and rejected rows, first errors. */
    @PostMapping(path = "/import", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
    AccountImport.Summary importCsv(HttpServletRequest request) throws IOException {
        try (Reader reader = new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8)) {
            return csvImport.importCsv(reader);
        }
    }

    @GetMapping("/{id}")
    ResponseEntity<Object> get(@PathVariable String id) {
        Account account = index.get(id);
        return account != null ? ResponseEntity.ok(account) : notFound(id);
    }

    /** Creates or replaces an account; the body is an {@code Account} whose id, when given, must be the path's. */
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> put(@PathVariable String id, @RequestBody String body) throws Exception {
        JsonNode json;
        try {
            json = Json.mapper().readTree(body);
        }
        catch (JacksonException ex) {
            return problem(HttpStatus.BAD_REQUEST, "The body is not JSON", ex.getOriginalMessage());
        }
        if (!(json instanceof ObjectNode object)) {
            return problem(HttpStatus.BAD_REQUEST, "The body is not an account", "expected a JSON object");
        }
        JsonNode bodyId = object.get("accountId");
        if (bodyId != null && !bodyId.isNull() && !id.equals(bodyId.asString())) {
            return problem(HttpStatus.BAD_REQUEST, "The ids differ",
                    "accountId '" + bodyId.asString() + "' is not the path's '" + id + "'");
        }
        object.put("accountId", id);
        if (!object.has("schemaVersion")) {
            object.put("schemaVersion", Account.SCHEMA_VERSION);
        }
        Account account;
        try {
            account = Json.mapper().treeToValue(object, Account.class);
        }
        catch (JacksonException ex) {
            return problem(HttpStatus.BAD_REQUEST, "The body is not a valid account", ex.getOriginalMessage());
        }
        boolean known = index.contains(id);
        send(id, account);
        return known ? ResponseEntity.ok(account)
                : ResponseEntity.created(URI.create("/api/accounts/" + id)).body(account);
    }

    /** Deletes an account: a tombstone on {@code crm.accounts}. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) throws Exception {
        send(id, null);
        return ResponseEntity.noContent().build();
    }

    private void send(String id, Account account) throws InterruptedException, ExecutionException, TimeoutException {
        kafka.send(Topics.CRM_ACCOUNTS.name(), id, account).get(30, TimeUnit.SECONDS);
    }

    @ExceptionHandler(IOException.class)
    ResponseEntity<Object> unreadable(IOException ex) {
        return problem(HttpStatus.BAD_REQUEST, "The CSV cannot be read", ex.getMessage());
    }

    @ExceptionHandler({ IllegalStateException.class, ExecutionException.class, TimeoutException.class })
    ResponseEntity<Object> unavailable(Exception ex) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "crm.accounts did not take the write", ex.getMessage());
    }

    private static ResponseEntity<Object> notFound(String id) {
        return problem(HttpStatus.NOT_FOUND, "No such account", "no account '" + id + "' in this instance's index");
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
