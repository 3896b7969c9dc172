package io.vigie.index.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigie.index.client.ElasticsearchClients;
import io.vigie.index.schema.IndexNames;
import io.vigie.index.schema.SchemaInstaller;
import io.vigie.index.testing.DeadLetters;
import io.vigie.index.testing.Mentions;
import io.vigie.index.testing.TcpProxy;
import io.vigie.model.DeadLetter;
import io.vigie.model.EnrichedMention;
import io.vigie.model.RawMention;
import io.vigie.model.SourceRef;
import io.vigie.model.SourceTier;
import io.vigie.model.json.EventSerdes;
import io.vigie.model.json.Json;
import io.vigie.testkit.ElasticsearchUrl;
import io.vigie.testkit.KafkaBootstrap;
import io.vigie.testkit.TestInfra;
import io.vigie.testkit.TestInfraExtension;
import jakarta.json.JsonObject;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestInfraExtension.class)
class IndexServiceIT {
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static String kafka;
    private static String esUrl;
    private static ElasticsearchClient es;
    private static KafkaProducer<String, byte[]> producer;
    private static Admin admin;

    @BeforeAll
    static void setUp(@KafkaBootstrap String bootstrap, @ElasticsearchUrl String url) {
        kafka = bootstrap;
        esUrl = url;
        es = ElasticsearchClients.create(url, null, null, null);
        new SchemaInstaller(es, 1, 0).applyAll();
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    @AfterAll
    static void tearDown() throws Exception {
        producer.close();
        admin.close();
        es.close();
    }

    /** A test's own topics, group and source id, so that tests sharing Kafka and Elasticsearch never meet. */
    private record Run(String topic, String dlq, String group, String sourceId, IndexSettings settings) {
        static Run create(String name, int partitions) {
            String suffix = name + "-" + UUID.randomUUID().toString().substring(0, 8);
            String topic = "it.enriched." + suffix;
            String dlq = "it.dlq." + suffix;
            TestInfra.createTopics(Map.of(topic, partitions, dlq, 1));
            IndexSettings settings = IndexSettings.defaults().withElasticsearchUrl(esUrl)
                    .withTopics(topic, dlq).withGroupId("it-" + suffix)
                    .withBatching(50, Duration.ofMillis(200))
                    .withBackoff(Duration.ofMillis(50), Duration.ofMillis(400));
            return new Run(topic, dlq, settings.groupId(), "src-" + suffix, settings);
        }

        IndexService service(ElasticsearchClient client) {
            return new IndexService(settings, client,
                    IndexConsumers.create(kafka, settings, Map.of()), producer);
        }

        IndexService service(ElasticsearchClient client, String group) {
            IndexSettings other = settings.withGroupId(group);
            return new IndexService(other, client, IndexConsumers.create(kafka, other, Map.of()), producer);
        }
    }

    private static SourceRef source(String id) {
        return new SourceRef(id, "La Provence", "feed", "laprovence.com", "FR", "fr", SourceTier.REGIONAL, 1.5);
    }

    private static EnrichedMention mention(String sourceId, int i, Instant published) {
        return mention(sourceId, i, published, published == null ? Mentions.FIRST_SEEN : published.plusSeconds(600));
    }

    private static EnrichedMention mention(String sourceId, int i, Instant published, Instant firstSeen) {
        String url = "https://www.laprovence.com/article/" + sourceId + "/" + i;
        RawMention base = Mentions.raw(url, published);
        RawMention raw = new RawMention(base.schemaVersion(), base.id(), url, url, "Article " + i + " sur Marseille",
                base.text(), base.textSource(), published, null, firstSeen, base.authors(), base.languageHints(), base.siteName(),
                base.description(), null, base.fingerprint(), source(sourceId));
        return Mentions.enriched(raw);
    }

    private static void send(String topic, String key, byte[] value) throws Exception {
        producer.send(new ProducerRecord<>(topic, key, value)).get();
    }

    private static byte[] bytes(EnrichedMention m) {
        return EventSerdes.ENRICHED_MENTION.serializer().serialize("t", m);
    }

    private static long countBySource(String sourceId) throws Exception {
        es.indices().refresh(r -> r.index(IndexNames.READ_ALIAS));
        return es.count(c -> c.index(IndexNames.READ_ALIAS)
                .query(q -> q.term(t -> t.field("source.id").value(sourceId)))).count();
    }

    private static Map<TopicPartition, Long> committed(String group) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, Long> out = new HashMap<>();
        offsets.forEach((tp, om) -> {
            if (om != null) {
                out.put(tp, om.offset());
            }
        });
        return out;
    }

