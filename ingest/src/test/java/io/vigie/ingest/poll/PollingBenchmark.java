package io.vigie.ingest.poll;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.vigie.ingest.dedupe.InMemorySeenStore;
import io.vigie.ingest.extract.ArticleExtractor;
import io.vigie.ingest.feed.RomeFeedParser;
import io.vigie.ingest.fetch.FetchSettings;
import io.vigie.ingest.fetch.HttpFetcher;
import io.vigie.ingest.source.SourceDefinition;
import io.vigie.ingest.source.Sources;
import io.vigie.model.RawMention;
import io.vigie.model.json.EventSerdes;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Polling throughput on one machine: N feeds served by local HTTP servers on several loopback
 * addresses (each address is a "host" for politeness), with realistic latency (20-200 ms), ETag
 * feeds answering 304, failing feeds (HTTP 500, retried), and slow feeds (3 s). Feeds only: article
 * pages are not fetched ({@code fetchPages=false}); the producer is an in-memory MockProducer.
 *
 * <p>Run: {@code java -Xmx512m -cp <test classpath> io.vigie.ingest.poll.PollingBenchmark [feeds] [cycles]}
 * (optional {@code -Dbench.perHost=N -Dbench.maxFetches=N}).
 * Prints each cycle's wall time and outcome, and the peak heap. Target: a cycle of 5,000 feeds in
 * under 60 s on 2 cores with a 512 MB heap.
 */
public final class PollingBenchmark {
    private static final int HOSTS = 50;
    private static final int ITEMS_PER_FEED = 10;
    private static final AtomicInteger cycle = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        int feeds = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int cycles = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<HttpServer> servers = new ArrayList<>();
        List<SourceDefinition> sources = new ArrayList<>();
        for (int h = 0; h < HOSTS; h++) {
            // 127.0.0.0/8 is all loopback on Linux: 50 addresses stand for 50 outlets' hosts.
            InetAddress address = InetAddress.getByName("127.0.1." + (h + 1));
            HttpServer server = HttpServer.create(new InetSocketAddress(address, 0), 1024);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.createContext("/feed/", PollingBenchmark::feed);
            server.start();
            servers.add(server);
        }
        for (int i = 0; i < feeds; i++) {
            HttpServer server = servers.get(i % HOSTS);
            sources.add(SourceDefinition.builder("feed-" + i, "http://" + server.getAddress().getAddress().getHostAddress() + ":"
                    + server.getAddress().getPort() + "/feed/" + i).build());
        }
        // Politeness delay off: here 100 feeds share a host, in production a host has one to three feeds.
        FetchSettings fetch = FetchSettings.DEFAULTS.withAllowPrivateAddresses(true).withMinDelayPerHost(Duration.ZERO)
                .withMaxConcurrentPerHost(Integer.getInteger("bench.perHost", 4))
                .withMaxConcurrentFetches(Integer.getInteger("bench.maxFetches", FetchSettings.DEFAULT_MAX_CONCURRENT_FETCHES));
        IngestSettings settings = IngestSettings.DEFAULTS.withFetchPages(false).withRespectRobots(false);
        MockProducer<String, RawMention> producer =
                new MockProducer<>(true, null, new StringSerializer(), EventSerdes.RAW_MENTION.serializer());
        System.out.printf("polling benchmark: %d feeds on %d hosts, %d items each, %d cycles, max heap %d MB, %d cores%n",
                feeds, HOSTS, ITEMS_PER_FEED, cycles, Runtime.getRuntime().maxMemory() / (1024 * 1024),
                Runtime.getRuntime().availableProcessors());
        try (HttpClient client = HttpFetcher.newClient(fetch);
             InMemorySeenStore seen = new InMemorySeenStore();
             IngestService service = new IngestService(new Sources(sources), new HttpFetcher(client, fetch), new RomeFeedParser(),
                     new ArticleExtractor(), seen, producer, settings, Clock.systemUTC(), null)) {
            for (int c = 1; c <= cycles; c++) {
                cycle.set(c);
                CycleSummary s = service.runOnce();
                producer.clear();
                System.out.printf("cycle %d: %.1f s, %d feeds, %d failed, %d not modified, %d entries, %d sent, %d duplicates, %d errors%n",
                        c, s.duration().toMillis() / 1000.0, s.sources(), s.sourcesFailed(), s.notModified(), s.entries(),
                        s.sent(), s.duplicates(), s.errors());
            }
            System.out.println("fetch counters: " + service.counters());
        } finally {
            servers.forEach(s -> s.stop(0));
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        long gcs = ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
        System.out.printf("peak heap used (sum of pool peaks): %d MB; GC collections: %d%n", peak / (1024 * 1024), gcs);
    }

    private static void feed(HttpExchange ex) throws IOException {
        int i = Integer.parseInt(ex.getRequestURI().getPath().substring("/feed/".length()));
        int c = cycle.get();
        sleep(20 + (i * 37L) % 181);
        // Moduli prime to the host count, so failing and slow feeds spread over all hosts.
        if (i % 53 == 0) {
            respond(ex, 500, "text/plain", "internal error".getBytes(UTF_8), null);
            return;
        }
        if (i % 97 == 1) {
            sleep(3000);
        }
        boolean etagFeed = i % 11 == 2;
        // ETag feeds never change (304 after the first cycle); the others get one new item per cycle.
        int newest = etagFeed ? 0 : c;
        String etag = "\"f" + i + "-" + newest + "\"";
        if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            ex.sendResponseHeaders(304, -1);
            ex.close();
            return;
        }
        StringBuilder rss = new StringBuilder(4096).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>")
                .append("<title>Feed ").append(i).append("</title><link>http://example.org/</link><language>fr</language>");
        Instant base = Instant.parse("2026-07-21T12:00:00Z");
        for (int k = newest; k > newest - ITEMS_PER_FEED; k--) {
            rss.append("<item><title>Article ").append(k).append(" du flux ").append(i).append(" sur Marseille</title>")
                    .append("<link>https://outlet").append(i).append(".example/article/").append(k).append("</link>")
                    .append("<pubDate>").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(
                            base.plus(Duration.ofMinutes(30L * k)).atZone(ZoneOffset.UTC))).append("</pubDate>")
                    .append("<description>Résumé de l'article ").append(k)
                    .append(" : la Métropole Aix-Marseille-Provence annonce des travaux sur le port et le tramway.</description></item>");
        }
        rss.append("</channel></rss>");
        respond(ex, 200, "application/rss+xml; charset=utf-8", rss.toString().getBytes(UTF_8), etag);
    }

    private static void respond(HttpExchange ex, int status, String type, byte[] body, String etag) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        if (etag != null) {
            ex.getResponseHeaders().add("ETag", etag);
        }
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
