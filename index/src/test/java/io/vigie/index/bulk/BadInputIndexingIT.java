package io.vigie.index.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigie.index.client.ElasticsearchClients;
import io.vigie.index.schema.IndexNames;
import io.vigie.index.schema.SchemaInstaller;
import io.vigie.index.testing.DeadLetters;
import io.vigie.index.testing.Mentions;
import io.vigie.model.DeadLetter;
import io.vigie.model.EnrichedMention;
import io.vigie.model.LanguageGuess;
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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Broken events on one partition, between valid ones: wrong-typed fields, a huge text, odd languages, missing
 * dates. Each is indexed with what is valid or dead-lettered with its reason, and the partition keeps moving.
 */
@ExtendWith(TestInfraExtension.class)
class BadInputIndexingIT {
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Test
    void eachBadEventIsSalvagedOrDeadLetteredAndThePartitionMovesOn(@KafkaBootstrap String kafka,
                                                                    @ElasticsearchUrl String url) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String topic = "it.bad." + suffix;
        String dlq = "it.bad.dlq." + suffix;
        String sourceId = "bad-" + suffix;
        TestInfra.createTopics(Map.of(topic, 1, dlq, 1));
        SourceRef source = new SourceRef(sourceId, "Bad", "feed", "bad.example", "FR", "fr", SourceTier.LOCAL, 1);
        Instant published = Instant.parse("2020-03-10T10:00:00Z");

