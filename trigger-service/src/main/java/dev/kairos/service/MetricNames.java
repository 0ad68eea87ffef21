package dev.kairos.service;

import java.util.Locale;

import org.springframework.core.env.Environment;

/**
 * Names of the metrics this module registers in a service: {@code kairos.<service>.<thing>}, like every other Kairos
 * metric, so that one service's figures never mix with another's even without the {@code service} tag.
 */
public final class MetricNames {

    private MetricNames() {
    }

    /**
     * @param environment the service's; {@code kairos.metrics.service} names it, else {@code spring.application.name}
     *     without its {@code trigger-} or {@code lead-} prefix ({@code trigger-ingest} is {@code ingest})
     * @param thing e.g. {@code api.access.denied}
     */
    public static String of(Environment environment, String thing) {
        String service = environment.getProperty("kairos.metrics.service");
        if (service == null || service.isBlank()) {
            service = environment.getProperty("spring.application.name", "service")
                .toLowerCase(Locale.ROOT)
                .replaceFirst("^(trigger|lead)-", "");
        }
        return "kairos." + service + "." + thing;
    }
}
