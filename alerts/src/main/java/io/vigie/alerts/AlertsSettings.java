package io.vigie.alerts;

import io.vigie.alerts.detect.DetectorSettings;
import io.vigie.model.Topics;
import io.vigie.alerts.mail.RecipientRules;
import io.vigie.alerts.mail.SmtpSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Settings of the alerts stage. Null / zero optional fields take defaults.
 *
 * @param bootstrapServers  Kafka (required)
 * @param applicationId     Kafka Streams application id of the detector (default vigie-alerts)
 * @param stateDir          Streams state directory (per-series history and incidents live there,
 *                          backed by a changelog topic)
 * @param detector          detection and incident tuning
 * @param grace             how late a mention may arrive and still count in its window (default 30m)
 * @param inputTopic        enriched mentions
 * @param alertsTopic       alert events (default vigie.alerts)
 * @param sentTopic         compacted sent log (default vigie.alerts.sent)
 * @param alertsIndex       Elasticsearch index (default vigie-alerts)
 * @param smtp              SMTP server; e-mail is off when its host is blank
 * @param recipients        who gets what
 * @param maxEmailsPerHour  global e-mail rate limit (default 20)
 * @param kibanaUrl         Kibana base URL for dashboard links, or null
 * @param timeZone          time zone of times in e-mails (default Europe/Paris)
 * @param commitInterval    detector transaction length (default 1s)
 */
public record AlertsSettings(String bootstrapServers, String applicationId, Path stateDir, DetectorSettings detector,
                             Duration grace, String inputTopic, String alertsTopic, String sentTopic,
                             String alertsIndex, SmtpSettings smtp, RecipientRules recipients, int maxEmailsPerHour,
                             String kibanaUrl, ZoneId timeZone, Duration commitInterval) {
    public AlertsSettings {
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("alerts bootstrapServers is required");
        }
        applicationId = applicationId == null || applicationId.isBlank() ? "vigie-alerts" : applicationId;
        if (!applicationId.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("alerts applicationId may only contain letters, digits, '.', '_' and '-'");
        }
        stateDir = stateDir != null ? stateDir : Path.of(System.getProperty("java.io.tmpdir"), "vigie-alerts-state");
        detector = detector != null ? detector : DetectorSettings.defaults();
        grace = grace != null ? grace : Duration.ofMinutes(30);
        if (grace.isNegative() || grace.compareTo(detector.window().multipliedBy(24)) > 0) {
            throw new IllegalArgumentException("alerts grace must be in 0..24 windows, was " + grace);
        }
        inputTopic = inputTopic == null ? Topics.MENTIONS_ENRICHED : inputTopic;
        alertsTopic = alertsTopic == null ? Topics.ALERTS : alertsTopic;
        sentTopic = sentTopic == null ? Topics.ALERTS_SENT : sentTopic;
        alertsIndex = alertsIndex == null ? "vigie-alerts" : alertsIndex;
        smtp = smtp != null ? smtp : new SmtpSettings(null, 0, null, null, null, null, null);
        recipients = recipients != null ? recipients : new RecipientRules(null, null, null);
        maxEmailsPerHour = maxEmailsPerHour == 0 ? 20 : maxEmailsPerHour;
        if (maxEmailsPerHour < 1) {
            throw new IllegalArgumentException("alerts maxEmailsPerHour must be >= 1, was " + maxEmailsPerHour);
        }
        timeZone = timeZone != null ? timeZone : ZoneId.of("Europe/Paris");
        commitInterval = commitInterval != null ? commitInterval : Duration.ofSeconds(1);
    }

    public static AlertsSettings defaults(String bootstrapServers) {
        return new AlertsSettings(bootstrapServers, null, null, null, null, null, null, null, null, null, null, 0,
                null, null, null);
    }

    public Properties toStreamsProperties() {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, commitInterval.toMillis());
        p.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.ByteArraySerde.class);
        p.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, Serdes.ByteArraySerde.class);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // Streams members do not leave the group on close by default: a restarted detector then
        // waits a whole session timeout (45 s) for the departed member before it gets its partitions.
        p.put(StreamsConfig.mainConsumerPrefix("internal.leave.group.on.close"), true);
        return p;
    }
}
