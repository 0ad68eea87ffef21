package dev.kairos.ingest;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of trigger-ingest.
 *
 * @param sources feeds written to {@code ingest.sources} at start-up (enabled; they replace a source of the same id
 *     whose settings differ)
 * @param bundledSources whether the bundled list of public news feeds is written to {@code ingest.sources} (disabled,
 *     and only where no source of the same id exists)
 * @param pollInterval how often a source is polled unless it says otherwise
 * @param maxItemsPerFeed entries read from one feed response; the rest are ignored
 * @param maxArticlesPerPage new articles followed from one listing page per poll; the rest wait for the next poll
 * @param followLinksToOtherHosts whether article links of a listing page may lead to other hosts than the listing's
 * @param polling how failing sources are treated
 * @param fetch limits of every fetch
 * @param topics how the topics ingest writes are created when missing
 */
@ConfigurationProperties("trigger.ingest")
@Validated
public record IngestProperties(@DefaultValue List<@Valid FeedSource> sources, @DefaultValue("true") boolean bundledSources,
        @DefaultValue("PT15M") @DurationMin(seconds = 1) Duration pollInterval,
        @DefaultValue("1000") @Min(1) int maxItemsPerFeed,
        @DefaultValue("20") @Min(1) int maxArticlesPerPage, @DefaultValue("false") boolean followLinksToOtherHosts,
        @Valid @DefaultValue Polling polling, @Valid @DefaultValue Fetch fetch,
        @Valid @DefaultValue TopicSettings topics) {

    /**
     * A feed to poll.
     *
     * @param id a short, stable name: it is part of every event id from this source
     * @param url an http, https or file URL
     * @param pollInterval overrides the global poll interval
     */
    public record FeedSource(@NotBlank String id, @NotNull URI url, @Nullable Duration pollInterval) {
    }

    /**
     * How failing sources are treated.
     *
     * @param pauseAfterFailures a source failing this many times in a row is paused until it is updated
     * @param maxBackOff the longest wait between polls of a failing source
     * @param minInterval the shortest poll interval the API accepts
     */
    public record Polling(@DefaultValue("5") @Min(1) int pauseAfterFailures, @DefaultValue("PT6H") Duration maxBackOff,
            @DefaultValue("PT1M") Duration minInterval) {
    }

    /**
     * Limits and manners of every fetch.
     *
     * @param connectTimeout time to connect
     * @param timeout time for the whole response, body included
     * @param maxBytes largest response body accepted, after decompression
     * @param maxRedirects redirects followed per fetch; each hop is checked like the first
     * @param contact where site owners reach the operators: part of the User-Agent
     * @param allowedAddresses internal addresses that may be fetched all the same (everything not public is refused
     *     otherwise): {@code 127.0.0.1}, {@code 127.0.0.1:8080}, {@code 10.0.0.0/8}, {@code [::1]:8080}
     * @param maxConnectionsPerHost requests in flight to one host at most
     * @param minDelayPerHost least time between the starts of two requests to one host
     */
    public record Fetch(@DefaultValue("PT5S") Duration connectTimeout, @DefaultValue("PT20S") Duration timeout,
            @DefaultValue("5MB") DataSize maxBytes, @DefaultValue("5") @Min(0) int maxRedirects,
            @DefaultValue("https://github.com/kairos-dev/kairos") URI contact,
            @DefaultValue List<String> allowedAddresses, @DefaultValue("2") @Min(1) int maxConnectionsPerHost,
            @DefaultValue("PT1S") Duration minDelayPerHost) {

        /** The defaults above, for the command-line modes. */
        public static Fetch defaults() {
            return new Fetch(Duration.ofSeconds(5), Duration.ofSeconds(20), DataSize.ofMegabytes(5), 5,
                    URI.create("https://github.com/kairos-dev/kairos"), List.of(), 2, Duration.ofSeconds(1));
        }

        public Fetch allowing(List<String> addresses) {
            return new Fetch(connectTimeout, timeout, maxBytes, maxRedirects, contact, addresses,
                    maxConnectionsPerHost, minDelayPerHost);
        }

        /** Names the product and where to reach its operators, so that a site owner can. */
        public String userAgent() {
            return "Kairos/1 (+" + contact + ")";
        }
    }

    /**
     * How missing topics are created.
     *
     * @param partitions partitions of each topic
     * @param replicas replication factor of each topic
     */
    public record TopicSettings(@DefaultValue("3") @Min(1) int partitions, @DefaultValue("1") @Min(1) short replicas) {
    }
}
