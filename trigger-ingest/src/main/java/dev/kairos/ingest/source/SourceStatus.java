package dev.kairos.ingest.source;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * How polling a source goes on this instance.
 *
 * @param state what the instance does with the source
 * @param lastPolledAt when it was last fetched
 * @param lastSuccessAt when a fetch last succeeded
 * @param consecutiveFailures fetch failures since the last success
 * @param lastError the last failure, one line
 * @param nextPollAt when it is polled next
 */
public record SourceStatus(State state, @Nullable Instant lastPolledAt, @Nullable Instant lastSuccessAt,
        int consecutiveFailures, @Nullable String lastError, @Nullable Instant nextPollAt) {

    /** What this instance does with a source. */
    public enum State {
        /** Polled by this instance. */
        ACTIVE,
        /** Polled by this instance, but waiting out failures. */
        BACKING_OFF,
        /** Failed too often in a row: no longer polled until it is updated or re-enabled. */
        PAUSED,
        /** Switched off by its owner. */
        DISABLED,
        /** Polled by another instance (its partition is assigned elsewhere). */
        ELSEWHERE
    }

    static SourceStatus elsewhere() {
        return new SourceStatus(State.ELSEWHERE, null, null, 0, null, null);
    }
}
