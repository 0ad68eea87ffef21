package dev.kairos.leads.webhook;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Instant;

/**
 * A campaign's endpoint as managed over the REST API: the value of {@value #TOPIC}, keyed by campaign. It is the
 * publisher's own record, not a contract: it carries the signing secret.
 *
 * @param url where the campaign's leads are POSTed
 * @param secret the signing secret, {@code whsec_…}
 * @param updatedAt when it was last set
 */
record WebhookEndpoint(URI url, String secret, Instant updatedAt) {

    /** Compacted: campaign → endpoint, a tombstone when deleted. */
    static final String TOPIC = "webhook.endpoints";

    WebhookEndpoint {
        requireNonNull(url, "url");
        requireNonNull(secret, "secret");
        requireNonNull(updatedAt, "updatedAt");
    }

    @Override
    public String toString() {
        return "WebhookEndpoint[url=" + url + ", updatedAt=" + updatedAt + "]";
    }
}
