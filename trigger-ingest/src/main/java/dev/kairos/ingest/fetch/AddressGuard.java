package dev.kairos.ingest.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Keeps ingest from being turned against its own network (SSRF): only http and https, and only hosts whose every
 * resolved address is public. Loopback, private, link-local, unique-local, shared, multicast, documentation and
 * reserved ranges are refused, including IPv4 addresses embedded in IPv6 ones (IPv4-mapped, IPv4-compatible, NAT64,
 * 6to4), unless an allow-list entry names them.
 *
 * <p>Addresses are checked after resolution, so odd spellings of a host ({@code 127.1}, {@code [::ffff:7f00:1]}) are
 * judged by where they lead. The JVM caches lookups (30 s by default), so the client connects to the addresses
 * checked here moments before, even when a DNS server changes its answer (rebinding); the cache must stay on.
 */
public final class AddressGuard {

    private final List<Allowed> allowed;

    /**
     * @param allowed entries that may be reached even though not public: an address ({@code 127.0.0.1}), a range
     *     ({@code 10.0.0.0/8}), each optionally with a port ({@code 127.0.0.1:8080}, {@code [::1]:8080})
     * @throws IllegalArgumentException naming the entry that cannot be read
     */
    public AddressGuard(List<String> allowed) {
        this.allowed = allowed.stream().map(Allowed::parse).toList();
    }

    /** A guard that allows no internal address at all. */
    public static AddressGuard strict() {
        return new AddressGuard(List.of());
    }

