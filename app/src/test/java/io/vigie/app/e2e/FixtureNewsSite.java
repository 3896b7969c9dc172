package io.vigie.app.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * A local news site for end-to-end tests: RSS feeds and the article pages they link to, served
 * over real HTTP so that ingest fetches them exactly as it fetches the web.
 */
final class FixtureNewsSite implements AutoCloseable {
    private static final DateTimeFormatter RFC_822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final HttpServer server;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final Duration pageDelay;

    record Page(int status, String contentType, byte[] body) {
    }

    FixtureNewsSite(Duration pageDelay) throws IOException {
        this.pageDelay = pageDelay;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::serve);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void html(String path, String html) {
        pages.put(path, new Page(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8)));
    }

    void rss(String path, String xml) {
        pages.put(path, new Page(200, "application/rss+xml; charset=utf-8", xml.getBytes(StandardCharsets.UTF_8)));
    }

    static String resource(String name) {
        try (InputStream in = FixtureNewsSite.class.getResourceAsStream("/e2e/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String rfc822(Instant instant) {
        return RFC_822.format(instant);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            Page page = pages.get(exchange.getRequestURI().getPath());
            if (page == null) {
                byte[] body = "<html><body><h1>Page introuvable</h1></body></html>".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(404, body.length);
                exchange.getResponseBody().write(body);
                return;
            }
            if (page.contentType().startsWith("text/html") && !pageDelay.isZero()) {
                sleep(pageDelay);
            }
            exchange.getResponseHeaders().set("Content-Type", page.contentType());
            exchange.sendResponseHeaders(page.status(), page.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page.body());
            }
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
