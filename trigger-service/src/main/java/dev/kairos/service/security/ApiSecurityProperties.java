package dev.kairos.service.security;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who may call a service's REST API. JWTs are configured with Spring Boot's own
 * {@code spring.security.oauth2.resourceserver.jwt.*} keys.
 *
 * @param apiKeys the API keys accepted in the {@code X-API-Key} header, stored only as hashes
 * @param audit whether changes made through the API are recorded on {@code api.audit}
 */
@ConfigurationProperties("kairos.security")
@Validated
public record ApiSecurityProperties(@DefaultValue List<@Valid ApiKey> apiKeys, @Valid @DefaultValue Audit audit) {

    /**
     * One API key.
     *
     * @param name who holds the key; the principal name in the audit trail and the logs
     * @param hash {@code {sha256}} and the key's SHA-256 as 64 hex digits ({@code printf %s "$KEY" | sha256sum}),
     *     or {@code {bcrypt}} and a BCrypt hash
     * @param roles the authorities the key grants, e.g. {@code rules:write} or {@code leads:read}
     */
    public record ApiKey(@NotBlank String name,
            @NotBlank @Pattern(regexp = ApiKeyHash.FORMAT,
                    message = "must be {sha256} followed by 64 hex digits, or {bcrypt} followed by a BCrypt hash")
            String hash,
            @DefaultValue List<@Pattern(regexp = "[a-z]+:(read|write)",
                    message = "must be a resource and an access, e.g. rules:write") String> roles) {

        /** Never the hash: configuration dumps and logs must not help anyone guess a key offline. */
        @Override
        public String toString() {
            return "ApiKey[name=" + name + ", roles=" + roles + "]";
        }
    }

    /**
     * The audit trail.
     *
     * @param enabled whether every write request to {@code /api/**} is recorded on {@code api.audit}
     */
    public record Audit(@DefaultValue("true") boolean enabled) {
    }
}
