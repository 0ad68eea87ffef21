package dev.kairos.service.audit;

import java.time.Instant;

/**
 * A change requested through a REST API: value of {@code api.audit}, keyed by the principal.
 *
 * @param schemaVersion 1
 * @param at when the response was sent
 * @param service which service answered, e.g. {@code trigger-matcher}
 * @param principal the API key's name or the token's subject; {@code anonymous} when the caller was not known
 * @param method the HTTP method
 * @param path the request path, without the query
 * @param status the response status: refusals (401, 403) and invalid requests (400) are recorded too
 */
public record ApiAuditRecord(int schemaVersion, Instant at, String service, String principal, String method,
        String path, int status) {
}
