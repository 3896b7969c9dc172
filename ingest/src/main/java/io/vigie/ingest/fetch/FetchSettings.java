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
 * @param minDelayPerHost       least time between the starts of two requests to one host (politeness)
 * @param retry                 attempts and backoff on transient failures (timeouts, 429, 5xx)
 * @param maxConcurrentFetches  requests in flight overall: bounds memory (bodies are buffered) and sockets
 */
public record FetchSettings(
        Duration connectTimeout,
        Duration readTimeout,
        long maxBodyBytes,
        int maxRedirects,
        String userAgent,
        int maxConcurrentPerHost,
        boolean allowPrivateAddresses,
        Duration minDelayPerHost,
        RetryPolicy retry,
        int maxConcurrentFetches) {

    public static final Duration DEFAULT_MIN_DELAY_PER_HOST = Duration.ofSeconds(1);
    public static final RetryPolicy DEFAULT_RETRY = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(30));
    public static final int DEFAULT_MAX_CONCURRENT_FETCHES = 128;

    public static final FetchSettings DEFAULTS = new FetchSettings(
            Duration.ofSeconds(5), Duration.ofSeconds(10), 5L * 1024 * 1024, 5,
            "VigieBot/0.1 (media monitoring; contact: see vigie.yaml)", 2, false,
            DEFAULT_MIN_DELAY_PER_HOST, DEFAULT_RETRY, DEFAULT_MAX_CONCURRENT_FETCHES);

    /**
     * The original seven settings, as callers configured them before the politeness delay existed:
     * no minimum delay between requests to a host (so their behaviour does not change), default
     * retries and global cap. New callers should set {@code minDelayPerHost} explicitly.
     */
    public FetchSettings(Duration connectTimeout, Duration readTimeout, long maxBodyBytes, int maxRedirects,
                         String userAgent, int maxConcurrentPerHost, boolean allowPrivateAddresses) {
        this(connectTimeout, readTimeout, maxBodyBytes, maxRedirects, userAgent, maxConcurrentPerHost,
                allowPrivateAddresses, Duration.ZERO, DEFAULT_RETRY, DEFAULT_MAX_CONCURRENT_FETCHES);
    }

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
        if (minDelayPerHost == null || minDelayPerHost.isNegative() || minDelayPerHost.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new IllegalArgumentException("fetch.minDelayPerHost must be within 0..5m, got " + minDelayPerHost);
        }
        Objects.requireNonNull(retry, "fetch.retry");
        if (maxConcurrentFetches < 1) {
            throw new IllegalArgumentException("fetch.maxConcurrentFetches must be at least 1, got " + maxConcurrentFetches);
        }
    }

    private FetchSettings with(Duration connect, Duration read, long maxBody, int perHost, boolean allowPrivate,
                               Duration minDelay, RetryPolicy retryPolicy, int maxFetches) {
        return new FetchSettings(connect, read, maxBody, maxRedirects, userAgent, perHost, allowPrivate, minDelay,
                retryPolicy, maxFetches);
    }

    public FetchSettings withMinDelayPerHost(Duration delay) {
        return with(connectTimeout, readTimeout, maxBodyBytes, maxConcurrentPerHost, allowPrivateAddresses, delay, retry,
                maxConcurrentFetches);
    }

    public FetchSettings withRetry(RetryPolicy policy) {
        return with(connectTimeout, readTimeout, maxBodyBytes, maxConcurrentPerHost, allowPrivateAddresses, minDelayPerHost,
                policy, maxConcurrentFetches);
    }

    public FetchSettings withMaxConcurrentPerHost(int perHost) {
        return with(connectTimeout, readTimeout, maxBodyBytes, perHost, allowPrivateAddresses, minDelayPerHost, retry,
                maxConcurrentFetches);
    }

    public FetchSettings withMaxConcurrentFetches(int max) {
        return with(connectTimeout, readTimeout, maxBodyBytes, maxConcurrentPerHost, allowPrivateAddresses, minDelayPerHost,
                retry, max);
    }

    public FetchSettings withAllowPrivateAddresses(boolean allow) {
        return with(connectTimeout, readTimeout, maxBodyBytes, maxConcurrentPerHost, allow, minDelayPerHost, retry,
                maxConcurrentFetches);
    }

    public FetchSettings withReadTimeout(Duration timeout) {
        return with(connectTimeout, timeout, maxBodyBytes, maxConcurrentPerHost, allowPrivateAddresses, minDelayPerHost, retry,
                maxConcurrentFetches);
    }

    public FetchSettings withMaxBodyBytes(long bytes) {
        return with(connectTimeout, readTimeout, bytes, maxConcurrentPerHost, allowPrivateAddresses, minDelayPerHost, retry,
                maxConcurrentFetches);
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
