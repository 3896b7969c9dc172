package io.vigie.index.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.vigie.index.client.ElasticsearchClients;
import io.vigie.index.daily.DayBucket;
import io.vigie.index.schema.IndexNames;
import io.vigie.index.schema.SchemaInstaller;
import io.vigie.index.testing.Fixtures;
import io.vigie.index.testing.Texts;
import io.vigie.ingest.fingerprint.SimHash;
import io.vigie.model.EnrichedMention;
import io.vigie.model.SourceRef;
import io.vigie.model.SourceTier;
import io.vigie.model.json.EventSerdes;
import io.vigie.testkit.ElasticsearchUrl;
import io.vigie.testkit.KafkaBootstrap;
import io.vigie.testkit.TestInfra;
import io.vigie.testkit.TestInfraExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The index stage end to end: story ids and daily aggregates, unchanged by a re-delivery of everything. */
@ExtendWith(TestInfraExtension.class)
class StoriesAndDailyPipelineIT {
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    static final Instant T0 = Instant.parse("2004-09-14T08:00:00Z");

    @Test
    void copiesShareAStoryAndDailyCountsSurviveReDelivery(@KafkaBootstrap String kafka,
                                                          @ElasticsearchUrl String url) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String topic = "it.enriched.stories-" + suffix;
        String dlq = "it.dlq.stories-" + suffix;
        TestInfra.createTopics(Map.of(topic, 2, dlq, 1));
        IndexSettings settings = IndexSettings.defaults().withElasticsearchUrl(url).withTopics(topic, dlq)
                .withGroupId("it-stories-" + suffix).withBatching(50, Duration.ofMillis(200))
                .withDailyInterval(Duration.ofMillis(300));
        // A country code of our own keeps this test's daily bucket apart from every other test's.
        String country = "Q" + (char) ('A' + Math.floorMod(suffix.hashCode(), 26));
        SourceRef a = Fixtures.source("a-" + suffix, country, SourceTier.NATIONAL, 2.0);
        SourceRef b = Fixtures.source("b-" + suffix, country, SourceTier.REGIONAL, 1.0);
        String wire = Texts.WIRE;
        List<EnrichedMention> mentions = List.of(
                mention(a, "original-" + suffix, T0, "Marseille : le Vieux-Port sera rénové", wire, "negative", -0.4),
                mention(b, "copy-" + suffix, T0.plusSeconds(1800), "Le Vieux-Port de Marseille sera rénové",
                        "Marseille. " + wire, "negative", -0.6),
                mention(b, "other-" + suffix, T0.plusSeconds(3600), "Incendie dans les calanques",
                        Texts.OTHER, "neutral", 0.0));
        DayBucket bucket = new DayBucket(LocalDate.of(2004, 9, 14), "fr", country);

        try (ElasticsearchClient es = ElasticsearchClients.create(url, null, null, null);
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.ACKS_CONFIG, "all"),
                     new StringSerializer(), new ByteArraySerializer())) {
            new SchemaInstaller(es, 1, 0).applyAll();
            send(producer, topic, mentions);
            try (IndexService service = new IndexService(settings, es,
                    IndexConsumers.create(kafka, settings, Map.of()), producer)) {
                service.start();
                await().atMost(PATIENCE).until(() -> mentionsOf(es, bucket) == 3);
                assertThat(service.counters().snapshot()).containsEntry("stories.joined", 1L);
            }
            Map<String, String> stories = stories(es, mentions);
            assertThat(stories.get(mentions.get(1).id())).isEqualTo(mentions.get(0).id());
            assertThat(stories.get(mentions.get(0).id())).isEqualTo(mentions.get(0).id());
            assertThat(stories.get(mentions.get(2).id())).isEqualTo(mentions.get(2).id());
            JsonNode first = daily(es, bucket.documentId("all"));
            assertThat(first.path("stories").asLong()).isEqualTo(2);
            assertThat(first.path("weighted_mentions").asDouble()).isEqualTo(4.0);
            assertThat(first.path("negative_share").asDouble()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-6));

            // Everything delivered again (a producer retry, a replay), read by a new instance of the stage.
            send(producer, topic, List.of(mentions.get(2), mentions.get(1), mentions.get(0)));
            IndexSettings again = settings.withGroupId("it-stories-again-" + suffix);
            try (IndexService service = new IndexService(again, es,
                    IndexConsumers.create(kafka, again, Map.of()), producer)) {
                service.start();
                await().atMost(PATIENCE).until(() -> service.counters().indexed() + service.counters().superseded() == 6
                        && service.counters().dailyBucketsRecomputed() > 0);
            }
            assertThat(stories(es, mentions)).isEqualTo(stories);
            JsonNode second = daily(es, bucket.documentId("all"));
            assertThat(second.path("mentions").asLong()).isEqualTo(3);
            assertThat(second.path("stories").asLong()).isEqualTo(2);
            assertThat(second.path("weighted_mentions").asDouble()).isEqualTo(4.0);
            assertThat(second.path("negative_share")).isEqualTo(first.path("negative_share"));
        }
    }

    static EnrichedMention mention(SourceRef source, String path, Instant at, String title, String text, String label,
                                   double score) {
        return Fixtures.enriched(Fixtures.raw("https://" + source.id() + ".example/" + path, at, title, text,
                SimHash.hex(text), source), "fr", true, Fixtures.sentiment(label, score), List.of("economic"), null,
                null);
    }

    static void send(KafkaProducer<String, byte[]> producer, String topic, List<EnrichedMention> mentions)
            throws Exception {
        for (EnrichedMention m : mentions) {
            producer.send(new ProducerRecord<>(topic, m.id(),
                    EventSerdes.ENRICHED_MENTION.serializer().serialize(topic, m))).get();
        }
    }

    static long mentionsOf(ElasticsearchClient es, DayBucket bucket) throws Exception {
        JsonNode d = daily(es, bucket.documentId("all"));
        return d == null ? -1 : d.path("mentions").asLong();
    }

    static JsonNode daily(ElasticsearchClient es, String id) throws Exception {
        GetResponse<JsonNode> r = es.get(g -> g.index(IndexNames.DAILY_INDEX).id(id), JsonNode.class);
        return r.found() ? r.source() : null;
    }

    static Map<String, String> stories(ElasticsearchClient es, List<EnrichedMention> mentions) throws Exception {
        Map<String, String> out = new HashMap<>();
        for (EnrichedMention m : mentions) {
            GetResponse<JsonNode> r = es.get(g -> g.index(IndexNames.monthAlias(IndexNames.monthOf(
                    m.mention().published()))).id(m.id()), JsonNode.class);
            out.put(m.id(), r.source().path("story_id").asText());
        }
        return out;
    }
}
