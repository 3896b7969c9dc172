package io.vigie.index.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import io.vigie.index.bulk.IndexConsumers;
import io.vigie.index.bulk.IndexService;
import io.vigie.index.bulk.IndexSettings;
import io.vigie.index.client.ElasticsearchClients;
import io.vigie.index.document.DecodedMention;
import io.vigie.index.document.MentionDocument;
import io.vigie.index.document.MentionDocumentMapper;
import io.vigie.index.schema.IndexNames;
import io.vigie.index.schema.MonthlyIndices;
import io.vigie.index.schema.SchemaInstaller;
import io.vigie.model.EnrichedMention;
import io.vigie.model.json.EventSerdes;
import io.vigie.testkit.TestInfra;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Indexing throughput through the whole index service (Kafka -> decode -> map -> story grouping -> bulk ->
 * daily aggregates -> commit) against raw {@code _bulk} of the same documents, in one run on the same cluster.
 * Each run writes its own month (same template) so neither overwrites the other. Prints figures; asserts nothing.
 *
 * <p>Args: [mentions=20000] [batchSize=500] [dailyIntervalSeconds=5]
 */
public final class IndexThroughputBenchmark {
    private IndexThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        Duration daily = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 5);
        String kafka = TestInfra.kafkaBootstrap();
        String url = TestInfra.elasticsearchUrl();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String topic = "bench.throughput." + suffix;
        String dlq = "bench.throughput.dlq." + suffix;
        TestInfra.createTopics(Map.of(topic, 3, dlq, 1));

        // Random past months per run: re-running the benchmark never overwrites a previous run's documents.
        int year = 1990 + (int) (Math.abs(suffix.hashCode()) % 20);
        Instant rawMonth = Instant.parse(year + "-03-01T00:00:00Z");
        Instant serviceMonth = Instant.parse(year + "-05-01T00:00:00Z");
        SyntheticMentions rawGen = new SyntheticMentions(42, "raw-" + suffix, 300);
        SyntheticMentions serviceGen = new SyntheticMentions(42, "svc-" + suffix, 300);
        long spacing = 25L * 24 * 3600 / n; // spread over 25 days of the month

        try (ElasticsearchClient es = ElasticsearchClients.create(url, null, null, null);
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.LINGER_MS_CONFIG, 10,
                     ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024), new StringSerializer(), new ByteArraySerializer())) {
            new SchemaInstaller(es, 1, 0).applyAll();
            MentionDocumentMapper mapper = new MentionDocumentMapper();
            MonthlyIndices months = new MonthlyIndices(es);

            // ----- raw _bulk: documents mapped beforehand, sent in the service's batch size, one request at a time
            List<MentionDocument> docs = new ArrayList<>(n);
            long bytes = 0;
            for (int i = 0; i < n; i++) {
                MentionDocument doc = mapper.map(new DecodedMention(rawGen.next(i, rawMonth.plusSeconds(i * spacing)),
                        Map.of()));
                docs.add(doc);
            }
            String rawAlias = months.ensure(docs.getFirst().month());
            long rawStart = System.nanoTime();
            for (int from = 0; from < n; from += batch) {
                List<BulkOperation> ops = new ArrayList<>(batch);
                for (MentionDocument doc : docs.subList(from, Math.min(n, from + batch))) {
                    byte[] json = doc.toJson();
                    ops.add(BulkOperation.of(b -> b.index(x -> x.index(rawAlias).id(doc.id()).requireAlias(true)
                            .document(BinaryData.of(json, ContentType.APPLICATION_JSON)))));
                }
                BulkResponse r = es.bulk(b -> b.operations(ops));
                if (r.errors()) {
                    throw new IllegalStateException("raw bulk rejected documents");
                }
            }
            double rawSeconds = (System.nanoTime() - rawStart) / 1e9;
            for (MentionDocument d : docs) {
                bytes += d.toJson().length;
            }
            docs.clear();

            // ----- the service: records produced first (not timed), then consumed from the start
            for (int i = 0; i < n; i++) {
                EnrichedMention m = serviceGen.next(i, serviceMonth.plusSeconds(i * spacing));
                producer.send(new ProducerRecord<>(topic, m.id(),
                        EventSerdes.ENRICHED_MENTION.serializer().serialize(topic, m)));
            }
            producer.flush();
            months.ensure(java.time.YearMonth.of(year, 5));
            IndexSettings settings = IndexSettings.defaults().withElasticsearchUrl(url).withTopics(topic, dlq)
                    .withGroupId("bench-" + suffix).withBatching(batch, Duration.ofMillis(200))
                    .withDailyInterval(daily);
            double serviceSeconds;
            double steadySeconds;
            long firstCount;
            Map<String, Long> counters;
            try (IndexService service = new IndexService(settings, es,
                    IndexConsumers.create(kafka, settings, Map.of()), producer)) {
                long start = System.nanoTime();
                service.start();
                while (service.counters().indexed() == 0) {
                    if (service.failure() != null) {
                        throw new IllegalStateException("service failed", service.failure());
                    }
                    Thread.sleep(2);
                }
                long firstAt = System.nanoTime();
                firstCount = service.counters().indexed();
                while (service.counters().indexed() + service.counters().deadLettered() < n) {
                    if (service.failure() != null) {
                        throw new IllegalStateException("service failed", service.failure());
                    }
                    Thread.sleep(5);
                }
                serviceSeconds = (System.nanoTime() - start) / 1e9;
                steadySeconds = (System.nanoTime() - firstAt) / 1e9;
                counters = service.counters().snapshot();
            }
            es.indices().refresh(r -> r.index(IndexNames.READ_ALIAS));

            double raw = n / rawSeconds;
            double svc = n / serviceSeconds;
            System.out.printf("BENCHMARK index throughput: %d mentions (avg %.1f kB/doc), batch %d, 1 shard, 3 partitions%n",
                    n, bytes / 1024.0 / n, batch);
            System.out.printf("  raw _bulk (pre-mapped docs, sequential requests): %.2f s = %.0f docs/s%n",
                    rawSeconds, raw);
            System.out.printf("  index service (Kafka -> ES, stories, daily every %s, commits): %.2f s = %.0f docs/s"
                    + " (includes group join)%n", daily, serviceSeconds, svc);
            double steady = (n - firstCount) / steadySeconds;
            System.out.printf("  index service after its first acknowledged bulk (steady state): %.0f docs/s%n",
                    steady);
            System.out.printf("  ratio service/raw = %.2f including start-up, %.2f steady state (target >= 0.80)%n",
                    svc / raw, steady / raw);
            System.out.printf("  counters: indexed=%d dead_lettered=%d bulk_requests=%d daily_buckets=%d"
                            + " stories.lookups=%s%n", counters.get("indexed"), counters.get("dead_lettered"),
                    counters.get("bulk_requests"), counters.get("daily.buckets_recomputed"),
                    counters.getOrDefault("stories.lookups", -1L));
        }
        System.exit(0);
    }
}
