package io.vigie.ingest.poll;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.vigie.ingest.dedupe.FileSeenStore;
import io.vigie.ingest.extract.ArticleExtractor;
import io.vigie.ingest.feed.RomeFeedParser;
import io.vigie.ingest.fetch.AddressGuard;
import io.vigie.ingest.fetch.FetchSettings;
import io.vigie.ingest.fetch.HttpFetcher;
import io.vigie.ingest.fetch.RetryPolicy;
import io.vigie.ingest.fetch.Sleeper;
import io.vigie.ingest.health.SourceHealth;
import io.vigie.ingest.health.SourceHealthStore;
import io.vigie.ingest.kafka.RawMentionProducers;
import io.vigie.ingest.source.SourceDefinition;
import io.vigie.ingest.source.Sources;
import io.vigie.model.RawMention;
import io.vigie.model.TextSource;
import io.vigie.model.json.EventSerdes;
import io.vigie.testkit.TestInfra;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One cycle against a hostile local web server alongside a good source: gzip bombs, a 50 MB page,
 * one-byte-per-second trickles, redirect loops, wrong charsets, a 10,000-item feed, and links to
 * loopback and cloud-metadata addresses. Each gets a counted error naming its source (or, for
 * charsets, a mention anyway); the good source's articles reach a real Kafka intact.
 */
class HostileSourcesIT {
    private static HttpServer server;
    private static String base;
    private static int port;

