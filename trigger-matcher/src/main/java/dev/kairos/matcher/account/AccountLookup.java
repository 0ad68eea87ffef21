package dev.kairos.matcher.account;

import dev.kairos.events.Company;
import org.jspecify.annotations.Nullable;

/**
 * Ties the company a trigger names to at most one CRM account: by domain (the company's, or the host of the evidence
 * URL when that is the company's own site), then by exact normalised name or alias, then by a fuzzy name match. When
 * several accounts fit equally well it refuses rather than guesses.
 */
public interface AccountLookup {

    /**
     * @param company the company as the trigger names it
     * @param evidenceUrl the URL the trigger was read at, if any
     */
    AccountMatch find(Company company, @Nullable String evidenceUrl);
}
