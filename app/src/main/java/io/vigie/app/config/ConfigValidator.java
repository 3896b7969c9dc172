package io.vigie.app.config;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Checks the values of a bound configuration and says, per key, what is wrong. */
final class ConfigValidator {
    private ConfigValidator() {
    }

    static List<String> problems(VigieConfig config) {
        List<String> problems = new ArrayList<>();
        if (config.dataDir() == null || config.dataDir().toString().isBlank()) {
            problems.add("data-dir must be set");
        }
        VigieConfig.Kafka kafka = config.kafka();
        if (kafka.partitions() < 1) {
            problems.add("kafka.partitions must be at least 1, got " + kafka.partitions());
        }
        if (kafka.replicationFactor() < 1) {
            problems.add("kafka.replication-factor must be at least 1, got " + kafka.replicationFactor());
        }
        if (!kafka.embedded() && !kafka.bootstrapServers().matches("[^,\\s]+:\\d+(,[^,\\s]+:\\d+)*")) {
            problems.add("kafka.bootstrap-servers must look like host:port[,host:port], got '"
                    + kafka.bootstrapServers() + "'");
        }
        VigieConfig.Elasticsearch es = config.elasticsearch();
        if (!es.local()) {
            httpUrl("elasticsearch.url", es.url(), problems);
        }
        boolean hasUser = !blank(es.username());
        if (hasUser == blank(es.password())) {
            problems.add("elasticsearch.username and elasticsearch.password go together");
        }
        if (hasUser && !blank(es.apiKey())) {
            problems.add("set either elasticsearch.api-key or username/password, not both");
        }
        VigieConfig.Ingest ingest = config.ingest();
        if (blank(ingest.sources())) {
            problems.add("ingest.sources must be 'builtin' or a path to a sources YAML file");
        }
        positive("ingest.poll-interval", ingest.pollInterval(), problems);
        positive("ingest.connect-timeout", ingest.connectTimeout(), problems);
        positive("ingest.read-timeout", ingest.readTimeout(), problems);
        if (ingest.maxBodyBytes() < 1024) {
            problems.add("ingest.max-body-bytes must be at least 1024, got " + ingest.maxBodyBytes());
        }
        if (ingest.maxConcurrentPerHost() < 1) {
            problems.add("ingest.max-concurrent-per-host must be at least 1");
        }
        if (blank(ingest.userAgent())) {
            problems.add("ingest.user-agent must not be empty");
        }
        if (blank(config.enrich().applicationId())) {
            problems.add("enrich.application-id must not be empty");
        }
        if (config.enrich().threads() < 1) {
            problems.add("enrich.threads must be at least 1");
        }
        if (blank(config.index().groupId())) {
            problems.add("index.group-id must not be empty");
        }
        if (config.index().batchSize() < 1) {
            problems.add("index.batch-size must be at least 1");
        }
        positive("index.flush-interval", config.index().flushInterval(), problems);
        positive("status.interval", config.status().interval(), problems);
        return problems;
    }

    private static void positive(String key, Duration value, List<String> problems) {
        if (value == null || value.isNegative() || value.isZero()) {
            problems.add(key + " must be a positive ISO-8601 duration such as PT15M, got " + value);
        }
    }

    private static void httpUrl(String key, String value, List<String> problems) {
        try {
            URI uri = URI.create(value);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                problems.add(key + " must be an http(s) URL, got '" + value + "'");
            }
        } catch (IllegalArgumentException e) {
            problems.add(key + " is not a URL: '" + value + "'");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
