package dev.kairos.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import dev.kairos.events.Json;
import dev.kairos.events.Source;
import dev.kairos.ingest.IngestProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Writes the configured sources, and the bundled list of public news feeds, to {@code ingest.sources} at start-up.
 * Bundled sources are written disabled and only where no source of that id exists, so a user's changes stand;
 * configured sources replace a source of the same id whose settings differ.
 */
@Component
class SourceSeeder implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SourceSeeder.class);

    private final SourceCatalog catalog;

    private final SourceWriter writer;

    private final IngestProperties properties;

    private volatile boolean running;

    SourceSeeder(SourceCatalog catalog, SourceWriter writer, IngestProperties properties) {
        this.catalog = catalog;
        this.writer = writer;
        this.properties = properties;
    }

    @Override
    public void start() {
        running = true;
        catalog.awaitLoaded();
        int written = 0;
        if (properties.bundledSources()) {
            for (Source source : bundled()) {
                if (catalog.get(source.sourceId()).isEmpty()) {
                    writer.put(source);
                    written++;
                }
            }
        }
        for (IngestProperties.FeedSource configured : properties.sources()) {
            Duration interval = Objects.requireNonNullElse(configured.pollInterval(), properties.pollInterval());
            Source source = new Source(Source.SCHEMA_VERSION, configured.id(), Source.Kind.FEED,
                    configured.url().toString(), null, interval, true);
            if (!catalog.get(source.sourceId()).equals(java.util.Optional.of(source))) {
                writer.put(source);
                written++;
            }
        }
        log.info("Wrote {} configured or bundled sources to ingest.sources", written);
    }

    static List<Source> bundled() {
        try (InputStream in = SourceSeeder.class.getResourceAsStream("/bundled-sources.json")) {
            return List.of(Json.mapper().readValue(Objects.requireNonNull(in, "bundled-sources.json"), Source[].class));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the catalogue is loaded, before the poller and the listener containers. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 250;
    }
}
