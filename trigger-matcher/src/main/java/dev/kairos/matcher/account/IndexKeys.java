package dev.kairos.matcher.account;

import java.util.LinkedHashSet;
import java.util.Set;

import dev.kairos.events.Account;
import dev.kairos.events.Company;
import dev.kairos.events.CompanyNames;
import dev.kairos.events.MatchMethod;
import org.jspecify.annotations.Nullable;

/**
 * The keys of the account index: {@code domain:<host>} and {@code name:<normalised name>}, so that a domain can never
 * collide with a name.
 */
public final class IndexKeys {

    private static final String DOMAIN = "domain:";

    private static final String NAME = "name:";

    private IndexKeys() {
    }

    /** Every key an account is found under: its domains, its name and its aliases. */
    public static Set<String> of(Account account) {
        Set<String> keys = new LinkedHashSet<>();
        account.domains().forEach(domain -> keys.add(DOMAIN + CompanyNames.normaliseDomain(domain)));
        keys.add(NAME + CompanyNames.normalise(account.name()));
        account.aliases().forEach(alias -> keys.add(NAME + CompanyNames.normalise(alias)));
        return keys;
    }

    /** The keys to look a company up under, most specific first. */
    public static Set<String> of(Company company) {
        Set<String> keys = new LinkedHashSet<>();
        if (company.domain() != null) {
            keys.add(DOMAIN + CompanyNames.normaliseDomain(company.domain()));
        }
        keys.add(NAME + CompanyNames.normalise(company.name()));
        return keys;
    }

    /** How {@code key} ties a company to {@code account}. */
    public static MatchMethod methodOf(String key, Account account) {
        if (key.startsWith(DOMAIN)) {
            return MatchMethod.DOMAIN;
        }
        return key.equals(NAME + CompanyNames.normalise(account.name())) ? MatchMethod.NAME : MatchMethod.ALIAS;
    }

    static boolean isKey(@Nullable String key) {
        return key != null && (key.startsWith(DOMAIN) || key.startsWith(NAME));
    }
}
