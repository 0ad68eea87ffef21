package dev.kairos.ingest.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Politeness per host: at most {@code maxConcurrent} requests in flight and at least {@code minDelay} between the
 * starts of two requests. Waiting costs nothing but a parked virtual thread.
 */
final class HostGates {

    /** Something done while holding a host's gate. */
    @FunctionalInterface
    interface Call<T> {
        T call() throws FetchException, InterruptedException;
    }

    private final int maxConcurrent;

    private final long minDelayNanos;

    private final Map<String, Gate> gates = new ConcurrentHashMap<>();

    HostGates(int maxConcurrent, Duration minDelay) {
        this.maxConcurrent = maxConcurrent;
        this.minDelayNanos = minDelay.toNanos();
    }

    <T> T through(String host, Call<T> call) throws FetchException, InterruptedException {
        Gate gate = gates.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> new Gate(new Semaphore(maxConcurrent)));
        gate.permits().acquire();
        try {
            long wait = gate.reserveStart(minDelayNanos);
            if (wait > 0) {
                Thread.sleep(Duration.ofNanos(wait));
            }
            return call.call();
        }
        finally {
            gate.permits().release();
        }
    }

    private static final class Gate {

        private final Semaphore permits;

        private long nextStart = System.nanoTime();

        Gate(Semaphore permits) {
            this.permits = permits;
        }

        Semaphore permits() {
            return permits;
        }

        /** Books the next start slot and returns how long to wait for it, in nanoseconds. */
        synchronized long reserveStart(long minDelayNanos) {
            long now = System.nanoTime();
            long start = Math.max(now, nextStart);
            nextStart = start + minDelayNanos;
            return start - now;
        }
    }
}
