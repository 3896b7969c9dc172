package io.vigie.index.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import io.vigie.enrich.Enricher;
import io.vigie.enrich.stream.EnrichService;
import io.vigie.enrich.stream.EnrichSettings;
import io.vigie.index.bulk.IndexConsumers;
import io.vigie.index.bulk.IndexService;
import io.vigie.index.bulk.IndexSettings;
import io.vigie.index.client.ElasticsearchClients;
import io.vigie.index.schema.IndexNames;
import io.vigie.index.schema.SchemaInstaller;
import io.vigie.model.MentionId;
import io.vigie.model.RawMention;
import io.vigie.model.SourceRef;
import io.vigie.model.SourceTier;
import io.vigie.model.TextSource;
import io.vigie.model.json.EventSerdes;
import io.vigie.testkit.TestInfra;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * End-to-end freshness: a steady stream of raw mentions produced to the raw topic, through the real enrich
 * service (exactly-once, {@link Enricher#withDefaults}) and the index service, until each is returned by a
 * search. Prints p50/p95/max of produce-to-searchable; asserts nothing.
 *
 * <p>Args: [ratePerSecond=50] [seconds=60] [enrichCommitMillis=1000] [indexFlushMillis=1000]
 */
public final class FreshnessBenchmark {
    private FreshnessBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try {
            run(args);
        } catch (Exception | Error e) {
            e.printStackTrace();
        }
        // The embedded infrastructure and client threads are not all daemons.
        System.exit(0);
    }

    private static void run(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        Duration commit = Duration.ofMillis(args.length > 2 ? Long.parseLong(args[2]) : 1000);
        Duration flush = Duration.ofMillis(args.length > 3 ? Long.parseLong(args[3]) : 1000);
        String kafka = TestInfra.kafkaBootstrap();
        String url = TestInfra.elasticsearchUrl();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String raw = "bench.fresh.raw." + suffix;
        String enriched = "bench.fresh.enriched." + suffix;
        String dlq = "bench.fresh.dlq." + suffix;
        TestInfra.createTopics(Map.of(raw, 3, enriched, 3, dlq, 1));
        SourceRef source = new SourceRef("fresh-" + suffix, "La Provence", "feed", "laprovence.com", "FR", "fr",
                SourceTier.REGIONAL, 1.5);

        EnrichSettings enrichSettings = new EnrichSettings("bench-enrich-" + suffix, kafka,
                Files.createTempDirectory("bench-enrich"), 1, null, commit, null, raw, enriched, dlq, null, null);
        IndexSettings indexSettings = IndexSettings.defaults().withElasticsearchUrl(url).withTopics(enriched, dlq)
                .withGroupId("bench-fresh-" + suffix).withBatching(500, flush);
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Map<String, Long> latencyMillis = new ConcurrentHashMap<>();

        try (ElasticsearchClient es = ElasticsearchClients.create(url, null, null, null);
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.LINGER_MS_CONFIG, 0,
                     ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
             EnrichService enrich = new EnrichService(enrichSettings, Enricher.withDefaults(Clock.systemUTC()));
             IndexService index = new IndexService(indexSettings, es,
                     IndexConsumers.create(kafka, indexSettings, Map.of()), producer)) {
            new SchemaInstaller(es, 1, 0).applyAll();
            enrich.start();
            index.start();

            // Warm-up: until a first mention comes out searchable, the groups are joining and models loading.
            int n = 0;
            long warmUntil = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            List<String> warm = new ArrayList<>();
            while (System.nanoTime() < warmUntil) {
                String id = send(producer, raw, source, suffix, n++, sentAt);
                warm.add(id);
                Thread.sleep(200);
                poll(es, source.id(), sentAt, latencyMillis);
                if (!latencyMillis.isEmpty()) {
                    break;
                }
            }
            if (latencyMillis.isEmpty()) {
                throw new IllegalStateException("nothing searchable after 3 minutes: " + index.counters().snapshot()
                        + " enrich " + enrich.stats());
            }
            long drainUntil = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (latencyMillis.size() < warm.size() && System.nanoTime() < drainUntil) {
                Thread.sleep(100);
                poll(es, source.id(), sentAt, latencyMillis);
            }
            warm.forEach(sentAt::remove);
            latencyMillis.clear();

            // Steady stream: a producer thread at the target rate, the measuring poller on this thread.
            int total = rate * seconds;
            int first = n;
            Thread stream = new Thread(() -> {
                long period = 1_000_000_000L / rate;
                long next = System.nanoTime();
                for (int i = 0; i < total; i++) {
                    send(producer, raw, source, suffix, first + i, sentAt);
                    next += period;
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        try {
                            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
            }, "bench-producer");
            stream.start();
            long end = System.nanoTime() + Duration.ofSeconds(seconds + 30).toNanos();
            while ((stream.isAlive() || latencyMillis.size() < total) && System.nanoTime() < end) {
                Thread.sleep(50);
                poll(es, source.id(), sentAt, latencyMillis);
            }
            stream.join();

            List<Long> sorted = latencyMillis.values().stream().sorted().toList();
            System.out.printf("BENCHMARK freshness: %d mentions at %d/s for %d s, raw -> enrich (EOS, commit %d ms)"
                            + " -> index (flush %d ms) -> searchable (refresh 1 s), polled every 50 ms%n",
                    total, rate, seconds, commit.toMillis(), flush.toMillis());
            System.out.printf("  searchable %d/%d; p50 %d ms, p95 %d ms, p99 %d ms, max %d ms (target p95 <= 2000)%n",
                    sorted.size(), total, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                    sorted.isEmpty() ? -1 : sorted.getLast());
            System.out.printf("  index counters %s%n", index.counters().snapshot());
        }
    }

    private static long pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static String send(KafkaProducer<String, byte[]> producer, String topic, SourceRef source, String suffix,
                               int i, Map<String, Long> sentAt) {
        String url = "https://www.laprovence.com/fresh/" + suffix + "/" + i;
        String id = MentionId.of(url);
        Instant now = Instant.now();
        RawMention m = new RawMention(RawMention.SCHEMA_VERSION, id, url, url,
                "Marseille: le Vieux-Port rénové avant l'été " + i,
                "La Métropole Aix-Marseille-Provence a présenté mardi le chantier du Vieux-Port à Marseille. "
                        + "Les travaux dureront dix-huit mois et une navette maritime reliera l'Estaque. " + i,
                TextSource.PAGE, now, null, now, List.of(), List.of("fr"), "La Provence", null, null, null, source);
        sentAt.put(id, System.nanoTime());
        producer.send(new ProducerRecord<>(topic, id, EventSerdes.RAW_MENTION.serializer().serialize(topic, m)));
        return id;
    }

    /** Records, for each mention not yet seen, the time a search first returns it. */
    private static void poll(ElasticsearchClient es, String sourceId, Map<String, Long> sentAt,
                             Map<String, Long> latencyMillis) throws Exception {
        List<String> pending = sentAt.keySet().stream().filter(id -> !latencyMillis.containsKey(id)).toList();
        if (pending.isEmpty()) {
            return;
        }
        List<co.elastic.clients.elasticsearch._types.FieldValue> ids = pending.stream()
                .map(co.elastic.clients.elasticsearch._types.FieldValue::of).toList();
        SearchResponse<JsonData> r = es.search(s -> s.index(IndexNames.PATTERN).allowNoIndices(true)
                .ignoreUnavailable(true).size(pending.size())
                .source(src -> src.fetch(false))
                .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("source.id").value(sourceId)))
                        .filter(f -> f.terms(t -> t.field("id").terms(v -> v.value(ids)))))), JsonData.class);
        long now = System.nanoTime();
        for (Hit<JsonData> hit : r.hits().hits()) {
            Long sent = sentAt.get(hit.id());
            if (sent != null) {
                latencyMillis.putIfAbsent(hit.id(), (now - sent) / 1_000_000);
            }
        }
    }
}