    private static Map<TopicPartition, Long> endOffsets(String topic, int partitions) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        for (int p = 0; p < partitions; p++) {
            request.put(new TopicPartition(topic, p), OffsetSpec.latest());
        }
        Map<TopicPartition, Long> out = new HashMap<>();
        admin.listOffsets(request).all().get().forEach((tp, info) -> out.put(tp, info.offset()));
        return out;
    }

    @Test
    void indexesEveryMentionOnceDeadLettersPoisonAndCommitsOnlyAcknowledgedOffsets() throws Exception {
        Run run = Run.create("pipeline", 3);
        int n = 120;
        Instant published = Instant.parse("2019-05-14T09:00:00Z");
        List<EnrichedMention> sent = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            EnrichedMention m = mention(run.sourceId(), i, published.plusSeconds(i * 60L));
            sent.add(m);
            send(run.topic(), m.id(), bytes(m));
            if (i == 40) {
                send(run.topic(), "poison-key", "{\"schemaVersion\":1,\"mention\":".getBytes(StandardCharsets.UTF_8));
            }
            if (i == 80) {
                // A publication date no Elasticsearch date can hold: Elasticsearch itself rejects the document.
                EnrichedMention absurd = mention(run.sourceId(), 10_000,
                        Instant.parse("+300000000-01-01T00:00:00Z"), published);
                send(run.topic(), absurd.id(), bytes(absurd));
            }
        }
        // A newer producer's event: unknown top-level field and a higher schema version.
        EnrichedMention newer = mention(run.sourceId(), 20_000, published);
        ObjectNode tree = (ObjectNode) Json.mapper().readTree(bytes(newer));
        tree.put("schemaVersion", 2);
        tree.putObject("sentiment").put("label", "positive").put("score", 0.8);
        send(run.topic(), newer.id(), Json.mapper().writeValueAsBytes(tree));

        try (IndexService service = run.service(es)) {
            service.start();
            await().atMost(PATIENCE).until(() -> service.counters().indexed() == n + 1
                    && service.counters().deadLettered() == 2);
            assertThat(service.counters().deadLettered(DeadLetterReason.UNREADABLE)).isEqualTo(1);
            assertThat(service.counters().deadLettered(DeadLetterReason.REJECTED)).isEqualTo(1);
            Map<TopicPartition, Long> end = endOffsets(run.topic(), 3);
            await().atMost(PATIENCE).until(() -> committed(run.group()).equals(end));
        }

        assertThat(countBySource(run.sourceId())).isEqualTo(n + 1);
        EnrichedMention first = sent.get(0);
        SearchResponse<JsonData> byId = es.search(s -> s.index(IndexNames.READ_ALIAS)
                .query(q -> q.ids(i -> i.values(first.id()))), JsonData.class);
        assertThat(byId.hits().hits()).hasSize(1);
        Hit<JsonData> hit = byId.hits().hits().get(0);
        assertThat(hit.index()).isEqualTo("vigie-mentions-2019.05-000001");
        JsonObject doc = hit.source().toJson().asJsonObject();
        assertThat(doc.getString("id")).isEqualTo(first.id());
        assertThat(doc.getString("canonical_url")).isEqualTo(first.mention().canonicalUrl());
        assertThat(doc.getString("@timestamp")).isEqualTo("2019-05-14T09:00:00Z");
        assertThat(doc.getString("lang")).isEqualTo("fr");
        assertThat(doc.getJsonObject("source").getString("tier")).isEqualTo("regional");
        assertThat(doc.getString("text_source")).isEqualTo("page");
        // Analysed title: a word search finds it.
        assertThat(es.count(c -> c.index(IndexNames.READ_ALIAS).query(q -> q.bool(b -> b
                .filter(f -> f.term(t -> t.field("source.id").value(run.sourceId())))
                .must(m -> m.match(t -> t.field("title").query("marseille")))))).count()).isEqualTo(n + 1);

        SearchResponse<JsonData> newerHit = es.search(s -> s.index(IndexNames.READ_ALIAS)
                .query(q -> q.ids(i -> i.values(newer.id()))), JsonData.class);
        JsonObject newerDoc = newerHit.hits().hits().get(0).source().toJson().asJsonObject();
        assertThat(newerDoc.getInt("schema_version")).isEqualTo(2);
        assertThat(newerDoc.getJsonObject("sentiment").getString("label")).isEqualTo("positive");

        List<DeadLetter> letters = DeadLetters.read(kafka, run.dlq(), 2, PATIENCE);
        assertThat(letters).extracting(DeadLetter::stage).containsOnly("index");
        DeadLetter poison = letters.stream().filter(d -> "poison-key".equals(d.key())).findFirst().orElseThrow();
        assertThat(poison.reason()).startsWith("unreadable: not JSON");
        assertThat(poison.topic()).isEqualTo(run.topic());
        assertThat(new String(poison.payload(), StandardCharsets.UTF_8)).isEqualTo("{\"schemaVersion\":1,\"mention\":");
        DeadLetter rejected = letters.stream().filter(d -> d != poison).findFirst().orElseThrow();
        assertThat(rejected.reason()).startsWith("rejected: Elasticsearch refused mention").contains("published");

        // Restart with the same group: nothing to re-read, nothing changes.
        try (IndexService again = run.service(es)) {
            again.start();
            send(run.topic(), "poison-key-2", new byte[] {(byte) 0xff});
            await().atMost(PATIENCE).until(() -> again.counters().deadLettered() == 1);
            assertThat(again.counters().indexed()).isZero();
        }
        // Full re-delivery (a new group reads everything again): documents are overwritten, not duplicated.
        try (IndexService replay = run.service(es, run.group() + "-replay")) {
            replay.start();
            await().atMost(PATIENCE).until(() -> replay.counters().indexed() + replay.counters().superseded() == n + 1
                    && replay.counters().deadLettered() == 3);
        }
        assertThat(countBySource(run.sourceId())).isEqualTo(n + 1);
    }

    @Test
    void nothingIsLostOrCommittedWhileElasticsearchIsUnreachable() throws Exception {
        Run run = Run.create("esdown", 2);
        int n = 60;
        Instant published = Instant.parse("2019-06-02T10:00:00Z");
        for (int i = 0; i < n; i++) {
            EnrichedMention m = mention(run.sourceId(), i, published.plusSeconds(i));
            send(run.topic(), m.id(), bytes(m));
        }

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (ElasticsearchClient down = ElasticsearchClients.create("http://127.0.0.1:" + closedPort, null, null, null);
             IndexService service = run.service(down)) {
            service.start();
            // Several retry rounds, each failing: the documents keep coming back, never dropped.
            await().atMost(PATIENCE).until(() -> service.counters().retried() >= 5);
            assertThat(service.counters().isElasticsearchDown()).isTrue();
            assertThat(service.counters().elasticsearchDownPeriods()).isEqualTo(1);
            assertThat(service.counters().indexed()).isZero();
            assertThat(service.counters().deadLettered()).isZero();
            assertThat(committed(run.group())).as("no offset committed without acknowledgement").isEmpty();
        }
        assertThat(committed(run.group())).as("nor at shutdown").isEmpty();
        assertThat(countBySource(run.sourceId())).isZero();

        try (IndexService service = run.service(es)) {
            service.start();
            await().atMost(PATIENCE).until(() -> service.counters().indexed() == n);
            Map<TopicPartition, Long> end = endOffsets(run.topic(), 2);
            await().atMost(PATIENCE).until(() -> committed(run.group()).equals(end));
        }
        assertThat(countBySource(run.sourceId())).isEqualTo(n);
    }

    @Test
    void pausesWhileElasticsearchIsCutThenResumesWithoutLossOrDuplicates() throws Exception {
        Run run = Run.create("outage", 2);
        Instant published = Instant.parse("2019-07-03T10:00:00Z");
        int n = 50;
        try (TcpProxy proxy = new TcpProxy(esUrl);
             ElasticsearchClient viaProxy = ElasticsearchClients.create(proxy.url(), null, null, null);
             IndexService service = run.service(viaProxy)) {
            // Elasticsearch unreachable from the start.
            for (int i = 0; i < n; i++) {
                EnrichedMention m = mention(run.sourceId(), i, published.plusSeconds(i));
                send(run.topic(), m.id(), bytes(m));
            }
            service.start();
            await().atMost(PATIENCE).until(() -> service.counters().retried() >= 5);
            assertThat(service.counters().isElasticsearchDown()).isTrue();
            assertThat(committed(run.group())).isEmpty();

            proxy.up();
            await().atMost(PATIENCE).until(() -> service.counters().indexed() == n);
            await().atMost(PATIENCE).until(() -> committed(run.group()).equals(endOffsets(run.topic(), 2)));
            assertThat(service.counters().isElasticsearchDown()).isFalse();

            // Cut mid-stream, while new records arrive.
            proxy.down();
            for (int i = n; i < 2 * n; i++) {
                EnrichedMention m = mention(run.sourceId(), i, published.plusSeconds(i));
                send(run.topic(), m.id(), bytes(m));
            }
            await().atMost(PATIENCE).until(() -> service.counters().elasticsearchDownPeriods() == 2);
            Map<TopicPartition, Long> beforeRecovery = committed(run.group());
            assertThat(service.counters().indexed()).isLessThan(2L * n);

            proxy.up();
            await().atMost(PATIENCE).until(() -> service.counters().indexed() + service.counters().superseded() >= 2L * n
                    && committed(run.group()).equals(endOffsets(run.topic(), 2)));
            assertThat(committed(run.group()).values().stream().mapToLong(Long::longValue).sum())
                    .isGreaterThan(beforeRecovery.values().stream().mapToLong(Long::longValue).sum());
            assertThat(service.counters().deadLettered()).isZero();
        }
        assertThat(countBySource(run.sourceId())).isEqualTo(2L * n);
    }
}
