package io.vigie.ingest.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import io.vigie.ingest.health.Counters;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipException;

/**
 * Fetches over HTTP with the shared {@link HttpClient}: redirects followed by hand so that each hop
 * passes the {@link AddressGuard}, bodies bounded (also after decompression), a deadline per hop,
 * per-host politeness (concurrency cap and minimum delay), a global cap on requests in flight,
 * bounded retries with backoff and jitter on transient failures, and conditional GET for feeds.
 *
 * <p>The client must not follow redirects itself: use {@link #newClient(FetchSettings)} or build
 * one with {@code Redirect.NEVER}. The caller owns and closes it.
 */
public final class HttpFetcher implements Fetcher {

    private static final String FEED_ACCEPT =
            "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";
    private static final String PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";

    private final HttpClient client;
    private final FetchSettings settings;
    private final AddressGuard guard;
    private final HostLimiter limiter;
    private final Semaphore global;
    private final Sleeper sleeper;
    private final DoubleSupplier random;
    private final Counters counters = new Counters();

    public HttpFetcher(HttpClient client, FetchSettings settings) {
        this(client, settings, new AddressGuard(settings.allowPrivateAddresses()));
    }

    public HttpFetcher(HttpClient client, FetchSettings settings, AddressGuard guard) {
        this(client, settings, guard, Sleeper.REAL, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** @param sleeper waits for politeness and retries; @param random jitter source in [0, 1) */
    public HttpFetcher(HttpClient client, FetchSettings settings, AddressGuard guard, Sleeper sleeper, DoubleSupplier random) {
        if (client.followRedirects() != HttpClient.Redirect.NEVER) {
            throw new IllegalArgumentException("the HttpClient must use Redirect.NEVER: redirects are checked hop by hop");
        }
        this.client = client;
        this.settings = settings;
        this.guard = guard;
        this.sleeper = sleeper;
        this.random = random;
        this.limiter = new HostLimiter(settings.maxConcurrentPerHost(), settings.minDelayPerHost(), sleeper);
        this.global = new Semaphore(settings.maxConcurrentFetches(), true);
    }

    /**
     * A client fit for this fetcher: connect timeout from settings, no automatic redirects, and
     * virtual threads for its callbacks so thousands of concurrent fetches need no platform threads.
     */
    public static HttpClient newClient(FetchSettings settings) {
        return HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
    }

    @Override
    public Map<String, Long> counters() {
        return counters.snapshot();
    }

    /** Fetches with up to {@link RetryPolicy#maxAttempts()} attempts on transient failures. */
    @Override
    public FetchResult fetch(FetchRequest request) throws FetchException {
        for (int attempt = 1; ; attempt++) {
            try {
                counters.increment("fetch_requests");
                return fetchOnce(request);
            } catch (FetchException e) {
                Optional<Duration> delay = settings.retry().delayAfter(attempt, e, random);
                if (delay.isEmpty()) {
                    if (attempt > 1) {
                        counters.increment("fetch_gave_up_after_retries");
                    }
                    throw e;
                }
                counters.increment("fetch_retries");
                if (e.retryAfter() != null) {
                    counters.increment("fetch_retry_after_honoured");
                }
                try {
                    sleeper.sleep(delay.get());
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private FetchResult fetchOnce(FetchRequest request) throws FetchException {
        String sourceId = request.sourceId();
        URI current = request.url();
        Set<URI> visited = new HashSet<>();
        for (int hop = 0; ; hop++) {
            checkTarget(sourceId, current);
            if (!visited.add(current)) {
                throw new FetchException(FetchFailure.REDIRECT, sourceId, request.url(), "redirect loop at " + current);
            }
            HttpResponse<byte[]> response = exchange(request, current);
            int status = response.statusCode();
            if (isRedirect(status)) {
                if (hop >= settings.maxRedirects()) {
                    throw new FetchException(FetchFailure.REDIRECT, sourceId, request.url(),
                            "more than " + settings.maxRedirects() + " redirects");
                }
                current = nextHop(sourceId, request.url(), current, response);
                continue;
            }
            if (status == 304) {
                return new FetchResult(current, 304, new byte[0], null, request.validators());
            }
            if (status < 200 || status >= 300) {
                Duration retryAfter = status == 429 || status == 503
                        ? RetryAfter.parse(response.headers().firstValue("retry-after").orElse(null), Instant.now()).orElse(null)
                        : null;
                throw FetchException.httpStatus(sourceId, current, status, retryAfter);
            }
            byte[] body = decode(sourceId, current, response);
            Validators validators = new Validators(
                    response.headers().firstValue("etag").orElse(null),
                    response.headers().firstValue("last-modified").orElse(null));
            return new FetchResult(current, status, body,
                    response.headers().firstValue("content-type").orElse(null), validators);
        }
    }

    private void checkTarget(String sourceId, URI url) throws FetchException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new FetchException(FetchFailure.INVALID_URL, sourceId, url, "not an absolute http(s) URL");
        }
        Optional<String> blocked;
        try {
            blocked = guard.check(url.getHost());
        } catch (UnknownHostException e) {
            throw new FetchException(FetchFailure.UNKNOWN_HOST, sourceId, url, "unknown host " + url.getHost(), 0, e);
        }
        if (blocked.isPresent()) {
            throw new FetchException(FetchFailure.BLOCKED_ADDRESS, sourceId, url, blocked.get());
        }
    }

    private HttpResponse<byte[]> exchange(FetchRequest request, URI url) throws FetchException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url)
                .GET()
                .timeout(settings.readTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", request.target() == FetchRequest.Target.FEED ? FEED_ACCEPT : PAGE_ACCEPT)
                .header("Accept-Encoding", ContentDecoder.ACCEPT_ENCODING);
        if (request.target() == FetchRequest.Target.FEED && url.equals(request.url())) {
            Validators v = request.validators();
            if (v.etag() != null) {
                builder.header("If-None-Match", v.etag());
            }
            if (v.lastModified() != null) {
                builder.header("If-Modified-Since", v.lastModified());
            }
        }
        String sourceId = request.sourceId();
        CompletableFuture<HttpResponse<byte[]>> future = null;
        boolean globalHeld = false;
        try (HostLimiter.Permit ignored = limiter.acquire(url.getHost())) {
            global.acquire();
            globalHeld = true;
            future = client.sendAsync(builder.build(), BoundedBodySubscriber.handler(settings.maxBodyBytes()));
            // HttpRequest.timeout only covers the headers; this deadline also bounds a dripping body.
            return future.get(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw timeout(sourceId, url, e);
        } catch (InterruptedException e) {
            if (future != null) {
                future.cancel(true);
            }
            Thread.currentThread().interrupt();
            throw new FetchException(FetchFailure.CONNECTION, sourceId, url, "interrupted", 0, e);
        } catch (ExecutionException e) {
            throw translate(sourceId, url, e.getCause());
        } finally {
            if (globalHeld) {
                global.release();
            }
        }
    }

    private FetchException timeout(String sourceId, URI url, Throwable cause) {
        return new FetchException(FetchFailure.TIMEOUT, sourceId, url,
                "timeout after " + FetchSettings.humanDuration(settings.readTimeout()), 0, cause);
    }

    private FetchException translate(String sourceId, URI url, Throwable cause) {
        if (cause instanceof BodyTooLargeException) {
            return tooLarge(sourceId, url, cause);
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new FetchException(FetchFailure.TIMEOUT, sourceId, url,
                    "connect timeout after " + FetchSettings.humanDuration(settings.connectTimeout()), 0, cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return timeout(sourceId, url, cause);
        }
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            if (root instanceof UnknownHostException) {
                break;
            }
            root = root.getCause();
        }
        if (root instanceof UnknownHostException) {
            return new FetchException(FetchFailure.UNKNOWN_HOST, sourceId, url, "unknown host " + url.getHost(), 0, cause);
        }
        if (cause instanceof ConnectException) {
            return new FetchException(FetchFailure.CONNECTION, sourceId, url, "connection refused", 0, cause);
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new FetchException(FetchFailure.CONNECTION, sourceId, url, "I/O error: " + message, 0, cause);
    }

    private FetchException tooLarge(String sourceId, URI url, Throwable cause) {
        return new FetchException(FetchFailure.TOO_LARGE, sourceId, url,
                "body larger than " + FetchSettings.humanBytes(settings.maxBodyBytes()), 0, cause);
    }

    private byte[] decode(String sourceId, URI url, HttpResponse<byte[]> response) throws FetchException {
        String encoding = response.headers().firstValue("content-encoding").orElse(null);
        try {
            return ContentDecoder.decode(response.body(), encoding, settings.maxBodyBytes());
        } catch (BodyTooLargeException e) {
            return throwing(tooLarge(sourceId, url, e));
        } catch (ContentDecoder.UnsupportedEncodingException e) {
            return throwing(new FetchException(FetchFailure.BAD_ENCODING, sourceId, url, e.getMessage(), 0, e));
        } catch (ZipException | java.io.EOFException e) {
            return throwing(new FetchException(FetchFailure.BAD_ENCODING, sourceId, url,
                    "corrupt " + encoding + " body", 0, e));
        } catch (IOException e) {
            return throwing(new FetchException(FetchFailure.BAD_ENCODING, sourceId, url,
                    "cannot decode " + encoding + " body: " + e.getMessage(), 0, e));
        }
    }

    private static byte[] throwing(FetchException e) throws FetchException {
        throw e;
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI nextHop(String sourceId, URI original, URI current, HttpResponse<?> response) throws FetchException {
        String location = response.headers().firstValue("location").orElse(null);
        if (location == null || location.isBlank()) {
            throw new FetchException(FetchFailure.REDIRECT, sourceId, original,
                    "HTTP " + response.statusCode() + " redirect without Location");
        }
        try {
            String resolved = current.resolve(new URI(location.strip().replace(" ", "%20"))).toString();
            int hash = resolved.indexOf('#');
            return URI.create(hash < 0 ? resolved : resolved.substring(0, hash));
        } catch (Exception e) {
            throw new FetchException(FetchFailure.REDIRECT, sourceId, original, "invalid redirect Location " + location, 0, e);
        }
    }
}
