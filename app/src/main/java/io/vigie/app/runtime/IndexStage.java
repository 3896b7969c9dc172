package io.vigie.app.runtime;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.vigie.app.config.VigieConfig;
import io.vigie.index.bulk.IndexConsumers;
import io.vigie.index.bulk.IndexCounters;
import io.vigie.index.bulk.IndexService;
import io.vigie.index.bulk.IndexSettings;
import io.vigie.index.schema.SchemaInstaller;
import io.vigie.report.live.MetricsRegistry;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The index stage: enriched mentions into Elasticsearch, offsets committed after acknowledgement. */
public final class IndexStage implements Stage {
    private final IndexService service;
    private final Producer<String, byte[]> deadLetters;

    private IndexStage(IndexService service, Producer<String, byte[]> deadLetters) {
        this.service = service;
        this.deadLetters = deadLetters;
    }

    /** @param client the process's Elasticsearch client, at {@code elasticsearchUrl}; the caller closes it */
    public static IndexStage start(VigieConfig config, String bootstrapServers, String elasticsearchUrl,
                                   ElasticsearchClient client) {
        IndexSettings settings = IndexSettings.defaults()
                .withElasticsearchUrl(elasticsearchUrl)
                .withGroupId(config.index().groupId())
                .withBatching(config.index().batchSize(), config.index().flushInterval());
        Producer<String, byte[]> deadLetters = null;
        try {
            new SchemaInstaller(client, settings.shards(), settings.replicas()).applyAll();
            deadLetters = deadLetterProducer(bootstrapServers);
            IndexService service = new IndexService(settings, client,
                    IndexConsumers.create(bootstrapServers, settings, Map.of()), deadLetters);
            service.start();
            return new IndexStage(service, deadLetters);
        } catch (RuntimeException e) {
            QuietClose.all(deadLetters);
            throw e;
        }
    }

    private static Producer<String, byte[]> deadLetterProducer(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "vigie-index-dlq");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    @Override
    public String name() {
        return "index";
    }

    public IndexService service() {
        return service;
    }

    @Override
    public String statusLine() {
        IndexCounters counters = service.counters();
        return String.format("%d indexed, %d retried, %d dead-lettered%s", counters.indexed(), counters.retried(),
                counters.deadLettered(), counters.isElasticsearchDown() ? ", ELASTICSEARCH DOWN (paused, retrying)" : "");
    }

    @Override
    public Map<String, Object> health() {
        IndexCounters counters = service.counters();
        boolean up = service.failure() == null && !counters.isElasticsearchDown();
        return service.failure() == null
                ? Map.of("status", up ? "UP" : "DOWN", "elasticsearch_down", counters.isElasticsearchDown())
                : Map.of("status", "DOWN", "error", String.valueOf(service.failure().getMessage()));
    }

    @Override
    public void exportMetrics(MetricsRegistry metrics) {
        Map<String, Long> counters = service.counters().snapshot();
        StageMetrics.withPrefix(counters, "indexed.source.")
                .forEach((source, count) -> StageMetrics.mentions(metrics, name(), source, count));
        StageMetrics.withPrefix(counters, "dead_lettered.")
                .forEach((reason, count) -> StageMetrics.deadLetters(metrics, name(), reason, count));
        metrics.set("vigie_index_retries_total", MetricsRegistry.Type.COUNTER, "Documents retried after a 429/5xx",
                Map.of(), counters.getOrDefault("retried", 0L));
        metrics.set("vigie_elasticsearch_down", MetricsRegistry.Type.GAUGE,
                "1 while Elasticsearch is unreachable and indexing is paused", Map.of(),
                service.counters().isElasticsearchDown() ? 1 : 0);
    }

    /** Flushes and commits in the service first; the producer it used closes after. */
    @Override
    public void close() {
        service.close();
        deadLetters.close();
    }
}
