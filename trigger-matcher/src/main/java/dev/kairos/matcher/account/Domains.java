package dev.kairos.matcher.account;

import com.google.common.net.InternetDomainName;
import dev.kairos.events.CompanyNames;
import org.jspecify.annotations.Nullable;

/**
 * Folds a domain or URL to the domain a company registered, by the public-suffix list: "https://blog.crate.io/x",
 * "www.crate.io" and "crate.io" are all "crate.io", and "shop.example.co.uk" is "example.co.uk".
 */
public final class Domains {

    private Domains() {
    }

    /** The registrable domain of a host or URL; null when there is no host in it. */
    public static @Nullable String registrable(@Nullable String domainOrUrl) {
        if (domainOrUrl == null || domainOrUrl.isBlank()) {
            return null;
        }
        String host = CompanyNames.normaliseDomain(domainOrUrl);
        int at = host.lastIndexOf('@');
        if (at >= 0) {
            host = host.substring(at + 1);
        }
        if (host.isEmpty()) {
            return null;
        }
        try {
            InternetDomainName domain = InternetDomainName.from(host);
            return domain.isUnderPublicSuffix() ? domain.topPrivateDomain().toString() : host;
        }
        catch (IllegalArgumentException | IllegalStateException ex) {
            // an IP address or a name outside the list: compare it as written
            return host;
        }
    }
}
