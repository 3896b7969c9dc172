package io.vigie.ingest.fetch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** HTTP behaviour against a real local server (no Kafka involved). */
class HttpFetcherTest {
    private static HttpServer server;
    private static String base;
    private static HttpClient client;
    private static final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
    private static final java.util.concurrent.atomic.AtomicInteger maxInFlight = new java.util.concurrent.atomic.AtomicInteger();
    private static final List<String> userAgents = new CopyOnWriteArrayList<>();
    // Retries and politeness delays off here: each test looks at one attempt (retries are tested below).
    private static final FetchSettings SETTINGS = FetchSettings.DEFAULTS.withAllowPrivateAddresses(true)
            .withReadTimeout(Duration.ofMillis(800)).withMaxBodyBytes(1024 * 1024)
            .withRetry(RetryPolicy.NONE).withMinDelayPerHost(Duration.ZERO);
    private static final java.util.Map<String, java.util.concurrent.atomic.AtomicInteger> hits =
            new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/plain", ex -> {
            userAgents.add(ex.getRequestHeaders().getFirst("User-Agent"));
            send(ex, 200, "text/html; charset=windows-1252", "hello".getBytes(UTF_8), null);
        });
        server.createContext("/gzip", ex -> send(ex, 200, "text/html", gzip("compressed hello".getBytes(UTF_8)), "gzip"));
        server.createContext("/bomb", ex -> send(ex, 200, "text/html", gzip(new byte[20 * 1024 * 1024]), "gzip"));
        server.createContext("/huge", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0); // chunked, no Content-Length to trust
            try (OutputStream out = ex.getResponseBody()) {
                byte[] chunk = new byte[64 * 1024];
                for (int i = 0; i < 64; i++) {
                    out.write(chunk);
                }
            } catch (IOException expected) {
                // the client hangs up once over the limit
            }
        });
        server.createContext("/missing", ex -> send(ex, 404, "text/plain", "no".getBytes(UTF_8), null));
        server.createContext("/loop-a", ex -> redirect(ex, "/loop-b"));
        server.createContext("/loop-b", ex -> redirect(ex, base + "/loop-a"));
        server.createContext("/chain", ex -> {
            int n = Integer.parseInt(ex.getRequestURI().getQuery());
            redirect(ex, n == 0 ? "/plain" : "/chain?" + (n - 1));
        });
        server.createContext("/to-metadata", ex -> redirect(ex, "http://169.254.169.254/latest/meta-data/"));
        server.createContext("/slow", ex -> {
            sleep(3000);
            send(ex, 200, "text/html", "late".getBytes(UTF_8), null);
        });
        server.createContext("/drip", ex -> {
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 30; i++) {
                    out.write('x');
                    out.flush();
                    sleep(100);
                }
            } catch (IOException expected) {
                // client gave up
            }
        });
        server.createContext("/busy", ex -> {
            int now = inFlight.incrementAndGet();
            maxInFlight.accumulateAndGet(now, Math::max);
            sleep(150);
            inFlight.decrementAndGet();
            send(ex, 200, "text/html", "ok".getBytes(UTF_8), null);
        });
        server.createContext("/etag", ex -> {
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                ex.close();
                return;
            }
            ex.getResponseHeaders().add("ETag", "\"v1\"");
            send(ex, 200, "application/rss+xml", "<rss/>".getBytes(UTF_8), null);
        });
        // 503 with Retry-After twice, then 200: the fetcher waits what the server asked and succeeds.
        server.createContext("/flaky", ex -> {
            int n = hit(ex);
            if (n <= 2) {
                ex.getResponseHeaders().add("Retry-After", "7");
                send(ex, 503, "text/plain", "busy".getBytes(UTF_8), null);
            } else {
                send(ex, 200, "text/html", "finally".getBytes(UTF_8), null);
            }
        });
        server.createContext("/always-500", ex -> {
            hit(ex);
            send(ex, 500, "text/plain", "broken".getBytes(UTF_8), null);
        });
        server.createContext("/rate-limited", ex -> {
            hit(ex);
            ex.getResponseHeaders().add("Retry-After", "3600");
            send(ex, 429, "text/plain", "slow down".getBytes(UTF_8), null);
        });
        server.createContext("/gone", ex -> {
            hit(ex);
            send(ex, 410, "text/plain", "gone".getBytes(UTF_8), null);
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        client = HttpFetcher.newClient(SETTINGS);
    }

    @AfterAll
    static void stop() {
        server.stop(0);
        client.close();
    }

    private static HttpFetcher fetcher() {
        return new HttpFetcher(client, SETTINGS);
    }

    private static FetchRequest page(String path) {
        return FetchRequest.page("src-1", URI.create(base + path));
    }

    @Test
    void fetchesBodyWithHeadersAndUserAgent() throws Exception {
        FetchResult r = fetcher().fetch(page("/plain"));
        assertThat(new String(r.body(), UTF_8)).isEqualTo("hello");
        assertThat(r.declaredCharset()).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("windows-1252"));
        assertThat(userAgents).contains(SETTINGS.userAgent());
    }

    @Test
    void decodesGzip() throws Exception {
        assertThat(new String(fetcher().fetch(page("/gzip")).body(), UTF_8)).isEqualTo("compressed hello");
    }

    @Test
    void gzipBombHitsTheSizeLimit() {
        assertThatThrownBy(() -> fetcher().fetch(page("/bomb")))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FetchFailure.TOO_LARGE);
                    assertThat(e.reason()).isEqualTo("body larger than 1 MB");
                    assertThat(e.getMessage()).contains("src-1").contains("/bomb");
                });
    }

    @Test
    void streamedBodyOverLimitIsAborted() {
        assertThatThrownBy(() -> fetcher().fetch(page("/huge")))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchFailure.TOO_LARGE));
    }

    @Test
    void httpErrorsAreTyped() {
        assertThatThrownBy(() -> fetcher().fetch(page("/missing")))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.reason()).isEqualTo("HTTP 404");
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.sourceId()).isEqualTo("src-1");
                });
    }

    @Test
    void followsRedirectsUpToTheLimitAndDetectsLoops() throws Exception {
        assertThat(new String(fetcher().fetch(page("/chain?2")).body(), UTF_8)).isEqualTo("hello");
        assertThat(fetcher().fetch(page("/chain?2")).url().getPath()).isEqualTo("/plain");
        assertThatThrownBy(() -> fetcher().fetch(page("/chain?9")))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.reason()).isEqualTo("more than 5 redirects"));
        assertThatThrownBy(() -> fetcher().fetch(page("/loop-a")))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FetchFailure.REDIRECT);
                    assertThat(e.reason()).startsWith("redirect loop");
                });
    }

    @Test
    void everyRedirectHopIsCheckedAgainstPrivateAddresses() {
        // Pretend the test server is public so that only the redirect target is judged.
        AddressGuard guard = new AddressGuard(false, host -> host.equals("127.0.0.1")
                ? new InetAddress[] {InetAddress.getByName("93.184.216.34")} : InetAddress.getAllByName(host));
        HttpFetcher strict = new HttpFetcher(client, SETTINGS.withAllowPrivateAddresses(false), guard);
        assertThatThrownBy(() -> strict.fetch(page("/to-metadata")))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FetchFailure.BLOCKED_ADDRESS);
                    assertThat(e.reason()).isEqualTo("blocked metadata address 169.254.169.254");
                });
    }

    @Test
    void privateTargetsAreRefusedByDefault() {
        HttpFetcher strict = new HttpFetcher(client, SETTINGS.withAllowPrivateAddresses(false));
        assertThatThrownBy(() -> strict.fetch(page("/plain")))
                .isInstanceOfSatisfying(FetchException.class, e ->
                        assertThat(e.reason()).isEqualTo("blocked loopback address 127.0.0.1"));
    }

    @Test
    void slowHeadersAndDrippingBodiesHitTheDeadline() {
        for (String path : List.of("/slow", "/drip")) {
            assertThatThrownBy(() -> fetcher().fetch(page(path)))
                    .isInstanceOfSatisfying(FetchException.class, e -> {
                        assertThat(e.kind()).isEqualTo(FetchFailure.TIMEOUT);
                        assertThat(e.reason()).isEqualTo("timeout after 800ms");
                    });
        }
    }

    @Test
    void conditionalGetReturnsNotModified() throws Exception {
        URI url = URI.create(base + "/etag");
        FetchResult first = fetcher().fetch(FetchRequest.feed("src-1", url, Validators.NONE));
        assertThat(first.notModified()).isFalse();
        assertThat(first.validators().etag()).isEqualTo("\"v1\"");
        FetchResult second = fetcher().fetch(FetchRequest.feed("src-1", url, first.validators()));
        assertThat(second.notModified()).isTrue();
        assertThat(second.body()).isEmpty();
    }

    @Test
    void capsConcurrentRequestsPerHost() throws Exception {
        HttpFetcher shared = fetcher(); // maxConcurrentPerHost = 2
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<java.util.concurrent.Future<FetchResult>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> shared.fetch(page("/busy"))));
            }
            for (var r : results) {
                assertThat(r.get().status()).isEqualTo(200);
            }
        }
        assertThat(maxInFlight.get()).isBetween(1, 2);
    }

    @Test
    void rejectsClientsThatFollowRedirectsThemselves() {
        try (HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()) {
            assertThatThrownBy(() -> new HttpFetcher(following, SETTINGS)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void settingsValidateWithClearMessages() {
        assertThatThrownBy(() -> FetchSettings.DEFAULTS.withMaxBodyBytes(10))
                .hasMessage("fetch.maxBodyBytes must be at least 1024, got 10");
        assertThatThrownBy(() -> FetchSettings.DEFAULTS.withReadTimeout(Duration.ZERO))
                .hasMessageContaining("fetch.readTimeout must be positive");
    }

    private static int hit(HttpExchange ex) {
        return hits.computeIfAbsent(ex.getRequestURI().getPath(), k -> new java.util.concurrent.atomic.AtomicInteger())
                .incrementAndGet();
    }

    /** A fetcher with retries whose waits are recorded instead of slept. */
    private static HttpFetcher retrying(List<Duration> waits) {
        FetchSettings s = SETTINGS.withRetry(new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(30)));
        return new HttpFetcher(client, s, new AddressGuard(true), waits::add, () -> 0.5);
    }

    @Test
    void retriesTransientFailuresHonouringRetryAfter() throws Exception {
        List<Duration> waits = new CopyOnWriteArrayList<>();
        HttpFetcher fetcher = retrying(waits);
        assertThat(new String(fetcher.fetch(page("/flaky")).body(), UTF_8)).isEqualTo("finally");
        assertThat(hits.get("/flaky").get()).isEqualTo(3);
        assertThat(waits).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(7));
        assertThat(fetcher.counters()).containsEntry("fetch_retries", 2L).containsEntry("fetch_retry_after_honoured", 2L);
    }

    @Test
    void retriesAreBoundedWithExponentialBackoff() {
        List<Duration> waits = new CopyOnWriteArrayList<>();
        HttpFetcher fetcher = retrying(waits);
        assertThatThrownBy(() -> fetcher.fetch(page("/always-500")))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.reason()).isEqualTo("HTTP 500"));
        assertThat(hits.get("/always-500").get()).isEqualTo(3);
        // Equal jitter with random 0.5: 1 s base -> 750 ms, then 2 s -> 1500 ms.
        assertThat(waits).containsExactly(Duration.ofMillis(750), Duration.ofMillis(1500));
        assertThat(fetcher.counters()).containsEntry("fetch_gave_up_after_retries", 1L);
    }

    @Test
    void aRetryAfterLongerThanTheCapAndPermanentErrorsAreNotRetried() {
        List<Duration> waits = new CopyOnWriteArrayList<>();
        HttpFetcher fetcher = retrying(waits);
        assertThatThrownBy(() -> fetcher.fetch(page("/rate-limited")))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofHours(1));
                    assertThat(e.reason()).isEqualTo("HTTP 429 (Retry-After 3600s)");
                });
        assertThatThrownBy(() -> fetcher.fetch(page("/gone"))).isInstanceOf(FetchException.class);
        assertThat(hits.get("/rate-limited").get()).isEqualTo(1);
        assertThat(hits.get("/gone").get()).isEqualTo(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void spacesRequestsToOneHostByTheMinimumDelay() throws Exception {
        List<Duration> waits = new CopyOnWriteArrayList<>();
        // The recording sleeper does not sleep: each reservation pushes the next slot one delay further.
        HttpFetcher polite = new HttpFetcher(client, SETTINGS.withMinDelayPerHost(Duration.ofSeconds(10)),
                new AddressGuard(true), waits::add, () -> 0.5);
        for (int i = 0; i < 3; i++) {
            polite.fetch(page("/plain"));
        }
        assertThat(waits).hasSize(2);
        assertThat(waits.get(0)).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(10));
        assertThat(waits.get(1)).isBetween(Duration.ofSeconds(19), Duration.ofSeconds(20));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body, String encoding) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        if (encoding != null) {
            ex.getResponseHeaders().add("Content-Encoding", encoding);
        }
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().add("Location", location);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(data);
        }
        return bytes.toByteArray();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
