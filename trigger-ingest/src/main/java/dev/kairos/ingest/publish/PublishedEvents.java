package dev.kairos.ingest.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The events this instance has published, as far back as {@value #CAPACITY} events: their details and revision. A
 * report of a known event with the same details is a duplicate; with other details (a corrected amount) it is the
 * next revision. Filled from {@code ingest.seen} as sources are assigned, so it survives restarts and moves.
 */
public final class PublishedEvents {

    static final int CAPACITY = 200_000;

    /**
     * An event as published.
     *
     * @param eventId its id
     * @param revision its revision
     * @param detailsHash a hash of its company and details
     */
    public record Published(String eventId, int revision, String detailsHash) {
    }

    /** What to do with a report: nothing (a duplicate), or publish {@code next}. */
    public record Decision(@Nullable Published previous, Published next) {

        public boolean duplicate() {
            return previous == next;
        }
    }

    /** A short, stable fingerprint of a text: the first 96 bits of its SHA-256, in hex. */
    public static String fingerprint(String text) {
        try {
            return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)), 0, 12);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every JDK has SHA-256", ex);
        }
    }

    private final Map<String, Published> published = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Published> eldest) {
            return size() > CAPACITY;
        }
    };

    /** Decides a report and, unless it is a duplicate, records it as published. */
    public synchronized Decision decide(String eventId, String detailsHash) {
        Published known = published.get(eventId);
        if (known != null && known.detailsHash().equals(detailsHash)) {
            return new Decision(known, known);
        }
        Published next = new Published(eventId, known == null ? 1 : known.revision() + 1, detailsHash);
        published.put(eventId, next);
        return new Decision(known, next);
    }

    /** Takes back a decision whose publication failed, so that the next read tries again. */
    public synchronized void undo(Decision decision) {
        if (published.get(decision.next().eventId()) == decision.next()) {
            if (decision.previous() == null) {
                published.remove(decision.next().eventId());
            }
            else {
                published.put(decision.next().eventId(), decision.previous());
            }
        }
    }

    /** Records an event published before (by this or another instance), keeping the highest revision. */
    public synchronized void remember(Published event) {
        Published known = published.get(event.eventId());
        if (known == null || known.revision() < event.revision()) {
            published.put(event.eventId(), event);
        }
    }
}
