package dev.kairos.leads.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AddressGuardTest {

    @ParameterizedTest
    @CsvSource({ "127.0.0.1, loopback", "127.1.2.3, loopback", "::1, loopback", "10.1.2.3, private",
            "172.16.0.1, private", "192.168.1.1, private", "169.254.169.254, link-local", "fe80::1, link-local",
            "fd00:ec2::254, unique-local", "100.100.100.200, shared (carrier-grade NAT)", "0.0.0.0, unspecified",
            "224.0.0.1, multicast", "'::ffff:127.0.0.1', loopback",
            "'::7f00:1', loopback IPv4 address embedded in IPv6",
            "'64:ff9b::a9fe:a9fe', link-local IPv4 address embedded in IPv6",
            "'2002:c0a8:0101::1', private IPv4 address embedded in IPv6" })
    void refusesInternalAddresses(String address, String reason) throws UnknownHostException {
        assertThat(AddressGuard.internal(InetAddress.getByName(address))).isEqualTo(reason);
        UnknownHostException refused = assertThrows(AddressGuard.BlockedAddressException.class,
                () -> new AddressGuard(List.of()).resolve(address));
        assertThat(refused).hasMessageContaining("allowed-addresses");
    }

    @ParameterizedTest
    @ValueSource(strings = { "93.184.215.14", "8.8.8.8", "2606:4700::1111", "172.32.0.1" })
    void letsPublicAddressesThrough(String address) throws UnknownHostException {
        assertThat(AddressGuard.internal(InetAddress.getByName(address))).isNull();
        assertThat(new AddressGuard(List.of()).resolve(address)).containsExactly(InetAddress.getByName(address));
    }

    @Test
    void allowsWhatTheConfigurationAllows() throws UnknownHostException {
        AddressGuard guard = new AddressGuard(List.of("127.0.0.1", "10.20.0.0/16"));

        assertThat(guard.resolve("127.0.0.1")).hasSize(1);
        assertThat(guard.resolve("10.20.3.4")).hasSize(1);
        assertThrows(AddressGuard.BlockedAddressException.class, () -> guard.resolve("10.21.0.1"));
        assertThrows(AddressGuard.BlockedAddressException.class, () -> guard.resolve("127.0.0.2"));
    }

    @Test
    void saysWhichAllowedEntryItCannotRead() {
        assertThat(assertThrows(IllegalArgumentException.class, () -> new AddressGuard(List.of("intranet.local"))))
            .hasMessageContaining("'intranet.local'");
        assertThat(assertThrows(IllegalArgumentException.class, () -> new AddressGuard(List.of("10.0.0.0/40"))))
            .hasMessageContaining("prefix length");
    }
}
