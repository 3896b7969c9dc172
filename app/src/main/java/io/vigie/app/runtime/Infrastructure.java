package io.vigie.app.runtime;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.vigie.app.config.VigieConfig;
import io.vigie.index.client.ElasticsearchClients;
import io.vigie.infra.elasticsearch.LocalElasticsearch;
import io.vigie.infra.kafka.EmbeddedKafka;
import io.vigie.infra.kafka.KafkaTopics;
import io.vigie.model.Topics;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka and Elasticsearch for one Vigie process: the configured external endpoints, or an embedded
 * broker and a local Elasticsearch process under the data folder.
 */
public final class Infrastructure implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Infrastructure.class);
    private static final int USUAL_KAFKA_PORT = 9092;
    private static final int USUAL_ELASTICSEARCH_PORT = 9200;

    private final EmbeddedKafka embeddedKafka;
    private final LocalElasticsearch localElasticsearch;
    private final String bootstrapServers;
    private final String elasticsearchUrl;
    private final ElasticsearchClient elasticsearchClient;

    private Infrastructure(EmbeddedKafka kafka, LocalElasticsearch elasticsearch, String bootstrapServers,
                           String elasticsearchUrl, ElasticsearchClient elasticsearchClient) {
        this.embeddedKafka = kafka;
        this.localElasticsearch = elasticsearch;
        this.bootstrapServers = bootstrapServers;
        this.elasticsearchUrl = elasticsearchUrl;
        this.elasticsearchClient = elasticsearchClient;
    }

    /**
     * @param needElasticsearch false for stages that never talk to Elasticsearch, so that they
     *                          don't start a local node for nothing
     */
    public static Infrastructure start(VigieConfig config, boolean needElasticsearch) {
        EmbeddedKafka kafka = null;
        LocalElasticsearch elasticsearch = null;
        try {
            String bootstrap = config.kafka().bootstrapServers();
            if (config.kafka().embedded()) {
                Path dir = config.dataDir().resolve("kafka");
                LOG.info("starting the embedded Kafka broker in {}", dir);
                kafka = EmbeddedKafka.builder(dir).brokerPort(preferredPort(USUAL_KAFKA_PORT)).build().start();
                bootstrap = kafka.bootstrapServers();
            }
            KafkaTopics.create(bootstrap, Map.of(
                    Topics.MENTIONS_RAW, config.kafka().partitions(),
                    Topics.MENTIONS_ENRICHED, config.kafka().partitions(),
                    Topics.DEAD_LETTERS, 1));
            String esUrl = config.elasticsearch().url();
            if (needElasticsearch && config.elasticsearch().local()) {
                Path dir = config.dataDir().resolve("elasticsearch");
                LOG.info("starting a local Elasticsearch in {} (about 10 s)", dir);
                elasticsearch = LocalElasticsearch.builder(dir)
                        .httpPort(preferredPort(USUAL_ELASTICSEARCH_PORT)).build().start();
                esUrl = elasticsearch.httpUrl();
            }
            // One client for the whole process: index, alerts and the live view share it.
            ElasticsearchClient client = needElasticsearch ? ElasticsearchClients.create(esUrl,
                    config.elasticsearch().apiKey(), config.elasticsearch().username(),
                    config.elasticsearch().password()) : null;
            return new Infrastructure(kafka, elasticsearch, bootstrap, esUrl, client);
        } catch (RuntimeException e) {
            QuietClose.all(elasticsearch, kafka);
            throw e;
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public String elasticsearchUrl() {
        return elasticsearchUrl;
    }

    /** The shared Elasticsearch client, owned (and closed) here; null when no stage needs Elasticsearch. */
    public ElasticsearchClient elasticsearchClient() {
        return elasticsearchClient;
    }

    public String describeKafka() {
        return (embeddedKafka != null ? "embedded broker at " : "external cluster at ") + bootstrapServers;
    }

    public String describeElasticsearch() {
        if (localElasticsearch != null) {
            return "local node at " + elasticsearchUrl + " (data: " + localElasticsearch.instanceDir() + ")";
        }
        return elasticsearchUrl == null || elasticsearchUrl.isBlank() ? "not used" : "external cluster at " + elasticsearchUrl;
    }

    /** Stops the client, then Elasticsearch, then Kafka: the reverse of their start. */
    @Override
    public void close() {
        QuietClose.all(elasticsearchClient, localElasticsearch, embeddedKafka);
    }

    /** The usual port when it is free, so that tools find the services where they expect them. */
    private static int preferredPort(int usual) {
        try (ServerSocket socket = new ServerSocket(usual, 1, InetAddress.getLoopbackAddress())) {
            return usual;
        } catch (IOException busy) {
            return 0;
        }
    }
}
