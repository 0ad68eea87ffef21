package dev.kairos.leads.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;

/**
 * Sends one signed webhook request and says what its answer means: delivered, worth retrying, or not. Redirects are
 * not followed, no proxy is used, and every connection goes through the {@link AddressGuard}.
 */
final class WebhookClient implements AutoCloseable {

    /** Enough of an error response's body to tell what went wrong. */
    private static final int MAX_ERROR_BODY = 200;

    private final CloseableHttpClient http;

    private final Clock clock;

    WebhookClient(AddressGuard guard, Duration connectTimeout, Duration timeout, int maxConnections, Clock clock) {
        this.clock = clock;
        this.http = HttpClients.custom()
            .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(guard)
                .setMaxConnTotal(maxConnections)
                .setMaxConnPerRoute(maxConnections)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                    .setConnectTimeout(Timeout.of(connectTimeout))
                    .setSocketTimeout(Timeout.of(timeout))
                    .build())
                .build())
            .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(timeout)).build())
            .disableRedirectHandling()
            .disableAutomaticRetries()
            .disableCookieManagement()
            .setUserAgent("Kairos-Webhooks/1")
            .build();
    }

    /** POSTs {@code body} to {@code url}, signed for {@code id} at this moment. */
    Result send(URI url, WebhookSigner signer, String id, byte[] body) {
        long timestamp = clock.instant().getEpochSecond();
        HttpPost post = new HttpPost(url);
        post.setHeader("webhook-id", id);
        post.setHeader("webhook-timestamp", Long.toString(timestamp));
        post.setHeader("webhook-signature", signer.sign(id, timestamp, body));
        post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
        try (ClassicHttpResponse response = http.executeOpen(null, post, null)) {
            return judge(response, clock.instant());
        }
        catch (AddressGuard.BlockedAddressException ex) {
            return Result.permanent(0, "refused: " + ex.getMessage());
        }
        catch (IOException ex) {
            return Result.retry(0, describe(ex), null);
        }
        catch (RuntimeException ex) {
            return Result.permanent(0, "cannot send: " + describe(ex));
        }
    }

    private static Result judge(ClassicHttpResponse response, Instant now) throws IOException {
        int status = response.getCode();
        if (status >= 200 && status < 300) {
            return Result.delivered(status);
        }
        String error = "HTTP " + status + errorBody(response.getEntity());
        if (status == 408 || status == 429 || status >= 500) {
            return Result.retry(status, error, retryAfter(response.getFirstHeader("Retry-After"), now));
        }
        if (status == 410) {
            return Result.permanent(status, error + " (the endpoint is gone)");
        }
        if (status >= 300 && status < 400) {
            return Result.permanent(status, error + " (redirects are not followed)");
        }
        return Result.permanent(status, error);
    }

    private static String errorBody(@Nullable HttpEntity entity) throws IOException {
        if (entity == null) {
            return "";
        }
        try (InputStream in = entity.getContent()) {
            String text = new String(in.readNBytes(MAX_ERROR_BODY), StandardCharsets.UTF_8).strip()
                .replaceAll("\\s+", " ");
            return text.isEmpty() ? "" : ": " + text;
        }
    }

    /** {@code Retry-After} as seconds or as an HTTP date; null when absent or unreadable. */
    static @Nullable Duration retryAfter(@Nullable Header header, Instant now) {
        if (header == null || header.getValue() == null) {
            return null;
        }
        String value = header.getValue().strip();
        try {
            if (value.matches("\\d{1,9}")) {
                return Duration.ofSeconds(Long.parseLong(value));
            }
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
        }
        catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    private static String describe(Exception ex) {
        String message = ex.getMessage();
        return ex.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    @Override
    public void close() throws IOException {
        http.close();
    }

    /** What became of one attempt. */
    enum Outcome {
        DELIVERED, RETRY, PERMANENT
    }

    /**
     * One attempt's result.
     *
     * @param outcome what it means
     * @param status the HTTP status, 0 when there was no answer
     * @param error what went wrong, empty when delivered
     * @param retryAfter how long the endpoint asked to wait, if it did
     */
    record Result(Outcome outcome, int status, String error, @Nullable Duration retryAfter) {

        static Result delivered(int status) {
            return new Result(Outcome.DELIVERED, status, "", null);
        }

        static Result retry(int status, String error, @Nullable Duration retryAfter) {
            return new Result(Outcome.RETRY, status, error, retryAfter);
        }

        static Result permanent(int status, String error) {
            return new Result(Outcome.PERMANENT, status, error, null);
        }
    }
}