    /** Throws unless {@code url} is http(s) and its host resolves only to addresses ingest may reach. */
    void check(URI url) throws FetchException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(FetchException.Failure.INVALID_URL,
                    "refused: only http and https URLs are fetched, not " + (scheme.isEmpty() ? "'" + url + "'" : scheme));
        }
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            throw new FetchException(FetchException.Failure.INVALID_URL, "refused: no host in " + url);
        }
        int port = url.getPort() != -1 ? url.getPort() : scheme.equals("https") ? 443 : 80;
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        }
        catch (UnknownHostException ex) {
            throw new FetchException(FetchException.Failure.UNKNOWN_HOST, "unknown host " + host, null, ex);
        }
        for (InetAddress address : addresses) {
            String reason = internalRange(address);
            if (reason != null && !isAllowed(address, port)) {
                throw new FetchException(FetchException.Failure.BLOCKED_ADDRESS, "refused: " + host + " is "
                        + address.getHostAddress() + ", a " + reason + " address (allow it in"
                        + " trigger.ingest.fetch.allowed-addresses if it is really meant)");
            }
        }
    }

    private boolean isAllowed(InetAddress address, int port) {
        byte[] bytes = canonical(address);
        return allowed.stream().anyMatch(entry -> entry.matches(bytes, port));
    }

    /** Why {@code address} is not public, or null when it is. */
    static @Nullable String internalRange(InetAddress address) {
        byte[] bytes = canonical(address);
        return bytes.length == 4 ? internalIpv4(bytes) : internalIpv6(bytes);
    }

    private static @Nullable String internalIpv4(byte[] a) {
        int first = a[0] & 0xff;
        int second = a[1] & 0xff;
        int third = a[2] & 0xff;
        if (first == 0) {
            return "this network (0.0.0.0/8)";
        }
        if (first == 127) {
            return "loopback";
        }
        if (first == 10 || first == 172 && (second & 0xf0) == 16 || first == 192 && second == 168) {
            return "private";
        }
        if (first == 169 && second == 254) {
            return "link-local";
        }
        if (first == 100 && (second & 0xc0) == 64) {
            return "shared (carrier-grade NAT)";
        }
        if (first == 192 && second == 0 && third == 0) {
            return "reserved (IETF protocol assignments)";
        }
        if (first == 192 && second == 0 && third == 2 || first == 198 && second == 51 && third == 100
                || first == 203 && second == 0 && third == 113) {
            return "documentation";
        }
        if (first == 198 && (second & 0xfe) == 18) {
            return "benchmarking";
        }
        if (first >= 224 && first <= 239) {
            return "multicast";
        }
        if (first >= 240) {
            return "reserved";
        }
        return null;
    }

    private static @Nullable String internalIpv6(byte[] a) {
        boolean zeroPrefix = Arrays.mismatch(a, 0, 15, new byte[15], 0, 15) == -1;
        if (zeroPrefix && (a[15] == 0 || a[15] == 1)) {
            return a[15] == 0 ? "unspecified" : "loopback";
        }
        int first = a[0] & 0xff;
        int second = a[1] & 0xff;
        if ((first & 0xfe) == 0xfc) {
            return "unique-local";
        }
        if (first == 0xfe && (second & 0xc0) == 0x80) {
            return "link-local";
        }
        if (first == 0xfe && (second & 0xc0) == 0xc0) {
            return "site-local";
        }
        if (first == 0xff) {
            return "multicast";
        }
        if (first == 0x20 && second == 0x01 && (a[2] & 0xff) == 0x0d && (a[3] & 0xff) == 0xb8) {
            return "documentation";
        }
        if (first == 0x01 && second == 0 && Arrays.mismatch(a, 2, 8, new byte[6], 0, 6) == -1) {
            return "discard-only";
        }
        byte[] embedded = embeddedIpv4(a);
        if (embedded != null) {
            String reason = internalIpv4(embedded);
            return reason == null ? null : reason + " IPv4 address embedded in IPv6";
        }
        return null;
    }

    /** The IPv4 address an IPv6 address carries by construction (NAT64, 6to4, IPv4-compatible), if any. */
    private static byte @Nullable [] embeddedIpv4(byte[] a) {
        if ((a[0] & 0xff) == 0x00 && (a[1] & 0xff) == 0x64 && (a[2] & 0xff) == 0xff && (a[3] & 0xff) == 0x9b) {
            return Arrays.copyOfRange(a, 12, 16);
        }
        if ((a[0] & 0xff) == 0x20 && (a[1] & 0xff) == 0x02) {
            return Arrays.copyOfRange(a, 2, 6);
        }
        if (Arrays.mismatch(a, 0, 12, new byte[12], 0, 12) == -1) {
            return Arrays.copyOfRange(a, 12, 16);
        }
        return null;
    }

    /** IPv4-mapped IPv6 addresses are IPv4 addresses in disguise: judge them as such. */
    private static byte[] canonical(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address && bytes.length == 16
                && Arrays.mismatch(bytes, 0, 10, new byte[10], 0, 10) == -1 && (bytes[10] & 0xff) == 0xff
                && (bytes[11] & 0xff) == 0xff) {
            return Arrays.copyOfRange(bytes, 12, 16);
        }
        return bytes;
    }

    /** One allow-list entry: a range of addresses and, optionally, one port. */
    private record Allowed(byte[] network, int prefixBits, int port) {

        static Allowed parse(String entry) {
            String text = entry.strip();
            int port = -1;
            try {
                if (text.startsWith("[")) {
                    int close = text.indexOf(']');
                    if (close < 0) {
                        throw new IllegalArgumentException("unclosed '['");
                    }
                    if (close + 1 < text.length()) {
                        port = port(text.substring(close + 1));
                    }
                    text = text.substring(1, close);
                }
                else if (text.indexOf(':') == text.lastIndexOf(':') && text.indexOf(':') >= 0) {
                    port = port(text.substring(text.indexOf(':')));
                    text = text.substring(0, text.indexOf(':'));
                }
                int slash = text.indexOf('/');
                String addressText = slash < 0 ? text : text.substring(0, slash);
                if (!addressText.matches("[0-9a-fA-F.:]+")) {
                    throw new IllegalArgumentException("not an IP address");
                }
                byte[] network = canonical(InetAddress.getByName(addressText));
                int bits = slash < 0 ? network.length * 8 : Integer.parseInt(text.substring(slash + 1));
                if (bits < 0 || bits > network.length * 8) {
                    throw new IllegalArgumentException("prefix length out of range");
                }
                return new Allowed(network, bits, port);
            }
            catch (UnknownHostException | RuntimeException ex) {
                throw new IllegalArgumentException("trigger.ingest.fetch.allowed-addresses: cannot read '" + entry
                        + "' (" + ex.getMessage() + "); expected e.g. 127.0.0.1, 127.0.0.1:8080, 10.0.0.0/8 or [::1]:8080",
                        ex);
            }
        }

        private static int port(String colonAndPort) {
            if (!colonAndPort.startsWith(":")) {
                throw new IllegalArgumentException("expected ':port' after the address");
            }
            int port = Integer.parseInt(colonAndPort.substring(1));
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port out of range");
            }
            return port;
        }

        boolean matches(byte[] address, int requestedPort) {
            if (address.length != network.length || port != -1 && port != requestedPort) {
                return false;
            }
            int fullBytes = prefixBits / 8;
            if (Arrays.mismatch(address, 0, fullBytes, network, 0, fullBytes) != -1) {
                return false;
            }
            int rest = prefixBits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xff << (8 - rest) & 0xff;
            return (address[fullBytes] & mask) == (network[fullBytes] & mask);
        }
    }
}
