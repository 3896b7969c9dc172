package io.vigie.ingest.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * HTTP fetching settings.
 *
 * @param connectTimeout        TCP/TLS connect timeout (applies to the shared client)
 * @param readTimeout           whole-request deadline per hop: headers and body must arrive within it
 * @param maxBodyBytes          limit on the body, compressed and decompressed
 * @param maxRedirects          redirect hops followed before failing
 * @param userAgent             User-Agent header
 * @param maxConcurrentPerHost  requests in flight to one host at a time (politeness)
 * @param allowPrivateAddresses allow loopback/private targets; only for tests and local snapshots
 */
public record FetchSettings(
        Duration connectTimeout,
        Duration readTimeout,
        long maxBodyBytes,
        int maxRedirects,
        String userAgent,
        int maxConcurrentPerHost,
        boolean allowPrivateAddresses) {

    public static final FetchSettings DEFAULTS = new FetchSettings(
            Duration.ofSeconds(5), Duration.ofSeconds(10), 5L * 1024 * 1024, 5,
            "VigieBot/0.1 (media monitoring; contact: see vigie.yaml)", 2, false);

    public FetchSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("fetch.connectTimeout must be positive, got " + connectTimeout);
        }
        if (readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("fetch.readTimeout must be positive, got " + readTimeout);
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("fetch.maxBodyBytes must be at least 1024, got " + maxBodyBytes);
        }
        if (maxRedirects < 0 || maxRedirects > 20) {
            throw new IllegalArgumentException("fetch.maxRedirects must be within 0..20, got " + maxRedirects);
        }
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("fetch.userAgent must not be blank");
        }
        if (maxConcurrentPerHost < 1) {
            throw new IllegalArgumentException("fetch.maxConcurrentPerHost must be at least 1, got " + maxConcurrentPerHost);
        }
    }

    public FetchSettings withAllowPrivateAddresses(boolean allow) {
        return new FetchSettings(connectTimeout, readTimeout, maxBodyBytes, maxRedirects, userAgent, maxConcurrentPerHost, allow);
    }

    public FetchSettings withReadTimeout(Duration timeout) {
        return new FetchSettings(connectTimeout, timeout, maxBodyBytes, maxRedirects, userAgent, maxConcurrentPerHost, allowPrivateAddresses);
    }

    public FetchSettings withMaxBodyBytes(long bytes) {
        return new FetchSettings(connectTimeout, readTimeout, bytes, maxRedirects, userAgent, maxConcurrentPerHost, allowPrivateAddresses);
    }

    /** "5 MB", "512 KB": how limits appear in error messages. */
    public static String humanBytes(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }

    /** "10s", "1500ms". */
    public static String humanDuration(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }
}
