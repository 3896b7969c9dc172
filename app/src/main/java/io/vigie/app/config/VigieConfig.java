package io.vigie.app.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

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
        Status status,
        Smtp smtp,
        Kibana kibana,
        Report report,
        Live live,
        Alerts alerts) {

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
            Duration minDelayPerHost,
            int maxConcurrentFetches,
            int maxAttempts,
            Duration retryBaseDelay,
            Duration retryMaxDelay,
            Duration minPollInterval,
            Duration maxPollInterval,
            Duration maxBackoff,
            boolean respectRobots,
            boolean allowPrivateAddresses) {
    }

    public record Enrich(String applicationId, int threads) {
    }

    public record Index(String groupId, int batchSize, Duration flushInterval) {
    }

    public record Status(Duration interval) {
    }

    /** Outgoing mail, shared by the weekly report and the alerts. */
    public record Smtp(String host, int port, String security, String user, String password, String from,
                       Duration timeout) {
        public boolean configured() {
            return host != null && !host.isBlank();
        }
    }

    public record Kibana(String url) {
    }

    public record Report(String schedule, ZoneId timeZone, String language, List<String> recipients,
                         String mentionsIndex, String alertsIndex, int minMentions, int maxDocuments,
                         boolean scheduleEnabled) {
        public Report {
            recipients = recipients == null ? List.of() : List.copyOf(recipients);
        }
    }

    /** Spike detection on negative coverage, and its e-mails (over {@link Smtp}). */
    public record Alerts(boolean enabled, String applicationId, Duration grace, String index, int maxEmailsPerHour,
                         ZoneId timeZone, AlertRecipients recipients, AlertDetector detector,
                         List<KnownEvent> knownEvents) {
        public Alerts {
            knownEvents = knownEvents == null ? List.of() : List.copyOf(knownEvents);
        }
    }

    public record AlertRecipients(List<String> defaults, Map<String, List<String>> byPillar,
                                  Map<String, List<String>> bySeverity) {
    }

    public record AlertDetector(Duration window, int baselineWeeks, double minBaseline, int minStories,
                                double openFactor, double pValue, Duration cooldown) {
    }

    /** A predictable event (festival, match, summit) during which more coverage is expected. */
    public record KnownEvent(String name, java.time.Instant start, java.time.Instant end, double widen) {
    }

    /** The live view of the report, with /health and /metrics. */
    public record Live(boolean enabled, String bindAddress, int port, int defaultDays) {
    }
}
