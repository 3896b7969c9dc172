package io.vigie.ingest.poll;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.vigie.ingest.dedupe.FileSeenStore;
import io.vigie.ingest.feed.RomeFeedParser;
import io.vigie.ingest.fetch.FetchSettings;
import io.vigie.ingest.fetch.HttpFetcher;
import io.vigie.ingest.kafka.RawMentionProducers;
import io.vigie.ingest.source.SourceDefinition;
import io.vigie.ingest.source.Sources;
import io.vigie.model.MentionId;
import io.vigie.model.RawMention;
import io.vigie.model.SourceTier;
import io.vigie.model.TextSource;
import io.vigie.model.json.EventSerdes;
import io.vigie.testkit.TestInfra;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * Ingest end to end: a local web server with feeds and hostile pages, a real Kafka from the testkit.
 */
class IngestKafkaIT {
    private static HttpServer server;
    private static String base;

    private static final String ARTICLE = """
            <html lang="fr"><head><meta charset="utf-8"><title>%1$s | Site</title>
            <meta property="og:site_name" content="Local News"><link rel="canonical" href="%2$s">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"%1$s","datePublished":"2026-07-21T22:10:00+02:00",
            "author":{"@type":"Person","name":"Claire Vidal"}}</script></head>
            <body><nav>Accueil | Marseille</nav><div class="cookie-banner">Acceptez les cookies</div>
            <article><h1>%1$s</h1><p>%3$s Le port de Marseille-Fos annonce des résultats en hausse pour le premier semestre.</p>
            <p>Les habitants du quartier de la Joliette constatent une amélioration de la qualité de l'air depuis le branchement des ferries.</p>
            <p>La Métropole Aix-Marseille-Provence prévoit de nouveaux investissements d'ici 2028.</p></article>
            <footer>© Local News</footer></body></html>""";

