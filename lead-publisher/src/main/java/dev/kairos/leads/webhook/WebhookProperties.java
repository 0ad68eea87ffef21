package dev.kairos.leads.webhook;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of webhook delivery.
 *
 * @param enabled whether leads are delivered to webhooks at all
 * @param applicationId the Kafka Streams application id of the delivery, apart from the lead topology's; by default
 *     the lead topology's followed by {@code -webhooks}
 * @param defaultCampaign the campaign whose endpoint receives leads that carry no campaign; none when unset
 * @param endpoints campaign → endpoint, from configuration; an endpoint managed over the REST API for the same
 *     campaign replaces it
 * @param allowedAddresses internal addresses or ranges (e.g. {@code 127.0.0.1}, {@code 10.1.0.0/16}) that endpoints
 *     may resolve to nonetheless; by default only public addresses are reached
 * @param allowHttpOnLoopback whether plain {@code http} endpoints on a loopback address are accepted (tests, the local
 *     demo); otherwise only {@code https}
 * @param retry when failed deliveries are tried again and when they are given up
 * @param connectTimeout how long to wait for a connection to an endpoint
 * @param timeout how long to wait for an endpoint's response (between bytes)
 * @param tick how often due deliveries are looked for
 * @param tickBudget how long one round of deliveries may take before the rest waits for the next tick; keep it well
 *     under the transaction timeout
 * @param maxConcurrent how many accounts' deliveries are in flight at once per stream task
 */
@ConfigurationProperties("trigger.publisher.webhooks")
@Validated
public record WebhookProperties(@DefaultValue("true") boolean enabled,
        @Nullable String applicationId, @Nullable String defaultCampaign,
        @DefaultValue Map<String, @Valid Endpoint> endpoints, @DefaultValue List<String> allowedAddresses,
        @DefaultValue("false") boolean allowHttpOnLoopback, @Valid @DefaultValue Retry retry,
        @DefaultValue("PT5S") Duration connectTimeout, @DefaultValue("PT10S") Duration timeout,
        @DefaultValue("PT1S") Duration tick, @DefaultValue("PT5S") Duration tickBudget,
        @DefaultValue("32") @Min(1) @Max(1024) int maxConcurrent) {

    /**
     * One configured endpoint.
     *
     * @param url where leads are POSTed: https, or http on loopback when allowed
     * @param secret the signing secret, {@code whsec_} followed by 24 to 64 base64-encoded random bytes
     */
    public record Endpoint(@NotNull URI url, @NotBlank String secret) {

        @Override
        public String toString() {
            // the secret never reaches a log
            return "Endpoint[url=" + url + "]";
        }
    }

    /**
     * Retry policy: exponential back-off with full jitter.
     *
     * @param initialInterval the longest wait before the first retry
     * @param multiplier how much the longest wait grows with each further retry
     * @param maxInterval the longest wait between two attempts
     * @param giveUpAfter how long after its first attempt a lead is given up and dead-lettered on {@code leads.dlt}
     */
    public record Retry(@DefaultValue("PT10S") Duration initialInterval,
            @DefaultValue("2.0") @DecimalMin("1.0") double multiplier, @DefaultValue("PT1H") Duration maxInterval,
            @DefaultValue("PT24H") Duration giveUpAfter) {
    }
}
