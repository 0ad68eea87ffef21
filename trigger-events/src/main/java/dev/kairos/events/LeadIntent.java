package dev.kairos.events;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a rule's leads are for, so that each campaign team gets its own: winning a prospect, keeping a customer whose
 * situation puts the renewal at risk, or growing a customer.
 */
public enum LeadIntent {
    NEW_BUSINESS, RENEWAL_RISK, EXPANSION;

    /** As written in JSON: {@code new-business}, {@code renewal-risk}, {@code expansion}. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static LeadIntent of(String label) {
        for (LeadIntent intent : values()) {
            if (intent.label().equals(label) || intent.name().equals(label)) {
                return intent;
            }
        }
        throw new IllegalArgumentException("unknown lead intent '" + label + "': expected new-business, renewal-risk or expansion");
    }
}