    private static final String ARTICLE = """
            <html lang="fr"><head><meta charset="utf-8"><title>%1$s</title></head><body><article><h1>%1$s</h1>
            <p>%1$s. Le port de Marseille-Fos annonce des résultats en hausse pour le premier semestre de l'année.</p>
            <p>La Métropole Aix-Marseille-Provence prévoit de nouveaux investissements dans les transports d'ici 2028.</p>
            </article></body></html>""";

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        port = server.getAddress().getPort();
        base = "http://127.0.0.1:" + port;
        byte[] bomb = gzip(new byte[30 * 1024 * 1024]);
        server.createContext("/good.xml", ex -> respond(ex, "application/rss+xml", rss(
                item("Port de Marseille", base + "/articles/port.html"), item("Tramway d'Aix", base + "/articles/tram.html"))));
        server.createContext("/articles/", ex -> {
            String name = ex.getRequestURI().getPath().replace("/articles/", "");
            respond(ex, "text/html; charset=utf-8", ARTICLE.formatted("Article " + name).getBytes(UTF_8));
        });
        server.createContext("/hostile.xml", ex -> respond(ex, "application/rss+xml", rss(
                item("Bombe", base + "/bomb.html"),
                item("Page de 50 Mo", base + "/huge.html"),
                item("Goutte à goutte", base + "/trickle.html"),
                item("Boucle", base + "/loop-a.html"),
                item("Mauvais charset à Marseille", base + "/charset.html"),
                item("Boucle locale", "http://127.0.0.2:" + port + "/private.html"),
                item("Métadonnées", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"))));
        server.createContext("/bomb.html", ex -> gzipped(ex, "text/html", bomb));
        server.createContext("/bomb.xml", ex -> gzipped(ex, "application/rss+xml", bomb));
        server.createContext("/huge.html", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 50L * 1024 * 1024);
            try (OutputStream out = ex.getResponseBody()) {
                byte[] chunk = new byte[64 * 1024];
                for (int i = 0; i < 800; i++) {
                    out.write(chunk);
                }
            } catch (IOException expected) {
                // the fetcher hangs up at its limit
            }
        });
        server.createContext("/trickle.html", HostileSourcesIT::trickle);
        server.createContext("/trickle.xml", HostileSourcesIT::trickle);
        server.createContext("/loop-a.html", ex -> redirect(ex, "/loop-b.html"));
        server.createContext("/loop-b.html", ex -> redirect(ex, base + "/loop-a.html"));
        server.createContext("/loop.xml", ex -> redirect(ex, "/loop.xml"));
        // Declared UTF-8, written in Latin-1: bytes that are not valid UTF-8.
        server.createContext("/charset.html", ex -> respond(ex, "text/html; charset=utf-8",
                ARTICLE.replace("<meta charset=\"utf-8\">", "").formatted("Mauvais charset à Marseille").getBytes(ISO_8859_1)));
        server.createContext("/latin.xml", ex -> respond(ex, "application/rss+xml; charset=utf-8",
                rss(item("Été à Marseille", base + "/articles/latin.html")).getBytes(ISO_8859_1)));
        server.createContext("/many.xml", ex -> {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                items.add(item("Article " + i + " sur Marseille", base + "/articles/many-" + i + ".html"));
            }
            respond(ex, "application/rss+xml", rss(items.toArray(String[]::new)));
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static String item(String title, String link) {
        return "<item><title>" + title + "</title><link>" + link + "</link><description>Résumé : " + title
                + ".</description></item>";
    }

    private static String rss(String... items) {
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><language>fr</language>"
                + String.join("", items) + "</channel></rss>";
    }

    private static void trickle(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().add("Content-Type", "text/html");
        ex.sendResponseHeaders(200, 0);
        try (OutputStream out = ex.getResponseBody()) {
            for (int i = 0; i < 30; i++) {
                out.write('<');
                out.flush();
                Thread.sleep(1000);
            }
        } catch (IOException | InterruptedException expected) {
            // the fetcher gave up
        }
    }

    private static void respond(HttpExchange ex, String type, String body) throws IOException {
        respond(ex, type, body.getBytes(UTF_8));
    }

    private static void respond(HttpExchange ex, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static void gzipped(HttpExchange ex, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Encoding", "gzip");
        respond(ex, type, body);
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().add("Location", location);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(data);
        }
        return bytes.toByteArray();
    }

    private static Sources sources() {
        return Sources.of(
                SourceDefinition.builder("good", base + "/good.xml").name("Good News").build(),
                SourceDefinition.builder("hostile-pages", base + "/hostile.xml").build(),
                SourceDefinition.builder("bomb-feed", base + "/bomb.xml").build(),
                SourceDefinition.builder("trickle-feed", base + "/trickle.xml").build(),
                SourceDefinition.builder("loop-feed", base + "/loop.xml").build(),
                SourceDefinition.builder("latin-feed", base + "/latin.xml").build(),
                SourceDefinition.builder("many-items", base + "/many.xml").build());
    }

    @Test
    void everyHostileInputIsACountedErrorNamingItsSourceAndGoodSourcesProceed(@TempDir Path dataDir) {
        String topic = "it.ingest.hostile." + UUID.randomUUID();
        TestInfra.createTopics(Map.of(topic, 1));
        String bootstrap = TestInfra.kafkaBootstrap();
        IngestSettings settings = new IngestSettings(Duration.ofMinutes(10), 50, true, 100, Duration.ofSeconds(30), topic, 10_000);
        FetchSettings fetch = FetchSettings.DEFAULTS.withReadTimeout(Duration.ofSeconds(2)).withMaxBodyBytes(2 * 1024 * 1024)
                .withMinDelayPerHost(Duration.ZERO).withMaxConcurrentPerHost(8)
                .withRetry(new RetryPolicy(2, Duration.ofMillis(100), Duration.ofSeconds(1)));
        // The test server is on 127.0.0.1: the guard treats that one address as public, so that only
        // the links to 127.0.0.2 and 169.254.169.254 are judged (and refused before any connection).
        AddressGuard guard = new AddressGuard(false, host -> host.equals("127.0.0.1")
                ? new InetAddress[] {InetAddress.getByName("93.184.216.34")} : InetAddress.getAllByName(host));

        CycleSummary cycle;
        Map<String, SourceHealth> health;
        try (HttpClient client = HttpFetcher.newClient(fetch);
             Producer<String, RawMention> producer = RawMentionProducers.create(bootstrap, "ingest-hostile-it");
             FileSeenStore seen = FileSeenStore.open(dataDir, 10_000);
             IngestService service = new IngestService(sources(), new HttpFetcher(client, fetch, guard, Sleeper.REAL, Math::random),
                     new RomeFeedParser(), new ArticleExtractor(), seen, producer, settings, Clock.systemUTC(),
                     new SourceHealthStore(dataDir))) {
            cycle = service.runOnce();
            health = service.health().stream().collect(Collectors.toMap(SourceHealth::sourceId, h -> h));
            assertThat(service.counters()).containsEntry("feeds_truncated", 1L);
        }

        assertThat(health.get("good").errorsByKind()).isEmpty();
        assertThat(health.get("good").mentionsSent()).isEqualTo(2);

        SourceHealth pages = health.get("hostile-pages");
        assertThat(pages.errorsByKind()).isEqualTo(Map.of("page_too_large", 2L, "page_timeout", 1L, "page_redirect", 1L,
                "page_blocked_address", 2L));
        assertThat(pages.mentionsSent()).isEqualTo(7);
        assertThat(pages.pageFallbacks()).isEqualTo(6);

        assertThat(health.get("bomb-feed").errorsByKind()).isEqualTo(Map.of("feed_too_large", 1L));
        assertThat(health.get("bomb-feed").lastError()).startsWith("body larger than 2 MB").contains("/bomb.xml");
        assertThat(health.get("trickle-feed").errorsByKind()).isEqualTo(Map.of("feed_timeout", 1L));
        assertThat(health.get("trickle-feed").lastError()).startsWith("timeout after 2s").contains("/trickle.xml");
        assertThat(health.get("loop-feed").errorsByKind()).isEqualTo(Map.of("feed_redirect", 1L));
        assertThat(health.get("loop-feed").lastError()).startsWith("redirect loop");
        for (String failing : List.of("bomb-feed", "trickle-feed", "loop-feed")) {
            assertThat(health.get(failing).consecutiveFailures()).as(failing).isEqualTo(1);
            assertThat(health.get(failing).lastSuccess()).as(failing).isNull();
        }
        assertThat(health.get("latin-feed").mentionsSent()).isEqualTo(1);
        assertThat(health.get("many-items").itemsSeen()).isEqualTo(50);
        assertThat(health.get("many-items").mentionsSent()).isEqualTo(50);

        assertThat(cycle.sourcesFailed()).isEqualTo(3);
        assertThat(cycle.sent()).isEqualTo(2 + 7 + 1 + 50);
        assertThat(cycle.errors()).isEqualTo(6 + 3);
        // Health survived in the data folder for `vigie sources`.
        assertThat(new SourceHealthStore(dataDir).load().get("hostile-pages").errorsByKind()).containsEntry("page_timeout", 1L);

        Map<String, RawMention> byUrl = readAll(bootstrap, topic, 60).stream().map(ConsumerRecord::value)
                .collect(Collectors.toMap(RawMention::canonicalUrl, m -> m));
        assertThat(byUrl.get(base + "/articles/port.html").textSource()).isEqualTo(TextSource.PAGE);
        assertThat(byUrl.get(base + "/articles/port.html").text()).contains("Marseille-Fos");
        RawMention charset = byUrl.get(base + "/charset.html");
        assertThat(charset.textSource()).isEqualTo(TextSource.PAGE);
        assertThat(charset.text()).contains("Marseille-Fos");
        RawMention metadata = byUrl.get("http://169.254.169.254/latest/meta-data/iam/security-credentials/");
        assertThat(metadata.textSource()).isEqualTo(TextSource.FEED);
        assertThat(metadata.text()).startsWith("Métadonnées");
    }

    private static List<ConsumerRecord<String, RawMention>> readAll(String bootstrap, String topic, int expected) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "hostile-it-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, RawMention>> out = new ArrayList<>();
        try (KafkaConsumer<String, RawMention> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                EventSerdes.RAW_MENTION.deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long total = consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
            assertThat(total).as("records in " + topic).isEqualTo(expected);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (out.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        assertThat(out).hasSize(expected);
        return out;
    }
}
