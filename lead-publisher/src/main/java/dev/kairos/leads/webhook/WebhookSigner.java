package dev.kairos.leads.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook requests after the Standard Webhooks scheme: HMAC-SHA256 with the secret's decoded bytes over
 * {@code <webhook-id>.<webhook-timestamp>.<body>}, sent as {@code webhook-signature: v1,<base64>}. Secrets are
 * {@code whsec_} followed by the base64 of 24 to 64 random bytes.
 */
public final class WebhookSigner {

    /** The prefix of every secret. */
    public static final String SECRET_PREFIX = "whsec_";

    private final SecretKeySpec key;

    /** @throws IllegalArgumentException when {@code secret} is not {@code whsec_} and 24 to 64 base64 bytes */
    public WebhookSigner(String secret) {
        this.key = new SecretKeySpec(decode(secret), "HmacSHA256");
    }

    /** The secret's key bytes, after checking its form. */
    static byte[] decode(String secret) {
        if (!secret.startsWith(SECRET_PREFIX)) {
            throw new IllegalArgumentException("a webhook secret starts with '" + SECRET_PREFIX + "'");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
        }
        catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("a webhook secret is '" + SECRET_PREFIX + "' and base64", ex);
        }
        if (bytes.length < 24 || bytes.length > 64) {
            throw new IllegalArgumentException(
                    "a webhook secret carries 24 to 64 random bytes, not " + bytes.length);
        }
        return bytes;
    }

    /** The value of the {@code webhook-signature} header: {@code v1,<base64 of the HMAC>}. */
    public String sign(String id, long timestampSeconds, byte[] body) {
        return "v1," + Base64.getEncoder().encodeToString(hmac(id, timestampSeconds, body));
    }

    /**
     * Whether one of the space-separated signatures of a {@code webhook-signature} header is the right {@code v1}
     * signature of the request; the comparison takes constant time.
     */
    public boolean verify(String id, long timestampSeconds, byte[] body, String signatureHeader) {
        byte[] expected = hmac(id, timestampSeconds, body);
        for (String signature : signatureHeader.trim().split(" +")) {
            if (signature.startsWith("v1,")) {
                byte[] given;
                try {
                    given = Base64.getDecoder().decode(signature.substring(3));
                }
                catch (IllegalArgumentException notBase64) {
                    continue;
                }
                if (MessageDigest.isEqual(expected, given)) {
                    return true;
                }
            }
        }
        return false;
    }

    private byte[] hmac(String id, long timestampSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update((id + "." + timestampSeconds + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
        }
    }

    @Override
    public String toString() {
        return "WebhookSigner[secret hidden]";
    }
}
