package dev.kairos.events;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * The organisation a trigger is about, as the source names it.
 *
 * @param name the name as the text gives it
 * @param domain its web domain when the source states it, e.g. {@code acme.io}
 */
public record Company(String name, @Nullable String domain) {

    public Company {
        requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("company name must not be blank");
        }
    }

    public static Company named(String name) {
        return new Company(name, null);
    }

    /** The record key on {@code trigger.events}: the domain when known, else the normalised name. */
    public String key() {
        return domain != null ? CompanyNames.normaliseDomain(domain) : CompanyNames.normalise(name);
    }
}
