package dev.kairos.leads.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

import org.apache.hc.client5.http.DnsResolver;
import org.jspecify.annotations.Nullable;

/**
 * Keeps webhook delivery from being turned against the publisher's own network (SSRF). As the HTTP client's only
 * resolver it resolves each host once, refuses it when any of its addresses is not public (loopback, private,
 * link-local such as cloud metadata at 169.254.169.254, unique-local, carrier-grade NAT, multicast, unspecified, and
 * IPv4 addresses embedded in IPv6 ones) unless an allowed range holds it, and hands the client exactly the addresses
 * it checked, so a DNS answer that changes in between cannot redirect the connection.
 */
final class AddressGuard implements DnsResolver {

    private final List<Range> allowed;

    /**
     * @param allowed addresses or ranges that may be reached though not public, e.g. {@code 127.0.0.1},
     *     {@code 10.0.0.0/8}
     */
    AddressGuard(List<String> allowed) {
        this.allowed = allowed.stream().map(Range::parse).toList();
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = InetAddress.getAllByName(host);
        for (InetAddress address : addresses) {
            String reason = internal(address);
            if (reason != null && allowed.stream().noneMatch(range -> range.contains(address))) {
                throw new BlockedAddressException(host + " is " + address.getHostAddress() + ", a " + reason
                        + " address (allow it in trigger.publisher.webhooks.allowed-addresses if it is really meant)");
            }
        }
        return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        // only used for Kerberos/SPNEGO, which webhooks do not use: no second lookup
        return host;
    }

    /** Why {@code address} is not public, or null when it is. */
    static @Nullable String internal(InetAddress address) {
        byte[] a = address.getAddress();
        if (address instanceof Inet6Address) {
            byte[] embedded = embeddedIpv4(a);
            if (embedded != null) {
                try {
                    String reason = internal(InetAddress.getByAddress(embedded));
                    return reason == null ? null : reason + " IPv4 address embedded in IPv6";
                }
                catch (UnknownHostException cannotHappen) {
                    return "malformed";
                }
            }
            if ((a[0] & 0xfe) == 0xfc) {
                return "unique-local";
            }
        }
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isSiteLocalAddress()) {
            return "private";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        if (address instanceof Inet4Address) {
            int first = a[0] & 0xff;
            if (first == 0) {
                return "this-network";
            }
            if (first == 100 && (a[1] & 0xc0) == 64) {
                return "shared (carrier-grade NAT)";
            }
            if (first >= 240) {
                return "reserved";
            }
        }
        return null;
    }

    /** The IPv4 address an IPv6 one carries by construction (IPv4-compatible, NAT64, 6to4), if any. */
    private static byte @Nullable [] embeddedIpv4(byte[] a) {
        boolean zeroPrefix = Arrays.mismatch(a, 0, 12, new byte[12], 0, 12) == -1;
        if (zeroPrefix && !(a[12] == 0 && a[13] == 0 && a[14] == 0)) {
            return Arrays.copyOfRange(a, 12, 16);
        }
        if ((a[0] & 0xff) == 0x00 && (a[1] & 0xff) == 0x64 && (a[2] & 0xff) == 0xff && (a[3] & 0xff) == 0x9b) {
            return Arrays.copyOfRange(a, 12, 16);
        }
        if ((a[0] & 0xff) == 0x20 && (a[1] & 0xff) == 0x02) {
            return Arrays.copyOfRange(a, 2, 6);
        }
        return null;
    }

    /** A refused address: not a DNS failure, so never retried. */
    static final class BlockedAddressException extends UnknownHostException {

        BlockedAddressException(String message) {
            super(message);
        }
    }

    /** One allowed range of addresses. */
    private record Range(byte[] network, int prefixBits) {

        static Range parse(String entry) {
            String text = entry.strip();
            int slash = text.indexOf('/');
            String address = slash < 0 ? text : text.substring(0, slash);
            try {
                if (!address.matches("[0-9a-fA-F.:]+")) {
                    throw new IllegalArgumentException("not an IP address");
                }
                byte[] network = InetAddress.getByName(address).getAddress();
                int bits = slash < 0 ? network.length * 8 : Integer.parseInt(text.substring(slash + 1));
                if (bits < 0 || bits > network.length * 8) {
                    throw new IllegalArgumentException("prefix length out of range");
                }
                return new Range(network, bits);
            }
            catch (UnknownHostException | RuntimeException ex) {
                throw new IllegalArgumentException("trigger.publisher.webhooks.allowed-addresses: cannot read '"
                        + entry + "' (" + ex.getMessage() + "); expected e.g. 127.0.0.1, 10.0.0.0/8 or ::1", ex);
            }
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            int full = prefixBits / 8;
            if (Arrays.mismatch(bytes, 0, full, network, 0, full) != -1) {
                return false;
            }
            int rest = prefixBits % 8;
            int mask = 0xff << (8 - rest) & 0xff;
            return rest == 0 || (bytes[full] & mask) == (network[full] & mask);
        }
    }
}
