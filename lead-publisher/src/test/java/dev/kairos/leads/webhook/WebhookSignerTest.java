package dev.kairos.leads.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class WebhookSignerTest {

    // the example of the Standard Webhooks specification
    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);

    @Test
    void signsLikeTheStandardWebhooksExample() {
        assertThat(new WebhookSigner(SECRET).sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, BODY))
            .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void verifiesAnyOfSeveralSignaturesAndRejectsATamperedBody() {
        WebhookSigner signer = new WebhookSigner(SECRET);
        String header = "v1,bm90IHRoaXMgb25l " + signer.sign("lead-1.2", 1700000000, BODY);

        assertThat(signer.verify("lead-1.2", 1700000000, BODY, header)).isTrue();
        assertThat(signer.verify("lead-1.3", 1700000000, BODY, header)).isFalse();
        assertThat(signer.verify("lead-1.2", 1700000001, BODY, header)).isFalse();
        assertThat(signer.verify("lead-1.2", 1700000000, "{}".getBytes(StandardCharsets.UTF_8), header)).isFalse();
    }

    @Test
    void refusesSecretsThatAreNotOfTheScheme() {
        assertThat(assertThrows(IllegalArgumentException.class, () -> new WebhookSigner("MfKQ9r8GKYqrTwjUPD8IL")))
            .hasMessageContaining("whsec_");
        assertThat(assertThrows(IllegalArgumentException.class, () -> new WebhookSigner("whsec_c2hvcnQ=")))
            .hasMessageContaining("24 to 64");
        assertThat(assertThrows(IllegalArgumentException.class, () -> new WebhookSigner("whsec_!!!")))
            .hasMessageContaining("base64");
    }

    @Test
    void neverShowsTheSecret() {
        assertThat(new WebhookSigner(SECRET).toString()).doesNotContain("MfKQ");
        assertThat(new WebhookProperties.Endpoint(java.net.URI.create("https://x.example/"), SECRET).toString())
            .doesNotContain("MfKQ");
    }
}
