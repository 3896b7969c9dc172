package io.vigie.app.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The validated configuration of one Vigie process. Built only by {@link ConfigLoader}, which
 * merges the built-in defaults, an optional YAML file and environment variables.
 */
public record VigieConfig(
        Path dataDir,
        Kafka kafka,
        Elasticsearch elasticsearch,
        Ingest ingest,
        Enrich enrich,
        Index index,
        Status status) {

    public record Kafka(String bootstrapServers, int partitions, short replicationFactor) {
        public boolean embedded() {
            return bootstrapServers == null || bootstrapServers.isBlank();
        }
    }

    public record Elasticsearch(String url, String apiKey, String username, String password) {
        public boolean local() {
            return url == null || url.isBlank();
        }
    }

    public record Ingest(
            String sources,
            Duration pollInterval,
            String userAgent,
            Duration connectTimeout,
            Duration readTimeout,
            long maxBodyBytes,
            int maxConcurrentPerHost,
            boolean allowPrivateAddresses) {
    }

    public record Enrich(String applicationId, int threads) {
    }

    public record Index(String groupId, int batchSize, Duration flushInterval) {
    }

    public record Status(Duration interval) {
    }
}
