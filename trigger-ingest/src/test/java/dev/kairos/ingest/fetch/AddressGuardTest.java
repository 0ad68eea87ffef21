package dev.kairos.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {

    @ParameterizedTest
    @CsvSource({ "127.0.0.1, loopback", "127.255.0.9, loopback", "10.1.2.3, private", "172.16.0.1, private",
            "172.31.255.255, private", "192.168.1.1, private", "169.254.169.254, link-local",
            "100.64.0.1, shared (carrier-grade NAT)", "0.0.0.0, this network (0.0.0.0/8)", "224.0.0.1, multicast",
            "255.255.255.255, reserved", "240.0.0.1, reserved", "198.18.0.1, benchmarking", "192.0.2.7, documentation",
            "::1, loopback", "::, unspecified", "fe80::1, link-local", "fc00::1, unique-local", "fd12:3456::1, unique-local",
            "ff02::1, multicast", "::ffff:127.0.0.1, loopback", "::ffff:a9fe:a9fe, link-local",
            "64:ff9b::7f00:1, loopback IPv4 address embedded in IPv6", "2002:7f00:1::, loopback IPv4 address embedded in IPv6",
            "::127.0.0.1, loopback IPv4 address embedded in IPv6", "::ffff:10.0.0.1, private",
            "2001:db8::1, documentation" })
    void namesTheRangeOfAnInternalAddress(String address, String range) throws Exception {
        assertThat(AddressGuard.internalRange(InetAddress.getByName(address))).isEqualTo(range);
    }

    @ParameterizedTest
    @ValueSource(strings = { "8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "193.0.2.1", "2606:4700:4700::1111",
            "2a00:1450:4001:80b::200e", "64:ff9b::808:808" })
    void letsPublicAddressesThrough(String address) throws Exception {
        assertThat(AddressGuard.internalRange(InetAddress.getByName(address))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "127.0.0.1:8080", "127.0.0.0/8", "127.0.0.1", "[::ffff:127.0.0.1]:8080" })
    void allowsWhatTheAllowListNames(String entry) {
        AddressGuard guard = new AddressGuard(List.of(entry));

        assertThatCode(() -> guard.check(URI.create("http://127.0.0.1:8080/feed"))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://127.0.0.1:9092/", "http://10.0.0.1:8080/", "http://[::1]:8080/" })
    void allowsNothingBeyondTheAllowList(String url) {
        AddressGuard guard = new AddressGuard(List.of("127.0.0.1:8080"));

        assertThatThrownBy(() -> guard.check(URI.create(url))).isInstanceOf(FetchException.class)
            .hasMessageStartingWith("refused: ");
    }

    @ParameterizedTest
    @ValueSource(strings = { "localhost", "127.0.0.1:http", "10.0.0.0/33", "[::1", "127.0.0.1:70000" })
    void explainsAnUnreadableAllowListEntry(String entry) {
        assertThatThrownBy(() -> new AddressGuard(List.of(entry))).isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("trigger.ingest.fetch.allowed-addresses: cannot read '" + entry + "'");
    }
}
