package io.vigie.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressGuardTest {

    @ParameterizedTest
    @CsvSource({
            "127.0.0.1, loopback", "127.5.5.5, loopback", "::1, loopback",
            "10.1.2.3, private", "172.16.0.1, private", "172.31.255.255, private", "192.168.1.10, private",
            "100.64.0.1, private", "fd00::1, private", "fc12::1, private",
            "169.254.169.254, metadata", "169.254.1.1, link-local", "fe80::1, link-local",
            "224.0.0.1, multicast", "ff02::1, multicast", "0.0.0.0, unspecified", "::, unspecified",
            "::ffff:127.0.0.1, loopback", "::ffff:10.0.0.1, private", "255.255.255.255, reserved"})
    void refusesNonPublicAddresses(String ip, String why) throws Exception {
        assertThat(AddressGuard.classify(InetAddress.getByName(ip))).contains(why);
    }

    @ParameterizedTest
    @CsvSource({"93.184.216.34", "8.8.8.8", "172.32.0.1", "2001:4860:4860::8888", "100.128.0.1"})
    void acceptsPublicAddresses(String ip) throws Exception {
        assertThat(AddressGuard.classify(InetAddress.getByName(ip))).isEmpty();
    }

    @Test
    void checksEveryResolvedAddressOfAHost() throws Exception {
        Map<String, InetAddress[]> dns = Map.of(
                "news.example", new InetAddress[] {InetAddress.getByName("93.184.216.34")},
                "sneaky.example", new InetAddress[] {InetAddress.getByName("93.184.216.34"), InetAddress.getByName("127.0.0.1")});
        AddressGuard guard = new AddressGuard(false, host -> {
            InetAddress[] a = dns.get(host);
            if (a == null) {
                throw new UnknownHostException(host);
            }
            return a;
        });
        assertThat(guard.check("news.example")).isEmpty();
        assertThat(guard.check("sneaky.example")).contains("blocked loopback address 127.0.0.1");
        assertThatThrownBy(() -> guard.check("nowhere.example")).isInstanceOf(UnknownHostException.class);
        assertThat(new AddressGuard(true, host -> { throw new AssertionError("no lookup when allowed"); }).check("x")).isEmpty();
    }

    @Test
    void literalAddressesAreCheckedToo() throws Exception {
        AddressGuard guard = new AddressGuard(false);
        assertThat(guard.check("169.254.169.254")).contains("blocked metadata address 169.254.169.254");
        assertThat(guard.check("[::1]")).contains("blocked loopback address 0:0:0:0:0:0:0:1");
        assertThat(guard.check("localhost")).isPresent();
    }
}
