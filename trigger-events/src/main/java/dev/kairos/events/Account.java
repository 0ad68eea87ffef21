package dev.kairos.events;

import static java.util.Objects.requireNonNull;

import java.util.List;

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
 */
public record Account(int schemaVersion, String accountId, String name, List<String> aliases, List<String> domains,
        AccountStatus status, @Nullable String owner) {

    public static final int SCHEMA_VERSION = 1;

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
    }
}
