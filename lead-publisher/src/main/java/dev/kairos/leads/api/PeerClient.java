package dev.kairos.leads.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.streams.state.HostInfo;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Asks the other instances of the publisher for their share of an answer: the caller's request, with the caller's
 * credentials, marked as forwarded so that the receiver answers from its own partitions only and never forwards it on.
 * Counts every forwarded request by its outcome.
 */
@Component
class PeerClient implements DisposableBean {

    /** Marks a forwarded request (its value: the instance that forwarded it); the receiver answers locally only. */
    static final String FORWARDED = "Kairos-Forwarded";

    /** On a forwarded request's answer: the partitions the answer covers, comma-separated, or {@code none}. */
    static final String PARTITIONS = "Kairos-Partitions";

    /** The credentials a forwarded request carries on: an API key or a bearer token. */
    static final List<String> CREDENTIALS = List.of("X-API-Key", HttpHeaders.AUTHORIZATION);

    private final ReadApiProperties properties;

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    private final HttpClient http;

    private final Map<Outcome, Counter> outcomes = new EnumMap<>(Outcome.class);

    PeerClient(ReadApiProperties properties, MeterRegistry meters) {
        this.properties = properties;
        this.http = HttpClient.newBuilder()
            .connectTimeout(properties.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .executor(executor)
            .build();
        // registered at start-up, zero-valued, so that an alert on unreachable instances has a series from the start
        for (Outcome outcome : Outcome.values()) {
            outcomes.put(outcome, Counter.builder("kairos.publisher.api.forwarded")
                .description("queries of the read API forwarded to another publisher instance, by outcome")
                .tag("outcome", outcome.tag)
                .register(meters));
        }
    }

    /**
     * Sends the caller's request to another instance.
     *
     * @param to the instance
     * @param from this instance, named in the forwarded mark
     * @param pathAndQuery the request's path and query as the caller sent them
     * @param credentials the caller's credentials, carried on
     */
    CompletableFuture<Answer> forward(HostInfo to, HostInfo from, String pathAndQuery, HttpHeaders credentials) {
        URI uri;
        try {
            uri = URI.create(properties.scheme() + "://" + authority(to) + pathAndQuery);
        }
        catch (IllegalArgumentException ex) {
            return CompletableFuture.completedFuture(Answer.unreachable(to, ex));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
            .timeout(properties.forwardTimeout())
            .header(HttpHeaders.ACCEPT,
                    MediaType.APPLICATION_JSON_VALUE + ", " + MediaType.APPLICATION_PROBLEM_JSON_VALUE)
            .header(FORWARDED, from.host() + ":" + from.port())
            .GET();
        credentials.forEach((name, values) -> values.forEach(value -> request.header(name, value)));
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
            .handle((response, failure) -> failure != null ? Answer.unreachable(to, failure)
                    : new Answer(to, response.statusCode(), partitions(response), response.body(), null));
    }

    /** Counts a forwarded request by what became of it. */
    void count(Outcome outcome) {
        outcomes.get(outcome).increment();
    }

    private static String authority(HostInfo host) {
        // an IPv6 address needs its brackets in a URI
        String name = host.host().contains(":") && !host.host().startsWith("[") ? "[" + host.host() + "]"
                : host.host();
        return name + ":" + host.port();
    }

    private static @Nullable SortedSet<Integer> partitions(HttpResponse<?> response) {
        Optional<String> header = response.headers().firstValue(PARTITIONS);
        if (header.isEmpty()) {
            return null;
        }
        return parse(header.get());
    }

    /** The partitions header's value: comma-separated partition numbers, or {@code none}; null when unreadable. */
    static @Nullable SortedSet<Integer> parse(String header) {
        SortedSet<Integer> partitions = new TreeSet<>();
        if (header.strip().equals("none")) {
            return partitions;
        }
        try {
            Arrays.stream(header.split(",")).map(String::strip).map(Integer::valueOf).forEach(partitions::add);
        }
        catch (NumberFormatException ex) {
            return null;
        }
        return partitions;
    }

    /** The partitions header's value for a set of partitions. */
    static String format(SortedSet<Integer> partitions) {
        return partitions.isEmpty() ? "none"
                : String.join(",", partitions.stream().map(String::valueOf).toList());
    }

    @Override
    public void destroy() {
        http.close();
        executor.shutdownNow();
    }

    /**
     * What another instance answered.
     *
     * @param host the instance
     * @param status its HTTP status; 0 when it did not answer
     * @param partitions the partitions its answer covers; null when it did not say
     * @param body the answer's body
     * @param failure why it did not answer
     */
    record Answer(HostInfo host, int status, @Nullable SortedSet<Integer> partitions, String body,
            @Nullable Throwable failure) {

        static Answer unreachable(HostInfo host, Throwable failure) {
            return new Answer(host, 0, null, "", failure);
        }
    }

    /** What became of a forwarded request: the metric's {@code outcome} tag. */
    enum Outcome {
        /** an answer (found or not found) for the partitions the instance owns */
        ANSWERED("answered"),
        /** an answer for other partitions than the stream metadata gives the instance: the assignment moved */
        STALE("stale"),
        /** the instance answered 503: it is starting or rebalancing */
        UNAVAILABLE("unavailable"),
        /** no answer: refused, timed out, or the connection failed */
        UNREACHABLE("unreachable"),
        /** any other answer, e.g. the instance refused the caller's credentials */
        FAILED("failed");

        final String tag;

        Outcome(String tag) {
            this.tag = tag;
        }
    }
}
