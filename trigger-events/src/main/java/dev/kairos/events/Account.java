package dev.kairos.events;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A company in the CRM. Value of the compacted {@code crm.accounts}, keyed by {@code accountId}; a tombstone deletes.
 *
 * @param schemaVersion the contract version this value was written with
 * @param accountId the CRM's id
 * @param name the account's name
 * @param aliases other names it is known by (brands, former names)
 * @param domains its web domains
 * @param status prospect or customer
 * @param owner the account owner in the CRM, when known
 * @param industry the CRM's industry, as the CRM names it
 * @param employees the number of employees, when known
 * @param country the head office's country, ISO 3166-1 alpha-2 where the CRM gives one
 * @param region a sales region, as the CRM names it (e.g. {@code EMEA})
 * @param tier an account tier, as the CRM names it (e.g. {@code strategic}, {@code A})
 * @param tags free labels
 * @param attributes any other CRM field, by its name
 */
public record Account(int schemaVersion, String accountId, String name, List<String> aliases, List<String> domains,
        AccountStatus status, @Nullable String owner, @Nullable String industry, @Nullable Integer employees,
        @Nullable String country, @Nullable String region, @Nullable String tier, List<String> tags,
        Map<String, String> attributes) {

    public static final int SCHEMA_VERSION = 2;

    public Account {
        requireNonNull(accountId, "accountId");
        requireNonNull(name, "name");
        requireNonNull(status, "status");
        if (accountId.isBlank()) {
            throw new IllegalArgumentException("accountId must not be blank");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("account name must not be blank: " + accountId);
        }
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        domains = domains == null ? List.of() : List.copyOf(domains);
        tags = tags == null ? List.of() : List.copyOf(tags);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        if (employees != null && employees < 0) {
            throw new IllegalArgumentException("employees must not be negative: " + employees);
        }
    }

    /** An account with only the fields of schema version 1. */
    public Account(int schemaVersion, String accountId, String name, List<String> aliases, List<String> domains,
            AccountStatus status, @Nullable String owner) {
        this(schemaVersion, accountId, name, aliases, domains, status, owner, null, null, null, null, null, List.of(),
                Map.of());
    }
}