        try (ElasticsearchClient es = ElasticsearchClients.create(url, null, null, null);
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.ACKS_CONFIG, "all",
                     ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024),
                     new StringSerializer(), new ByteArraySerializer());
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            new SchemaInstaller(es, 1, 0).applyAll();

            EnrichedMention valid = mention(source, "valid", published, "Un texte normal.", "fr");
            ObjectNode wrongTypes = tree(mention(source, "wrong-types", published, "Texte.", "fr"));
            ((ObjectNode) wrongTypes.path("mention")).put("published", "yesterday");
            ((ObjectNode) wrongTypes.path("mention")).putArray("languageHints").addObject();
            ObjectNode transitions = wrongTypes.putObject("transitions");
            transitions.putArray("pillars").add("economic");
            transitions.putObject("themes").put("a", 1);
            String huge = "Le Vieux-Port. ".repeat(20_000);
            EnrichedMention hugeText = mention(source, "huge", published, huge, "fr");
            EnrichedMention klingon = mention(source, "klingon", published, "tlhIngan Hol", "tlh");
            EnrichedMention garbageLang = mention(source, "garbage-lang", published, "???",
                    "not a language " + "x".repeat(50_000));
            EnrichedMention noPublished = mention(source, "no-published", null, "Sans date.", "fr");
            ObjectNode noFirstSeen = tree(mention(source, "no-first-seen", published, "Texte.", "fr"));
            ((ObjectNode) noFirstSeen.path("mention")).remove("firstSeen");
            EnrichedMention last = mention(source, "last", published, "Le dernier.", "fr");

            send(producer, topic, valid.id(), bytes(valid));
            send(producer, topic, "wrong-types", Json.mapper().writeValueAsBytes(wrongTypes));
            send(producer, topic, hugeText.id(), bytes(hugeText));
            send(producer, topic, klingon.id(), bytes(klingon));
            send(producer, topic, garbageLang.id(), bytes(garbageLang));
            send(producer, topic, noPublished.id(), bytes(noPublished));
            send(producer, topic, "no-first-seen", Json.mapper().writeValueAsBytes(noFirstSeen));
            send(producer, topic, last.id(), bytes(last));

            IndexSettings settings = IndexSettings.defaults().withElasticsearchUrl(url).withTopics(topic, dlq)
                    .withGroupId("it-bad-" + suffix).withBatching(50, Duration.ofMillis(200));
            try (IndexService service = new IndexService(settings, es,
                    IndexConsumers.create(kafka, settings, Map.of()), producer)) {
                service.start();
                await().atMost(PATIENCE).until(() -> service.counters().indexed() == 7
                        && service.counters().deadLettered() == 1);
                assertThat(service.counters().deadLettered(DeadLetterReason.UNREADABLE)).isEqualTo(1);
                assertThat(service.counters().salvaged()).isEqualTo(1);
                assertThat(service.counters().textsTruncated()).isEqualTo(1);
                assertThat(service.counters().snapshot()).containsEntry("fields_dropped", 3L);
                TopicPartition tp = new TopicPartition(topic, 0);
                await().atMost(PATIENCE).until(() -> {
                    OffsetAndMetadata c = admin.listConsumerGroupOffsets(settings.groupId())
                            .partitionsToOffsetAndMetadata().get().get(tp);
                    return c != null && c.offset() == 8;
                });
            }

            es.indices().refresh(r -> r.index(IndexNames.READ_ALIAS));
            JsonObject salvaged = doc(es, tree(mention(source, "wrong-types", published, "", "fr"))
                    .path("mention").path("id").asText());
            assertThat(salvaged.getJsonArray("invalid_fields").getValuesAs(jakarta.json.JsonString.class))
                    .extracting(jakarta.json.JsonString::getString)
                    .containsExactlyInAnyOrder("mention.published", "mention.languageHints", "transitions.themes");
            assertThat(salvaged.getString("@timestamp")).isEqualTo(published.plusSeconds(600).toString());
            assertThat(salvaged.getJsonArray("pillars").getString(0)).isEqualTo("economic");
            // Searchable by what was invalid: operators can find salvaged mentions.
            assertThat(es.count(c -> c.index(IndexNames.READ_ALIAS).query(q -> q.bool(b -> b
                    .filter(f -> f.term(t -> t.field("source.id").value(sourceId)))
                    .filter(f -> f.term(t -> t.field("invalid_fields").value("mention.published")))))).count())
                    .isEqualTo(1);

            JsonObject big = doc(es, hugeText.id());
            assertThat(big.getString("text")).hasSize(32_000);
            assertThat(big.getInt("text_length")).isEqualTo(huge.length());
            assertThat(es.count(c -> c.index(IndexNames.READ_ALIAS).query(q -> q.bool(b -> b
                    .filter(f -> f.term(t -> t.field("source.id").value(sourceId)))
                    .filter(f -> f.range(r -> r.number(n -> n.field("text_length").gt(100_000.0))))))).count())
                    .isEqualTo(1);

            assertThat(doc(es, klingon.id()).getString("lang")).isEqualTo("tlh");
            assertThat(doc(es, garbageLang.id()).getString("lang")).isEqualTo(LanguageGuess.UNDETERMINED);
            assertThat(doc(es, noPublished.id()).getString("@timestamp"))
                    .isEqualTo(Mentions.FIRST_SEEN.toString());
            assertThat(doc(es, last.id()).getString("text")).isEqualTo("Le dernier.");

            List<DeadLetter> letters = DeadLetters.read(kafka, dlq, 1, PATIENCE);
            assertThat(letters).singleElement().satisfies(d -> {
                assertThat(d.key()).isEqualTo("no-first-seen");
                assertThat(d.reason()).isEqualTo("unreadable: missing required field mention.firstSeen");
                assertThat(d.offset()).isEqualTo(6);
            });
        }
    }

    private static EnrichedMention mention(SourceRef source, String name, Instant published, String text,
                                           String lang) {
        String u = "https://bad.example/" + source.id() + "/" + name;
        RawMention base = Mentions.raw(u, published);
        RawMention raw = new RawMention(1, base.id(), u, u, "Titre " + name, text, base.textSource(), published,
                null, published == null ? Mentions.FIRST_SEEN : published.plusSeconds(600), base.authors(),
                base.languageHints(), null, null, null, null, source);
        return new EnrichedMention(EnrichedMention.SCHEMA_VERSION, raw, new LanguageGuess(lang, 0.5, "model"),
                null, null, null, null, Mentions.ENRICHED_AT);
    }

    private static ObjectNode tree(EnrichedMention m) throws Exception {
        return (ObjectNode) Json.mapper().readTree(bytes(m));
    }

    private static byte[] bytes(EnrichedMention m) {
        return EventSerdes.ENRICHED_MENTION.serializer().serialize("t", m);
    }

    private static void send(KafkaProducer<String, byte[]> p, String topic, String key, byte[] value)
            throws Exception {
        p.send(new ProducerRecord<>(topic, 0, key, value)).get();
    }

    private static JsonObject doc(ElasticsearchClient es, String id) throws Exception {
        SearchResponse<JsonData> r = es.search(s -> s.index(IndexNames.READ_ALIAS)
                .query(q -> q.ids(i -> i.values(id))), JsonData.class);
        assertThat(r.hits().hits()).as("document %s", id).hasSize(1);
        return r.hits().hits().get(0).source().toJson().asJsonObject();
    }
}
