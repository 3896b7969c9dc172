package io.vigie.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.vigie.app.config.ConfigLoader;
import io.vigie.app.config.VigieConfig;
import io.vigie.app.runtime.EnrichStage;
import io.vigie.app.runtime.IndexStage;
import io.vigie.app.runtime.IngestStage;
import io.vigie.index.client.ElasticsearchClients;
import io.vigie.ingest.poll.CycleSummary;
import io.vigie.model.EnrichedMention;
import io.vigie.model.Topics;
import io.vigie.model.json.EventSerdes;
import io.vigie.model.json.Json;
import io.vigie.testkit.TestInfra;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walking skeleton end to end, on real Kafka and Elasticsearch: feeds and article pages served
 * over HTTP, through ingest, enrich and index, into the searchable alias.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineEndToEndIT {
    private static final int BULK_FEEDS = 3;
    private static final int BULK_ITEMS_PER_FEED = 120;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dataDir;

    static FixtureNewsSite site;
    static String bootstrap;
    static String elasticsearch;
    static ElasticsearchClient client;

    @BeforeAll
    static void start() throws IOException {
        bootstrap = TestInfra.kafkaBootstrap();
        elasticsearch = TestInfra.elasticsearchUrl();
        client = ElasticsearchClients.create(elasticsearch, null, null, null);
        TestInfra.createTopics(Map.of(Topics.MENTIONS_RAW, 3, Topics.MENTIONS_ENRICHED, 3, Topics.DEAD_LETTERS, 1));
        site = new FixtureNewsSite(Duration.ofMillis(40));
        publishSmallSite();
        publishBulkSite();
    }

    @AfterAll
    static void stop() throws IOException {
        if (site != null) {
            site.close();
        }
        if (client != null) {
            client.close();
        }
    }

    @Test
    @Order(1)
    void everyArticleOfTheFeedIsSearchableAndRepollingAddsNothing() throws Exception {
        VigieConfig config = config("small", List.of("e2e-small"));
        try (IndexStage index = IndexStage.start(config, bootstrap, elasticsearch, client);
             EnrichStage enrich = EnrichStage.start(config, bootstrap, "e2e-enrich-small");
             IngestStage ingest = IngestStage.start(config, bootstrap, null)) {

            await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                    assertThat(count("e2e-small")).isEqualTo(3));

            JsonNode fr = onlyHit("e2e-small", "canonical_url",
                    site.base() + "/economie/marseille-port-electrification-quais");
            assertThat(fr.get("title").asText()).isEqualTo("À Marseille, le port accélère l'électrification des quais");
            assertThat(fr.get("lang").asText()).isEqualTo("fr");
            assertThat(Instant.parse(fr.get("@timestamp").asText())).isEqualTo(Instant.parse("2026-11-18T06:30:00Z"));
            assertThat(fr.get("url").asText()).isEqualTo(site.base() + "/small/port-quais?utm_source=rss&utm_medium=feed");
            assertThat(fr.get("text").asText()).contains("bornes de branchement électrique")
                    .doesNotContain("cookies").doesNotContain("À lire aussi").doesNotContain("Mentions légales");

            JsonNode en = onlyHit("e2e-small", "canonical_url",
                    site.base() + "/business/2026/nov/19/marseille-startup-ship-batteries");
            assertThat(en.get("title").asText()).isEqualTo("Marseille start-up raises €50m to build batteries for ships");
            assertThat(en.get("lang").asText()).isEqualTo("en");
            assertThat(Instant.parse(en.get("@timestamp").asText())).isEqualTo(Instant.parse("2026-11-19T10:15:00Z"));

            // The page is gone: the feed's title and summary are kept rather than losing the mention.
            JsonNode gone = onlyHit("e2e-small", "title", "Aix-en-Provence: the festival announces its 2027 season");
            assertThat(gone.get("text_source").asText()).isEqualTo("feed");
            assertThat(gone.get("lang").asText()).isEqualTo("en");
            assertThat(gone.get("source").get("name").asText()).isEqualTo("Le Courrier du Midi (test)");

            await().atMost(Duration.ofSeconds(30)).until(() -> ingest.service().counters().getOrDefault("cycles", 0L) >= 1);
            long rawBefore = endOffsetSum(Topics.MENTIONS_RAW);
            CycleSummary second = ingest.service().runOnce();

            assertThat(second.sent()).isZero();
            assertThat(endOffsetSum(Topics.MENTIONS_RAW)).isEqualTo(rawBefore);
            refresh();
            assertThat(count("e2e-small")).isEqualTo(3);
        }
    }

    @Test
    @Order(2)
    void restartingEnrichAndIndexMidStreamLosesAndDuplicatesNothing() throws Exception {
        List<String> sourceIds = new ArrayList<>();
        for (int f = 1; f <= BULK_FEEDS; f++) {
            sourceIds.add("e2e-bulk-" + f);
        }
        VigieConfig config = config("bulk", sourceIds);
        int expected = BULK_FEEDS * BULK_ITEMS_PER_FEED;

        try (IngestStage ingest = IngestStage.start(config, bootstrap, null)) {
            IndexStage index = IndexStage.start(config, bootstrap, elasticsearch, client);
            EnrichStage enrich = EnrichStage.start(config, bootstrap, "e2e-enrich-bulk");
            await().atMost(Duration.ofSeconds(90)).until(() -> count(sourceIds) >= 40);
            long indexedBeforeRestart = count(sourceIds);
            enrich.close();
            index.close();
            assertThat(indexedBeforeRestart).as("restart happens mid-stream").isLessThan(expected);

            try (IndexStage index2 = IndexStage.start(config, bootstrap, elasticsearch, client);
                 EnrichStage enrich2 = EnrichStage.start(config, bootstrap, "e2e-enrich-bulk")) {
                await().atMost(Duration.ofSeconds(180)).untilAsserted(() ->
                        assertThat(count(sourceIds)).isEqualTo(expected));
            }
        }

        Map<String, Long> enrichedPerId = enrichedRecordsPerId(Set.copyOf(sourceIds));
        assertThat(enrichedPerId).hasSize(expected);
        assertThat(enrichedPerId.values()).as("each mention enriched exactly once").containsOnly(1L);
    }

    private static void publishSmallSite() {
        String base = site.base();
        // Canonical links must stay on the fetched site to be trusted, so the pages declare this server's.
        site.html("/small/port-quais", FixtureNewsSite.resource("article-fr.html")
                .replace("https://www.courrier-du-midi.example", base));
        site.html("/small/startup-batteries", FixtureNewsSite.resource("article-en.html")
                .replace("https://www.channel-herald.example", base));
        site.rss("/small/feed.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel>
                <title>Le Courrier du Midi</title><link>%1$s/</link><language>fr</language>
                <item><title>À Marseille, le port accélère l'électrification des quais</title>
                  <link>%1$s/small/port-quais?utm_source=rss&amp;utm_medium=feed</link>
                  <pubDate>Wed, 18 Nov 2026 06:30:00 GMT</pubDate>
                  <description>Le port branche les ferries au réseau électrique.</description></item>
                <item><title>Marseille start-up raises €50m to build batteries for ships</title>
                  <link>%1$s/small/startup-batteries</link>
                  <pubDate>Thu, 19 Nov 2026 10:15:00 GMT</pubDate>
                  <description>A Marseille start-up closed a large funding round.</description></item>
                <item><title>Aix-en-Provence: the festival announces its 2027 season</title>
                  <link>%1$s/small/removed-article</link>
                  <pubDate>Fri, 20 Nov 2026 09:00:00 GMT</pubDate>
                  <description>The Aix-en-Provence festival unveiled an opera programme for next summer, with three world premieres and a new open-air stage in the old town.</description></item>
                </channel></rss>
                """.formatted(base));
    }

    private static void publishBulkSite() {
        Instant start = Instant.parse("2026-11-02T06:00:00Z");
        for (int f = 1; f <= BULK_FEEDS; f++) {
            StringBuilder items = new StringBuilder();
            for (int i = 1; i <= BULK_ITEMS_PER_FEED; i++) {
                String path = "/bulk/" + f + "/article-" + i;
                Instant published = start.plus(Duration.ofMinutes(37L * (f * 1000 + i)));
                boolean french = i % 2 == 0;
                String title = french
                        ? "Dépêche " + f + "-" + i + " : la Métropole Aix-Marseille-Provence présente un nouveau projet"
                        : "Dispatch " + f + "-" + i + ": Marseille unveils a new urban project";
                site.html(path, bulkPage(title, french, f, i));
                items.append("<item><title>").append(title).append("</title><link>").append(site.base()).append(path)
                        .append("</link><pubDate>").append(FixtureNewsSite.rfc822(published)).append("</pubDate></item>\n");
            }
            site.rss("/bulk/feed-" + f + ".xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                    + "<title>Bulk " + f + "</title><link>" + site.base() + "/</link>" + items + "</channel></rss>");
        }
    }

    private static String bulkPage(String title, boolean french, int feed, int item) {
        String body = french
                ? "<p>La Métropole Aix-Marseille-Provence a présenté mardi le projet numéro " + item + " du flux " + feed
                  + ", qui prévoit de nouveaux logements, des pistes cyclables et la rénovation d'une école.</p>"
                  + "<p>Les habitants du quartier seront consultés au printemps, a précisé la mairie, qui promet un chantier"
                  + " sobre en énergie et ouvert aux entreprises locales.</p>"
                : "<p>Marseille presented project number " + item + " of feed " + feed + " on Tuesday, with new homes,"
                  + " cycle lanes and the renovation of a school in the north of the city.</p>"
                  + "<p>Residents will be consulted in the spring, the city hall said, promising an energy-efficient"
                  + " building site open to local companies.</p>";
        return "<!DOCTYPE html><html lang=\"" + (french ? "fr" : "en") + "\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>" + title + "</h1>" + body
                + "</article><footer>© Bulk News</footer></body></html>";
    }

    private static VigieConfig config(String name, List<String> sourceIds) throws IOException {
        StringBuilder registry = new StringBuilder("sources:\n");
        for (int i = 0; i < sourceIds.size(); i++) {
            String url = name.equals("small") ? site.base() + "/small/feed.xml" : site.base() + "/bulk/feed-" + (i + 1) + ".xml";
            registry.append("  - id: ").append(sourceIds.get(i)).append('\n')
                    .append("    name: \"Le Courrier du Midi (test)\"\n")
                    .append("    url: \"").append(url).append("\"\n")
                    .append("    country: GB\n    tier: international\n");
        }
        Path file = dataDir.resolve(name + "-sources.yaml");
        Files.writeString(file, registry);
        return new ConfigLoader(Map.of(
                "VIGIE_DATA_DIR", dataDir.resolve(name).toString(),
                "VIGIE_INGEST_SOURCES", file.toString(),
                "VIGIE_INGEST_ALLOW_PRIVATE_ADDRESSES", "true",
                "VIGIE_INGEST_POLL_INTERVAL", "PT1H",
                // One local host serves every page: politeness delays would only slow the test down.
                "VIGIE_INGEST_MIN_DELAY_PER_HOST", "PT0S",
                "VIGIE_INDEX_FLUSH_INTERVAL", "PT0.2S")).load(null);
    }

    private static long count(String sourceId) throws Exception {
        return count(List.of(sourceId));
    }

    private static long count(List<String> sourceIds) throws Exception {
        String ids = sourceIds.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(","));
        JsonNode response = post("/vigie-mentions/_count", "{\"query\":{\"terms\":{\"source.id\":[" + ids + "]}}}");
        return response.path("count").asLong(-1);
    }

    private static JsonNode onlyHit(String sourceId, String field, String value) throws Exception {
        String fieldQuery = field.equals("title") ? "title.keyword" : field;
        JsonNode response = post("/vigie-mentions/_search", "{\"query\":{\"bool\":{\"filter\":["
                + "{\"term\":{\"source.id\":\"" + sourceId + "\"}},{\"term\":{\"" + fieldQuery + "\":"
                + Json.mapper().writeValueAsString(value) + "}}]}}}");
        JsonNode hits = response.path("hits").path("hits");
        assertThat(hits.size()).as("documents with %s = %s", field, value).isEqualTo(1);
        return hits.get(0).get("_source");
    }

    private static void refresh() throws Exception {
        post("/vigie-mentions/_refresh", "");
    }

    private static JsonNode post(String path, String body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(elasticsearch + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return Json.mapper().readTree(response.body());
    }

    private static long endOffsetSum(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Reads the whole enriched topic as a downstream consumer does (committed transactions only). */
    private static Map<String, Long> enrichedRecordsPerId(Set<String> sourceIds) {
        Map<String, Long> perId = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.MENTIONS_ENRICHED).stream()
                    .map(p -> new TopicPartition(Topics.MENTIONS_ENRICHED, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    EnrichedMention mention = EventSerdes.ENRICHED_MENTION.deserializer().deserialize(record.topic(), record.value());
                    if (sourceIds.contains(mention.mention().source().id())) {
                        perId.merge(mention.id(), 1L, Long::sum);
                    }
                }
            }
        }
        return perId;
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
