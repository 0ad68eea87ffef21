package dev.kairos.service.security;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The configured API keys: checks a presented key against their hashes and grants the key's roles. */
final class ApiKeys implements AuthenticationProvider {

    private record Entry(String name, ApiKeyHash hash, List<SimpleGrantedAuthority> roles) {
    }

    private final List<Entry> entries;

    /** BCrypt costs tens of milliseconds: a key it has verified is found again by its SHA-256. */
    private final Map<String, Entry> verifiedBcrypt = new ConcurrentHashMap<>();

    ApiKeys(List<ApiSecurityProperties.ApiKey> keys) {
        this.entries = keys.stream()
            .map(key -> new Entry(key.name(), new ApiKeyHash(key.hash()),
                    key.roles().stream().map(SimpleGrantedAuthority::new).toList()))
            .toList();
    }

    int size() {
        return entries.size();
    }

    Optional<Authentication> find(String presented) {
        byte[] sha256 = ApiKeyHash.sha256(presented);
        String cacheKey = HexFormat.of().formatHex(sha256);
        Entry cached = verifiedBcrypt.get(cacheKey);
        if (cached != null) {
            return Optional.of(new ApiKeyAuthentication(cached.name(), cached.roles()));
        }
        Entry found = null;
        // every SHA-256 entry is compared, whatever matched, so the time taken does not say which one did
        for (Entry entry : entries) {
            if (entry.hash().isSha256() && entry.hash().matches(presented, sha256) && found == null) {
                found = entry;
            }
        }
        if (found == null) {
            for (Entry entry : entries) {
                if (!entry.hash().isSha256() && entry.hash().matches(presented, sha256)) {
                    found = entry;
                    verifiedBcrypt.put(cacheKey, entry);
                    break;
                }
            }
        }
        return Optional.ofNullable(found).map(entry -> new ApiKeyAuthentication(entry.name(), entry.roles()));
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String presented = String.valueOf(authentication.getCredentials());
        return find(presented).orElseThrow(
                () -> new BadCredentialsException("The " + ApiSecurity.API_KEY_HEADER + " header does not hold a "
                        + "valid API key."));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return PresentedApiKey.class.isAssignableFrom(authentication);
    }

    /** A key as it arrived, before it is checked. */
    static final class PresentedApiKey extends AbstractAuthenticationToken {

        private final String key;

        PresentedApiKey(String key) {
            super(List.of());
            this.key = key;
        }

        @Override
        public Object getCredentials() {
            return key;
        }

        @Override
        public Object getPrincipal() {
            return "api-key";
        }

        /** Never the key itself. */
        @Override
        public String toString() {
            return "PresentedApiKey";
        }
    }

    /** A checked key: its holder's name and roles; the key is not kept. */
    static final class ApiKeyAuthentication extends AbstractAuthenticationToken {

        private final String name;

        ApiKeyAuthentication(String name, List<SimpleGrantedAuthority> roles) {
            super(roles);
            this.name = name;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return name;
        }
    }
}
