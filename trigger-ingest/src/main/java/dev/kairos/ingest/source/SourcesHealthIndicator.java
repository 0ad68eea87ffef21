package dev.kairos.ingest.source;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The sources this instance polls, and which of them are paused and why. Paused sources are the sites' trouble, not
 * the service's, so they leave it UP; the details tell an operator where to look.
 */
@Component("sources")
class SourcesHealthIndicator implements HealthIndicator {

    /** Enough to act on; the full list is at {@code GET /api/sources}. */
    private static final int LISTED = 20;

    private final SourcePoller poller;

    SourcesHealthIndicator(SourcePoller poller) {
        this.poller = poller;
    }

    @Override
    public Health health() {
        var paused = poller.paused(LISTED);
        return Health.up()
            .withDetail("owned", poller.owned())
            .withDetail("pausedCount", poller.pausedCount())
            .withDetail("paused", paused)
            .build();
    }
}