    @BeforeAll
    static void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/rss.xml", ex -> feed(ex, "application/rss+xml; charset=utf-8", rss()));
        server.createContext("/atom.xml", ex -> feed(ex, "application/atom+xml", atom()));
        // Not a feed at all (an HTML error page served as RSS): nothing to recover.
        server.createContext("/broken.xml", ex -> respond(ex, 200, "application/rss+xml",
                "<html><head><title>Maintenance</title></head><body><p>Back soon</p></body></html>"));
        server.createContext("/gone.xml", ex -> respond(ex, 404, "text/html", "not here"));
        server.createContext("/articles/", IngestKafkaIT::article);
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    private static String rss() {
        StringBuilder items = new StringBuilder();
        String[][] entries = {
                {"Port : l'air de la Joliette s'améliore", "/articles/port.html?utm_source=rss&amp;utm_medium=feed"},
                {"Tramway : les rails arrivent", "/articles/tram.html"},
                {"Canicule : page supprimée", "/articles/missing.html"},
                {"Incendie : serveur en panne", "/articles/error.html"},
                {"Festival : serveur très lent", "/articles/slow.html"},
                {"Logement : page énorme", "/articles/huge.html"},
                {"Culture : page vide", "/articles/empty.html"}};
        for (String[] e : entries) {
            items.append("<item><title>").append(e[0]).append("</title><link>").append(base).append(e[1])
                    .append("</link><pubDate>Tue, 21 Jul 2026 20:00:00 GMT</pubDate><description>Résumé : ")
                    .append(e[0]).append(".</description></item>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Local</title><language>fr</language>"
                + items + "</channel></rss>";
    }

    private static String atom() {
        return "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Other</title><id>o</id><updated>2026-07-22T00:00:00Z</updated>"
                + "<entry><title>Same port story, syndicated</title><link href=\"" + base
                + "/articles/port.html?fbclid=abc\"/><id>o1</id><updated>2026-07-22T00:00:00Z</updated></entry>"
                + "<entry><title>Start-ups bet on the sea</title><link href=\"" + base
                + "/articles/startups-amp.html\"/><id>o2</id><updated>2026-07-22T00:00:00Z</updated></entry></feed>";
    }

    private static void article(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        switch (path) {
            case "/articles/port.html" -> respond(ex, 200, "text/html; charset=utf-8",
                    ARTICLE.formatted("Port : l'air de la Joliette s'améliore", base + "/articles/port.html", "Un an après,"));
            case "/articles/tram.html" -> respond(ex, 200, "text/html; charset=utf-8",
                    ARTICLE.formatted("Tramway : les rails arrivent", base + "/articles/tram.html", "Boulevard Henri-Barnier,"));
            // An AMP copy declaring its canonical page: the mention carries the canonical URL.
            case "/articles/startups-amp.html" -> respond(ex, 200, "text/html; charset=utf-8",
                    ARTICLE.formatted("Start-ups bet on the sea", base + "/articles/startups.html", "La Belle de Mai,"));
            case "/articles/missing.html" -> respond(ex, 404, "text/html", "<h1>404</h1>");
            case "/articles/error.html" -> respond(ex, 500, "text/html", "<h1>Internal error</h1>");
            case "/articles/slow.html" -> {
                try {
                    Thread.sleep(5_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                respond(ex, 200, "text/html", "<p>too late</p>");
            }
            case "/articles/huge.html" -> {
                ex.getResponseHeaders().add("Content-Type", "text/html");
                ex.sendResponseHeaders(200, 0);
                try (OutputStream out = ex.getResponseBody()) {
                    byte[] chunk = "<p>bla bla bla bla bla bla</p>\n".repeat(1000).getBytes(UTF_8);
                    for (int i = 0; i < 200; i++) {
                        out.write(chunk);
                    }
                } catch (IOException expected) {
                    // the fetcher hangs up at the limit
                }
            }
            case "/articles/empty.html" -> respond(ex, 200, "text/html", "<html><body><nav>menu</nav><script>app()</script></body></html>");
            default -> respond(ex, 404, "text/plain", "no");
        }
    }

    private static void feed(HttpExchange ex, String type, String body) throws IOException {
        String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
        if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            ex.sendResponseHeaders(304, -1);
            ex.close();
            return;
        }
        ex.getResponseHeaders().add("ETag", etag);
        respond(ex, 200, type, body);
    }

    private static void respond(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Sources sources() {
        return Sources.of(
                SourceDefinition.builder("local-rss", base + "/rss.xml").name("Local News").country("FR").language("fr")
                        .tier(SourceTier.REGIONAL).build(),
                SourceDefinition.builder("local-atom", base + "/atom.xml").name("Other Outlet").language("en")
                        .tier(SourceTier.INTERNATIONAL).audienceWeight(2.0).build(),
                SourceDefinition.builder("broken", base + "/broken.xml").build(),
                SourceDefinition.builder("gone", base + "/gone.xml").build());
    }

    @Test
    void pollsFeedsSendsEachArticleOnceAndCountsEveryFailure(@TempDir Path dataDir) {
        String topic = "it.ingest.raw." + UUID.randomUUID();
        TestInfra.createTopics(Map.of(topic, 3));
        String bootstrap = TestInfra.kafkaBootstrap();
        IngestSettings settings = new IngestSettings(Duration.ofMinutes(5), 100, true, 100, Duration.ofSeconds(30), topic, 10_000);
        FetchSettings fetch = FetchSettings.DEFAULTS.withAllowPrivateAddresses(true)
                .withReadTimeout(Duration.ofSeconds(1)).withMaxBodyBytes(1024 * 1024);

        CycleSummary first;
        CycleSummary second;
        CycleSummary afterRestart;
        Map<String, Long> rssErrors;
        try (HttpClient client = HttpFetcher.newClient(fetch);
             Producer<String, RawMention> producer = RawMentionProducers.create(bootstrap, "ingest-it")) {
            HttpFetcher fetcher = new HttpFetcher(client, fetch);
            try (FileSeenStore seen = FileSeenStore.open(dataDir, 10_000);
                 IngestService service = new IngestService(sources(), fetcher, new RomeFeedParser(), seen, producer, settings)) {
                first = service.runOnce();
                rssErrors = service.health("local-rss").errorsByKind();
                assertThat(service.health("broken").errorsByKind()).isEqualTo(Map.of("feed_parse", 1L));
                assertThat(service.health("broken").lastError()).startsWith("malformed feed:").contains("/broken.xml");
                assertThat(service.health("gone").errorsByKind()).isEqualTo(Map.of("feed_http_status", 1L));
                assertThat(service.health("gone").lastError()).startsWith("HTTP 404");
                assertThat(service.health("gone").lastSuccess()).isNull();
                assertThat(service.health("local-atom").errorsByKind()).isEmpty();
                assertThat(service.health("local-rss").lastSuccess()).isNotNull();
                second = service.runOnce();
            }
            try (FileSeenStore seen = FileSeenStore.open(dataDir, 10_000);
                 IngestService restarted = new IngestService(sources(), fetcher, new RomeFeedParser(), seen, producer, settings)) {
                afterRestart = restarted.runOnce();
            }
        }

        assertThat(rssErrors).isEqualTo(Map.of("page_http_status", 2L, "page_timeout", 1L, "page_too_large", 1L));
        assertThat(first.sent()).isEqualTo(8);
        assertThat(first.duplicates()).isEqualTo(1); // the port story again, from the Atom feed
        assertThat(first.pageFallbacks()).isEqualTo(5);
        assertThat(first.sourcesFailed()).isEqualTo(2);
        assertThat(first.errors()).isEqualTo(6);

        // Same feeds again: answered 304 thanks to the remembered ETags, nothing sent.
        assertThat(second.sent()).isZero();
        assertThat(second.notModified()).isEqualTo(2);
        // New process on the same data dir: feeds fetched in full, every entry recognised.
        assertThat(afterRestart.sent()).isZero();
        assertThat(afterRestart.notModified()).isZero();
        assertThat(afterRestart.duplicates()).isEqualTo(9);

        List<ConsumerRecord<String, RawMention>> records = readAll(bootstrap, topic, 8);
        Map<String, RawMention> byCanonical = records.stream().map(ConsumerRecord::value)
                .collect(Collectors.toMap(RawMention::canonicalUrl, Function.identity()));
        Map<String, TextSource> expected = Map.of(
                base + "/articles/port.html", TextSource.PAGE,
                base + "/articles/tram.html", TextSource.PAGE,
                base + "/articles/startups.html", TextSource.PAGE,
                base + "/articles/missing.html", TextSource.FEED,
                base + "/articles/error.html", TextSource.FEED,
                base + "/articles/slow.html", TextSource.FEED,
                base + "/articles/huge.html", TextSource.FEED,
                base + "/articles/empty.html", TextSource.FEED);
        assertThat(byCanonical.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((url, textSource) -> assertThat(byCanonical.get(url).textSource()).as(url).isEqualTo(textSource));
        assertThat(records).allSatisfy(r -> {
            assertThat(r.key()).isEqualTo(r.value().id()).isEqualTo(MentionId.of(r.value().canonicalUrl()));
            assertThat(r.value().text()).isNotBlank();
        });

        RawMention port = byCanonical.get(base + "/articles/port.html");
        // Both feeds carry it and are polled concurrently: whichever claims it first sends it, once.
        assertThat(port.source().id()).isIn("local-rss", "local-atom");
        assertThat(port.url()).containsAnyOf("utm_source=rss", "fbclid=abc");
        assertThat(port.text()).startsWith("Un an après, Le port de Marseille-Fos").doesNotContain("cookies", "Accueil", "© Local News");
        assertThat(port.text().split("\n\n")).hasSize(3);
        assertThat(port.authors()).containsExactly("Claire Vidal");
        assertThat(port.siteName()).isEqualTo("Local News");
        assertThat(port.languageHints()).containsExactly("fr");

        RawMention startups = byCanonical.get(base + "/articles/startups.html");
        assertThat(startups.url()).endsWith("/articles/startups-amp.html");
        assertThat(startups.source().tier()).isEqualTo(SourceTier.INTERNATIONAL);
        assertThat(startups.source().audienceWeight()).isEqualTo(2.0);

        RawMention slow = byCanonical.get(base + "/articles/slow.html");
        assertThat(slow.title()).isEqualTo("Festival : serveur très lent");
        assertThat(slow.text()).isEqualTo("Festival : serveur très lent\n\nRésumé : Festival : serveur très lent.");
        assertThat(slow.description()).isEqualTo("Résumé : Festival : serveur très lent.");
        assertThat(slow.published()).isNotNull();
    }

    /** Reads the topic from the start until its end offsets; asserts the record count. */
    private static List<ConsumerRecord<String, RawMention>> readAll(String bootstrap, String topic, int expected) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "ingest-it-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, RawMention>> out = new ArrayList<>();
        try (KafkaConsumer<String, RawMention> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                EventSerdes.RAW_MENTION.deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long total = consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
            // Every send was acknowledged before runOnce returned: the end offsets are final.
            assertThat(total).as("records in " + topic).isEqualTo(expected);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
                return out.size() >= expected;
            });
        }
        return out;
    }
}
