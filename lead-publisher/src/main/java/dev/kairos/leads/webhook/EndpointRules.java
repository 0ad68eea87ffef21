package dev.kairos.leads.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/** What an endpoint must be: a campaign name that can name a topic, an https URL (or http on loopback), a secret. */
final class EndpointRules {

    private static final String CAMPAIGN = "[a-z0-9][a-z0-9-]{0,99}";

    private final boolean allowHttpOnLoopback;

    EndpointRules(boolean allowHttpOnLoopback) {
        this.allowHttpOnLoopback = allowHttpOnLoopback;
    }

    /** @throws IllegalArgumentException saying what is wrong */
    void check(String campaign, URI url, String secret) {
        if (!campaign.matches(CAMPAIGN)) {
            throw new IllegalArgumentException(
                    "campaign must be lower-case letters, digits and '-', at most 100: '" + campaign + "'");
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (url.getHost() == null || url.getHost().isEmpty() || !url.isAbsolute()) {
            throw new IllegalArgumentException("url must be absolute with a host: '" + url + "'");
        }
        if (url.getUserInfo() != null) {
            throw new IllegalArgumentException("url must not carry credentials; the signature authenticates");
        }
        if (scheme.equals("http")) {
            if (!allowHttpOnLoopback || !isLoopback(url.getHost())) {
                throw new IllegalArgumentException("url must be https" + (allowHttpOnLoopback
                        ? " (plain http only on a loopback address)"
                        : " (plain http is allowed only on loopback, with trigger.publisher.webhooks"
                                + ".allow-http-on-loopback)"));
            }
        }
        else if (!scheme.equals("https")) {
            throw new IllegalArgumentException("url must be https, not '" + scheme + "'");
        }
        WebhookSigner.decode(secret);
    }

    private static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        String literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!literal.matches("[0-9a-fA-F.:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        }
        catch (UnknownHostException notAnAddress) {
            return false;
        }
    }
}
