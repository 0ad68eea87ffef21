package dev.kairos.leads.webhook;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The endpoints of every campaign: those configured, and those managed over the REST API on the compacted
 * {@value WebhookEndpoint#TOPIC}, which every instance reads into a global table and which survives restarts. A
 * managed endpoint replaces a configured one of the same campaign.
 */
final class ManagedEndpoints implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ManagedEndpoints.class);

    private final Producer<String, WebhookEndpoint> producer;

    private final WebhookStreams streams;

    private final WebhookProperties settings;

    private final EndpointRules rules;

    private final AddressGuard guard;

    private final Clock clock;

    ManagedEndpoints(Producer<String, WebhookEndpoint> producer, WebhookStreams streams, WebhookProperties settings,
            AddressGuard guard, Clock clock) {
        this.producer = producer;
        this.streams = streams;
        this.settings = settings;
        this.rules = new EndpointRules(settings.allowHttpOnLoopback());
        this.guard = guard;
        this.clock = clock;
    }

    /** Every campaign's endpoint, by campaign. */
    Map<String, View> all() {
        Map<String, View> views = new TreeMap<>();
        settings.endpoints().forEach((campaign, endpoint) -> views.put(campaign, View.configured(campaign, endpoint)));
        try (KeyValueIterator<String, WebhookEndpoint> managed = streams.managedEndpoints().all()) {
            while (managed.hasNext()) {
                KeyValue<String, WebhookEndpoint> entry = managed.next();
                views.put(entry.key, View.managed(entry.key, entry.value));
            }
        }
        return views;
    }

    Optional<View> find(String campaign) {
        WebhookEndpoint managed = streams.managedEndpoints().get(campaign);
        if (managed != null) {
            return Optional.of(View.managed(campaign, managed));
        }
        return Optional.ofNullable(settings.endpoints().get(campaign))
            .map(endpoint -> View.configured(campaign, endpoint));
    }

    /**
     * Checks and stores a campaign's endpoint.
     *
     * @throws IllegalArgumentException when it is not acceptable, saying why
     */
    View put(String campaign, URI url, String secret) {
        rules.check(campaign, url, secret);
        try {
            guard.resolve(url.getHost().replaceAll("^\\[|\\]$", ""));
        }
        catch (AddressGuard.BlockedAddressException ex) {
            throw new IllegalArgumentException("url refused: " + ex.getMessage(), ex);
        }
        catch (java.net.UnknownHostException ex) {
            throw new IllegalArgumentException("url host is unknown: " + url.getHost(), ex);
        }
        WebhookEndpoint endpoint = new WebhookEndpoint(url, secret, clock.instant());
        write(campaign, endpoint);
        // without query or credentials: some endpoints carry a token there
        log.info("Webhook endpoint of campaign {} set to {}://{}{}", campaign, url.getScheme(), url.getRawAuthority(),
                url.getRawPath());
        return View.managed(campaign, endpoint);
    }

    /** Deletes a managed endpoint; false when the campaign has none. */
    boolean delete(String campaign) {
        if (streams.managedEndpoints().get(campaign) == null) {
            return false;
        }
        write(campaign, null);
        log.info("Webhook endpoint of campaign {} deleted", campaign);
        return true;
    }

    boolean isConfigured(String campaign) {
        return settings.endpoints().containsKey(campaign);
    }

    private void write(String campaign, @Nullable WebhookEndpoint endpoint) {
        try {
            producer.send(new ProducerRecord<>(WebhookEndpoint.TOPIC, campaign, endpoint)).get(30, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing the endpoint", ex);
        }
        catch (ExecutionException | TimeoutException ex) {
            throw new IllegalStateException("cannot store the endpoint on " + WebhookEndpoint.TOPIC, ex);
        }
    }

    @Override
    public void close() {
        producer.close();
    }

    /**
     * An endpoint as the API shows it: never its secret.
     *
     * @param campaign the campaign
     * @param url where its leads go
     * @param source {@code configured} or {@code managed}
     * @param updatedAt when a managed endpoint was last set
     */
    record View(String campaign, URI url, String source, @Nullable Instant updatedAt) {

        static View configured(String campaign, WebhookProperties.Endpoint endpoint) {
            return new View(campaign, endpoint.url(), "configured", null);
        }

        static View managed(String campaign, WebhookEndpoint endpoint) {
            return new View(campaign, endpoint.url(), "managed", endpoint.updatedAt());
        }
    }
}
