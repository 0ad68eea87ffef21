package dev.kairos.events;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A buying trigger found in a news item, a page or a pushed signal. Value of {@code trigger.events}, keyed by
 * {@link Company#key()}.
 *
 * @param schemaVersion the contract version this value was written with
 * @param eventId deterministic: the same source item and type always give the same id, so re-ingesting never
 *     duplicates
 * @param revision 1 for the first publication; a correction of the same event is re-published with a higher one
 * @param company who the trigger is about (for an acquisition: the target, the company whose situation changed)
 * @param details the type's attributes; {@link #type()} is theirs
 * @param occurredAt when it happened, as the source dates it
 * @param detectedAt when Kairos found it
 * @param confidence how sure detection is, in [0, 1]
 * @param evidence where it was read
 */
public record TriggerEvent(int schemaVersion, String eventId, int revision, Company company,
        @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXTERNAL_PROPERTY,
                property = "type") TriggerDetails details,
        Instant occurredAt, Instant detectedAt, double confidence, Evidence evidence) {

    public static final int SCHEMA_VERSION = 1;

    public TriggerEvent {
        requireNonNull(eventId, "eventId");
        requireNonNull(company, "company");
        requireNonNull(details, "details");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(detectedAt, "detectedAt");
        requireNonNull(evidence, "evidence");
        Ranges.requireFraction(confidence, "confidence");
        Ranges.requireRevision(revision, "revision");
    }

    /** The trigger type, which is the type of the details. */
    public TriggerType type() {
        return details.type();
    }

    /** The deterministic event id of a trigger of {@code type} found in the item identified by {@code itemKey}. */
    public static String idFor(String itemKey, TriggerType type) {
        return Ids.hash(itemKey + "\n" + type.name());
    }

    /** Stable short ids: the first 128 bits of a SHA-256, in hex. */
    static final class Ids {

        private Ids() {
        }

        static String hash(String text) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest, 0, 16);
            }
            catch (NoSuchAlgorithmException ex) {
                throw new IllegalStateException("every JDK has SHA-256", ex);
            }
        }
    }
}
