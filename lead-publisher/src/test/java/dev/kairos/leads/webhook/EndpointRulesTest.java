package dev.kairos.leads.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;

import org.junit.jupiter.api.Test;

class EndpointRulesTest {

    static final String SECRET = WebhookDeliveryTest.SECRET;

    @Test
    void takesHttpsAndPlainHttpOnlyOnLoopbackWhenAllowed() {
        EndpointRules strict = new EndpointRules(false);
        EndpointRules demo = new EndpointRules(true);

        assertThatNoException()
            .isThrownBy(() -> strict.check("outreach", URI.create("https://hooks.example/k"), SECRET));
        assertThat(assertThrows(IllegalArgumentException.class,
                () -> strict.check("outreach", URI.create("http://127.0.0.1:8080/k"), SECRET)))
            .hasMessageContaining("allow-http-on-loopback");
        assertThatNoException().isThrownBy(() -> demo.check("outreach", URI.create("http://127.0.0.1:8080/k"), SECRET));
        assertThatNoException().isThrownBy(() -> demo.check("outreach", URI.create("http://[::1]:8080/k"), SECRET));
        assertThat(assertThrows(IllegalArgumentException.class,
                () -> demo.check("outreach", URI.create("http://hooks.example/k"), SECRET)))
            .hasMessageContaining("only on a loopback");
        assertThat(assertThrows(IllegalArgumentException.class,
                () -> demo.check("outreach", URI.create("ftp://hooks.example/k"), SECRET)))
            .hasMessageContaining("https");
    }

    @Test
    void refusesBadCampaignsCredentialsAndSecrets() {
        EndpointRules rules = new EndpointRules(false);
        URI url = URI.create("https://hooks.example/k");

        assertThat(assertThrows(IllegalArgumentException.class, () -> rules.check("Series B", url, SECRET)))
            .hasMessageContaining("campaign");
        assertThat(assertThrows(IllegalArgumentException.class,
                () -> rules.check("outreach", URI.create("https://user:pw@hooks.example/k"), SECRET)))
            .hasMessageContaining("credentials");
        assertThat(assertThrows(IllegalArgumentException.class, () -> rules.check("outreach", url, "hunter2")))
            .hasMessageContaining("whsec_");
    }
}
