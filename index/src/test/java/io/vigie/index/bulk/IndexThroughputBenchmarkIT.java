package io.vigie.index.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.vigie.index.client.ElasticsearchClients;
import io.vigie.index.schema.IndexNames;
import io.vigie.index.schema.SchemaInstaller;
import io.vigie.index.testing.Mentions;
import io.vigie.model.EnrichedMention;
import io.vigie.model.RawMention;
import io.vigie.model.SourceRef;
import io.vigie.model.SourceTier;
import io.vigie.model.json.EventSerdes;
import io.vigie.testkit.ElasticsearchUrl;
import io.vigie.testkit.KafkaBootstrap;
import io.vigie.testkit.TestInfra;
import io.vigie.testkit.TestInfraExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Prints end-to-end indexing throughput (Kafka -> Elasticsearch, offsets committed); asserts only correctness. */
@ExtendWith(TestInfraExtension.class)
class IndexThroughputBenchmarkIT {
    private static final int N = 5_000;

    @Test
    void printsThroughput(@KafkaBootstrap String kafka, @ElasticsearchUrl String url) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String topic = "bench.enriched." + suffix;
        String dlq = "bench.dlq." + suffix;
        String sourceId = "bench-" + suffix;
        TestInfra.createTopics(Map.of(topic, 3, dlq, 1));
        SourceRef source = new SourceRef(sourceId, "Bench", "feed", "bench.example", "FR", "fr", SourceTier.LOCAL, 1);

        try (ElasticsearchClient es = ElasticsearchClients.create(url, null, null, null);
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.LINGER_MS_CONFIG, 5),
                     new StringSerializer(), new ByteArraySerializer())) {
            new SchemaInstaller(es, 1, 0).applyAll();
            Instant published = Instant.parse("2018-02-01T00:00:00Z");
            for (int i = 0; i < N; i++) {
                String u = "https://bench.example/" + suffix + "/" + i;
                RawMention base = Mentions.raw(u, published.plusSeconds(i));
                RawMention raw = new RawMention(1, base.id(), u, u, base.title(), base.text(), base.textSource(),
                        base.published(), null, published.plusSeconds(i + 60L), base.authors(), base.languageHints(),
                        base.siteName(), base.description(), null, base.fingerprint(), source);
                EnrichedMention m = Mentions.enriched(raw);
                producer.send(new ProducerRecord<>(topic, m.id(),
                        EventSerdes.ENRICHED_MENTION.serializer().serialize(topic, m)));
            }
            producer.flush();

            IndexSettings settings = IndexSettings.defaults().withElasticsearchUrl(url).withTopics(topic, dlq)
                    .withGroupId("bench-" + suffix);
            long begin = System.nanoTime();
            try (IndexService service = new IndexService(settings, es,
                    IndexConsumers.create(kafka, settings, Map.of()), producer)) {
                service.start();
                await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(10))
                        .until(() -> service.counters().indexed() > 0);
                long firstAt = System.nanoTime();
                long firstCount = service.counters().indexed();
                await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(10))
                        .until(() -> service.counters().indexed() == N);
                long end = System.nanoTime();
                long totalMillis = Math.max(1, (end - begin) / 1_000_000);
                long steadyMillis = Math.max(1, (end - firstAt) / 1_000_000);
                System.out.printf("BENCHMARK index: %d mentions in %d ms including group join and index creation"
                                + " (%.0f docs/s); after the first acknowledged bulk %.0f docs/s"
                                + " (batch %d, 1 shard; %s)%n", N, totalMillis, N * 1000.0 / totalMillis,
                        (N - firstCount) * 1000.0 / steadyMillis, settings.batchSize(), service.counters().snapshot());
            }
            es.indices().refresh(r -> r.index(IndexNames.READ_ALIAS));
            assertThat(es.count(c -> c.index(IndexNames.READ_ALIAS)
                    .query(q -> q.term(t -> t.field("source.id").value(sourceId)))).count()).isEqualTo(N);
        }
    }
}
