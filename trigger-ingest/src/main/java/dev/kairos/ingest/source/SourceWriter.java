package dev.kairos.ingest.source;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.kairos.events.Source;
import dev.kairos.events.Topics;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/** Writes sources to {@code ingest.sources} and waits for the broker, then shows the write in the catalogue. */
@Component
class SourceWriter {

    private final KafkaTemplate<String, Source> kafka;

    private final SourceCatalog catalog;

    SourceWriter(KafkaTemplate<String, Source> kafka, SourceCatalog catalog) {
        this.kafka = kafka;
        this.catalog = catalog;
    }

    void put(Source source) {
        send(source.sourceId(), source);
    }

    void delete(String sourceId) {
        send(sourceId, null);
    }

    private void send(String sourceId, Source source) {
        try {
            kafka.send(Topics.INGEST_SOURCES.name(), sourceId, source).get(30, TimeUnit.SECONDS);
        }
        catch (ExecutionException | TimeoutException ex) {
            throw new SourceStoreUnavailableException("ingest.sources did not accept the write of " + sourceId, ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new SourceStoreUnavailableException("interrupted while writing " + sourceId, ex);
        }
        catalog.apply(sourceId, source);
    }

    /** The broker did not take a write in time. */
    static final class SourceStoreUnavailableException extends RuntimeException {
        SourceStoreUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
