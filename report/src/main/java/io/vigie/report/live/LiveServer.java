package io.vigie.report.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.vigie.report.ReportService;
import io.vigie.report.period.ReportPeriod;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live view of {@code vigie up}: {@code /} the report over a moving window ({@code ?days=N} or
 * {@code ?from=yyyy-MM-dd&to=yyyy-MM-dd}, {@code &lang=fr|en}), {@code /health} the components'
 * status as JSON (503 when one is down), {@code /metrics} in the Prometheus text format. One virtual
 * thread per request; the page carries a CSP that forbids any script.
 */
public final class LiveServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveServer.class);
    public static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final HttpServer server;
    private final ExecutorService executor;
    private final ReportService reports;
    private final LiveSettings settings;
    private final Supplier<Map<String, Object>> health;
    private final MetricsRegistry metrics;
    private final Clock clock;

    public LiveServer(LiveSettings settings, ReportService reports, Supplier<Map<String, Object>> health,
                      MetricsRegistry metrics, Clock clock) throws IOException {
        this.settings = settings;
        this.reports = reports;
        this.health = health;
        this.metrics = metrics;
        this.clock = clock;
        this.server = HttpServer.create(new InetSocketAddress(settings.bindAddress(), settings.port()), 64);
        this.executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext("/", this::report);
        server.createContext("/health", this::health);
        server.createContext("/metrics", this::metrics);
    }

    public LiveServer start() {
        server.start();
        LOG.info("live view at http://{}:{}/", settings.bindAddress(), port());
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void report(HttpExchange ex) throws IOException {
        if (!allowed(ex)) {
            return;
        }
        if (!ex.getRequestURI().getPath().equals("/")) {
            send(ex, 404, "text/plain; charset=utf-8", "not found\n");
            return;
        }
        Map<String, String> q = query(ex.getRequestURI().getRawQuery());
        ReportPeriod period;
        String lang = q.getOrDefault("lang", reports.settings().language());
        try {
            if (!("fr".equals(lang) || "en".equals(lang))) {
                throw new IllegalArgumentException("lang must be fr or en");
            }
            period = period(q);
        } catch (IllegalArgumentException e) {
            send(ex, 400, "text/plain; charset=utf-8", "bad request: " + e.getMessage() + "\n");
            return;
        }
        try {
            send(ex, 200, "text/html; charset=utf-8", reports.html(period, lang));
        } catch (RuntimeException e) {
            LOG.warn("live view: report for {} failed", period.label(), e);
            send(ex, 503, "text/plain; charset=utf-8", "report unavailable: Elasticsearch did not answer\n");
        }
    }

    private ReportPeriod period(Map<String, String> q) {
        var zone = reports.settings().zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (q.containsKey("from") || q.containsKey("to")) {
            return ReportPeriod.between(q.get("from"), q.getOrDefault("to", today.toString()), zone);
        }
        if (q.containsKey("days")) {
            try {
                return ReportPeriod.lastDays(Integer.parseInt(q.get("days").trim()), today, zone);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("days must be a whole number, got " + q.get("days"));
            }
        }
        return ReportPeriod.lastDays(settings.defaultDays(), today, zone);
    }

    private void health(HttpExchange ex) throws IOException {
        if (!allowed(ex)) {
            return;
        }
        Map<String, Object> components;
        try {
            components = health.get();
        } catch (RuntimeException e) {
            components = Map.of("health", Map.of("status", "DOWN", "error", String.valueOf(e.getMessage())));
        }
        boolean up = components.values().stream().noneMatch(LiveServer::isDown);
        Map<String, Object> body = new HashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        body.put("components", components);
        send(ex, up ? 200 : 503, "application/json", JSON.writeValueAsString(body));
    }

    private static boolean isDown(Object component) {
        Object status = component instanceof Map<?, ?> m ? m.get("status") : component;
        return status != null && "DOWN".equalsIgnoreCase(status.toString());
    }

    private void metrics(HttpExchange ex) throws IOException {
        if (!allowed(ex)) {
            return;
        }
        send(ex, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape());
    }

    private static boolean allowed(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            return true;
        }
        ex.getResponseHeaders().set("Allow", "GET, HEAD");
        send(ex, 405, "text/plain; charset=utf-8", "method not allowed\n");
        return false;
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        var h = ex.getResponseHeaders();
        h.set("Content-Type", type);
        h.set("Content-Security-Policy", CSP);
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        h.set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(ex.getRequestMethod());
        ex.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
        ex.close();
    }

    static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.putIfAbsent(k, v);
        }
        return out;
    }

    @Override
    public void close() {
        server.stop(1);
        executor.shutdownNow();
    }
}
