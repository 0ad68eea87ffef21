package dev.kairos.leads.api;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the read API when the publisher runs as several instances: how this instance is reached by the others.
 *
 * @param applicationServer {@code host:port} under which the other instances reach this instance's API (Kafka
 *     Streams' {@code application.server}); by default the advertised host and the port the API listens on
 * @param advertisedHost the host or address of this instance for the other instances; by default
 *     {@code server.address} when it names one address, else this machine's address
 * @param scheme how the other instances call this one: {@code http}, or {@code https} when the API serves TLS
 * @param connectTimeout how long to wait for a connection to another instance
 * @param forwardTimeout how long to wait for another instance's answer to a forwarded query
 */
@ConfigurationProperties("trigger.publisher.api")
@Validated
record ReadApiProperties(@Nullable @Pattern(regexp = ".+:[0-9]{1,5}") String applicationServer,
        @Nullable String advertisedHost, @DefaultValue("http") @Pattern(regexp = "https?") String scheme,
        @DefaultValue("PT2S") @NotNull Duration connectTimeout,
        @DefaultValue("PT5S") @NotNull Duration forwardTimeout) {
}
