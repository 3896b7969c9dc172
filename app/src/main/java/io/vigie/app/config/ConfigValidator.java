package io.vigie.app.config;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks the values of a bound configuration and says, per key, what is wrong. */
final class ConfigValidator {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+");

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
        if (ingest.maxConcurrentFetches() < 1) {
            problems.add("ingest.max-concurrent-fetches must be at least 1");
        }
        if (ingest.maxAttempts() < 1 || ingest.maxAttempts() > 10) {
            problems.add("ingest.max-attempts must be 1..10, got " + ingest.maxAttempts());
        }
        notNegative("ingest.min-delay-per-host", ingest.minDelayPerHost(), problems);
        notNegative("ingest.retry-base-delay", ingest.retryBaseDelay(), problems);
        notNegative("ingest.retry-max-delay", ingest.retryMaxDelay(), problems);
        positive("ingest.min-poll-interval", ingest.minPollInterval(), problems);
        positive("ingest.max-poll-interval", ingest.maxPollInterval(), problems);
        positive("ingest.max-backoff", ingest.maxBackoff(), problems);
        if (ingest.minPollInterval() != null && ingest.maxPollInterval() != null
                && ingest.minPollInterval().compareTo(ingest.maxPollInterval()) > 0) {
            problems.add("ingest.min-poll-interval must not exceed ingest.max-poll-interval");
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
        smtp(config.smtp(), problems);
        if (!blank(config.kibana().url())) {
            httpUrl("kibana.url", config.kibana().url(), problems);
        }
        report(config.report(), problems);
        alerts(config.alerts(), problems);
        VigieConfig.Live live = config.live();
        if (live.port() < 0 || live.port() > 65535) {
            problems.add("live.port must be 0..65535, got " + live.port());
        }
        if (live.defaultDays() < 1 || live.defaultDays() > 366) {
            problems.add("live.default-days must be 1..366, got " + live.defaultDays());
        }
        return problems;
    }

    private static void alerts(VigieConfig.Alerts alerts, List<String> problems) {
        if (blank(alerts.applicationId())) {
            problems.add("alerts.application-id must not be empty");
        }
        if (alerts.maxEmailsPerHour() < 1) {
            problems.add("alerts.max-emails-per-hour must be at least 1");
        }
        if (alerts.timeZone() == null) {
            problems.add("alerts.time-zone must be a time zone such as Europe/Paris");
        }
        notNegative("alerts.grace", alerts.grace(), problems);
        VigieConfig.AlertDetector detector = alerts.detector();
        positive("alerts.detector.window", detector.window(), problems);
        if (detector.window() != null && !detector.window().isZero()
                && Duration.ofDays(7).toMillis() % detector.window().toMillis() != 0) {
            problems.add("alerts.detector.window must divide a week (e.g. PT15M, PT1H, PT3H), got " + detector.window());
        }
        if (detector.baselineWeeks() < 1 || detector.baselineWeeks() > 12) {
            problems.add("alerts.detector.baseline-weeks must be 1..12, got " + detector.baselineWeeks());
        }
        if (!(detector.pValue() > 0 && detector.pValue() < 1)) {
            problems.add("alerts.detector.p-value must be between 0 and 1, got " + detector.pValue());
        }
        if (detector.openFactor() <= 1) {
            problems.add("alerts.detector.open-factor must be above 1, got " + detector.openFactor());
        }
        notNegative("alerts.detector.cooldown", detector.cooldown(), problems);
        for (VigieConfig.KnownEvent event : alerts.knownEvents()) {
            if (blank(event.name()) || event.start() == null || event.end() == null || !event.end().isAfter(event.start())) {
                problems.add("alerts.known-events: each event needs a name, a start and a later end, got " + event);
            }
        }
        recipients("alerts.recipients.defaults", alerts.recipients().defaults(), problems);
        if (alerts.recipients().byPillar() != null) {
            alerts.recipients().byPillar().forEach((pillar, list) -> recipients("alerts.recipients.by-pillar." + pillar, list, problems));
        }
        if (alerts.recipients().bySeverity() != null) {
            alerts.recipients().bySeverity().forEach((level, list) -> recipients("alerts.recipients.by-severity." + level, list, problems));
        }
    }

    private static void recipients(String key, List<String> addresses, List<String> problems) {
        for (String address : addresses == null ? List.<String>of() : addresses) {
            if (!EMAIL.matcher(String.valueOf(address)).matches()) {
                problems.add(key + " has an invalid address: '" + address + "'");
            }
        }
    }

    private static void smtp(VigieConfig.Smtp smtp, List<String> problems) {
        if (smtp.port() < 1 || smtp.port() > 65535) {
            problems.add("smtp.port must be 1..65535, got " + smtp.port());
        }
        if (!List.of("none", "starttls", "smtps").contains(String.valueOf(smtp.security()).toLowerCase(Locale.ROOT))) {
            problems.add("smtp.security must be none, starttls or smtps, got '" + smtp.security() + "'");
        }
        if (smtp.configured() && !EMAIL.matcher(String.valueOf(smtp.from())).matches()) {
            problems.add("smtp.from must be an e-mail address, got '" + smtp.from() + "'");
        }
        positive("smtp.timeout", smtp.timeout(), problems);
    }

    private static void report(VigieConfig.Report report, List<String> problems) {
        if (!List.of("fr", "en").contains(String.valueOf(report.language()))) {
            problems.add("report.language must be fr or en, got '" + report.language() + "'");
        }
        if (report.timeZone() == null) {
            problems.add("report.time-zone must be a time zone such as Europe/Paris");
        }
        if (blank(report.schedule()) || report.schedule().trim().split("\\s+").length != 5) {
            problems.add("report.schedule must be a 5-field cron expression such as '0 8 * * MON', got '"
                    + report.schedule() + "'");
        }
        for (String recipient : report.recipients()) {
            if (!EMAIL.matcher(String.valueOf(recipient)).matches()) {
                problems.add("report.recipients has an invalid address: '" + recipient + "'");
            }
        }
        if (report.minMentions() < 1) {
            problems.add("report.min-mentions must be at least 1");
        }
        if (report.maxDocuments() < 1000) {
            problems.add("report.max-documents must be at least 1000");
        }
    }

    private static void positive(String key, Duration value, List<String> problems) {
        if (value == null || value.isNegative() || value.isZero()) {
            problems.add(key + " must be a positive ISO-8601 duration such as PT15M, got " + value);
        }
    }

    private static void notNegative(String key, Duration value, List<String> problems) {
        if (value == null || value.isNegative()) {
            problems.add(key + " must be an ISO-8601 duration of zero or more such as PT1S, got " + value);
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
