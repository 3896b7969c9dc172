package io.vigie.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * SSRF guard: links come from third-party feeds and pages, so a hostile one could point ingest at
 * the cloud metadata service or an internal admin port. Every hop's host is resolved and refused
 * when any of its addresses is not a public unicast address.
 *
 * <p>Limit: the HTTP client resolves the name again when connecting, so a DNS server answering
 * differently within milliseconds (rebinding) is not stopped here; an egress firewall is the
 * real fence.
 */
public final class AddressGuard {

    /** Name resolution, replaceable in tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    public AddressGuard(boolean allowPrivate) {
        this(allowPrivate, InetAddress::getAllByName);
    }

    public AddressGuard(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /**
     * @return the reason the host is refused (e.g. "blocked private address 10.0.0.1"), empty if allowed
     * @throws UnknownHostException when the name does not resolve
     */
    public Optional<String> check(String host) throws UnknownHostException {
        if (allowPrivate) {
            return Optional.empty();
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        for (InetAddress address : resolver.resolve(bare)) {
            Optional<String> why = classify(address);
            if (why.isPresent()) {
                return Optional.of("blocked " + why.get() + " address " + address.getHostAddress());
            }
        }
        return Optional.empty();
    }

    /** Why an address is not public ("loopback", "private", ...), or empty when it is. */
    public static Optional<String> classify(InetAddress a) {
        if (a.isAnyLocalAddress()) {
            return Optional.of("unspecified");
        }
        if (a.isLoopbackAddress()) {
            return Optional.of("loopback");
        }
        if (a.isMulticastAddress()) {
            return Optional.of("multicast");
        }
        if (a.isLinkLocalAddress()) {
            // Includes 169.254.169.254, the cloud metadata endpoint.
            return Optional.of(isMetadata(a) ? "metadata" : "link-local");
        }
        if (a.isSiteLocalAddress()) {
            return Optional.of("private");
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int b0 = b[0] & 0xff;
            int b1 = b[1] & 0xff;
            if (b0 == 0) {
                return Optional.of("unspecified");
            }
            if (b0 == 100 && b1 >= 64 && b1 <= 127) {
                return Optional.of("private"); // carrier-grade NAT 100.64/10
            }
            if (b0 == 198 && (b1 == 18 || b1 == 19)) {
                return Optional.of("private"); // benchmarking 198.18/15
            }
            if (b0 >= 240) {
                return Optional.of("reserved");
            }
        } else if (a instanceof Inet6Address) {
            int b0 = b[0] & 0xff;
            if ((b0 & 0xfe) == 0xfc) {
                return Optional.of("private"); // unique local fc00::/7
            }
            if (isMappedOrCompatIpv4(b)) {
                try {
                    InetAddress v4 = InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
                    return classify(v4);
                } catch (UnknownHostException e) {
                    return Optional.of("invalid");
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isMetadata(InetAddress a) {
        byte[] b = a.getAddress();
        return b.length == 4 && (b[0] & 0xff) == 169 && (b[1] & 0xff) == 254 && (b[2] & 0xff) == 169 && (b[3] & 0xff) == 254;
    }

    private static boolean isMappedOrCompatIpv4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        boolean mapped = (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compat = b[10] == 0 && b[11] == 0;
        return mapped || compat;
    }
}
