package dev.kairos.service.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class ApiKeysTest {

    private static final String OPS_KEY = "ops-key-5b1d9e70";

    private static final String CAMPAIGN_KEY = "campaign key chosen by a person";

    private final ApiKeys keys = new ApiKeys(List.of(
            new ApiSecurityProperties.ApiKey("ops", ApiKeyHash.sha256Of(OPS_KEY), List.of("rules:write")),
            new ApiSecurityProperties.ApiKey("campaigns",
                    "{bcrypt}" + new BCryptPasswordEncoder(4).encode(CAMPAIGN_KEY), List.of("leads:read"))));

    @Test
    void grantsTheRolesOfTheKeyWhoseSha256Matches() {
        Authentication ops = keys.find(OPS_KEY).orElseThrow();

        assertThat(ops.getName()).isEqualTo("ops");
        assertThat(ops.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("rules:write");
        assertThat(ops.getCredentials()).isEqualTo("");
    }

    @Test
    void grantsTheRolesOfTheKeyWhoseBcryptMatchesAlsoTheSecondTime() {
        assertThat(keys.find(CAMPAIGN_KEY)).map(Authentication::getName).hasValue("campaigns");
        assertThat(keys.find(CAMPAIGN_KEY)).map(Authentication::getName).hasValue("campaigns");
    }

    @Test
    void knowsNoOtherKey() {
        assertThat(keys.find(OPS_KEY + " ")).isEmpty();
        assertThat(keys.find("")).isEmpty();
        assertThat(keys.find(ApiKeyHash.sha256Of(OPS_KEY))).as("the hash is not the key").isEmpty();
    }

    @Test
    void storesKeysAsTheSha256ThatSha256sumPrints() {
        // printf %s kairos-demo-key | sha256sum
        assertThat(ApiKeyHash.sha256Of("kairos-demo-key"))
            .isEqualTo("{sha256}45ffb1e62b22b32dcca5ea1bdd86a3402673cf8aecd2ee7c9ba249ee8b93d9a1");
    }

    @Test
    void refusesAHashOfNoKnownForm() {
        assertThrows(IllegalArgumentException.class, () -> new ApiKeyHash("sha256:45ffb1e6"));
        assertThrows(IllegalArgumentException.class, () -> new ApiKeyHash("kairos-demo-key"));
    }

    @Test
    void neverPrintsAHash() {
        var key = new ApiSecurityProperties.ApiKey("ops", ApiKeyHash.sha256Of(OPS_KEY), List.of("rules:write"));

        assertThat(key.toString()).contains("ops").doesNotContain(ApiKeyHash.sha256Of(OPS_KEY).substring(8));
    }
}
