package dev.kairos.ingest.source;

import java.util.Collection;
import java.util.Optional;

import dev.kairos.events.Json;
import dev.kairos.events.Source;
import dev.kairos.events.Topics;
import dev.kairos.service.topic.TopicMirror;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Every source on {@code ingest.sources}, read in full by every instance (no consumer group) and kept up to date, so
 * that any instance can answer the sources API. Which sources an instance polls is {@link SourceAssignment}'s job.
 */
@Component
public class SourceCatalog implements SmartLifecycle {

    private final TopicMirror<Source> sources;

    SourceCatalog(KafkaProperties kafka) {
        this.sources = new TopicMirror<>(Topics.INGEST_SOURCES.name(), kafka.buildConsumerProperties(),
                Json.serde(Topics.INGEST_SOURCES).deserializer(), () -> { });
    }

    public Collection<Source> all() {
        return sources.values();
    }

    public Optional<Source> get(String sourceId) {
        return sources.get(sourceId);
    }

    /** Waits until the catalogue holds everything that was on the topic when the instance started. */
    public void awaitLoaded() {
        sources.awaitLoaded();
    }

    /** Applies a write of this instance at once, so that a client reads its own writes. */
    void apply(String sourceId, @Nullable Source source) {
        sources.put(sourceId, source);
    }

    @Override
    public void start() {
        sources.start();
    }

    @Override
    public void stop() {
        sources.stop();
    }

    @Override
    public boolean isRunning() {
        return sources.isRunning();
    }

    /** First of the source components: the seeder waits for it. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 300;
    }
}
