package dev.kairos.ingest.fetch;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** A fetch that did not produce a usable response, with what kind of failure it was and one line saying why. */
public final class FetchException extends IOException {

    /** Kinds of failure, few enough to tag metrics with. */
    public enum Failure {
        INVALID_URL, BLOCKED_ADDRESS, UNKNOWN_HOST, CONNECT_FAILED, TIMEOUT, TOO_LARGE, TOO_MANY_REDIRECTS,
        HTTP_CLIENT_ERROR, HTTP_SERVER_ERROR, RATE_LIMITED, WRONG_CONTENT_TYPE, ROBOTS_DISALLOWED, IO_ERROR;

        /** The metric tag value, e.g. {@code blocked_address}. */
        public String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Failure failure;

    private final @Nullable Duration retryAfter;

    FetchException(Failure failure, String message) {
        this(failure, message, null, null);
    }

    FetchException(Failure failure, String message, @Nullable Duration retryAfter, @Nullable Throwable cause) {
        super(message, cause);
        this.failure = failure;
        this.retryAfter = retryAfter;
    }

    public Failure failure() {
        return failure;
    }

    /** How long the server asked us to wait ({@code Retry-After}), if it did. */
    public @Nullable Duration retryAfter() {
        return retryAfter;
    }
}
