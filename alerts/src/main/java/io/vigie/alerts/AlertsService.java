package io.vigie.alerts;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.vigie.alerts.detect.AlertDecider;
import io.vigie.alerts.index.AlertIndexer;
import io.vigie.alerts.mail.AlertMailSink;
import io.vigie.alerts.mail.MailRenderer;
import io.vigie.alerts.mail.MailSender;
import io.vigie.alerts.mail.RateLimit;
import io.vigie.alerts.mail.SentLog;
import io.vigie.alerts.mail.SmtpMailSender;
import io.vigie.alerts.stream.AlertConsumer;
import io.vigie.alerts.stream.AlertsMetrics;
import io.vigie.alerts.stream.AlertTopicsSetup;
import io.vigie.alerts.stream.AlertsTopology;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alerts stage: the exactly-once detector topology, the e-mail consumer (when SMTP is set) and
 * the Elasticsearch indexer (when a client is given). The Elasticsearch client is owned by the
 * caller; everything else is created and closed here.
 */
public final class AlertsService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AlertsService.class);
    /** A few alerts an hour at most: one partition keeps them in order for the mailer. */
    static final int ALERTS_PARTITIONS = 1;
    private final AlertsSettings settings;
    private final AlertsMetrics metrics = new AlertsMetrics();
    private final KafkaStreams streams;
    private final List<AlertConsumer> consumers = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private SentLog sentLog;

    /**
     * @param es     Elasticsearch client, or null to skip indexing
     * @param sender mail sender, or null for SMTP from the settings (none when its host is blank)
     */
    public AlertsService(AlertsSettings settings, ElasticsearchClient es, MailSender sender) {
        this.settings = settings;
        // The detector's output and the sent log belong to this stage: it creates them itself.
        AlertTopicsSetup.ensure(settings.bootstrapServers(), settings.alertsTopic(), ALERTS_PARTITIONS,
                settings.sentTopic());
        this.streams = new KafkaStreams(AlertsTopology.build(new AlertDecider(settings.detector()), metrics,
                settings.inputTopic(), settings.alertsTopic(), settings.grace()), settings.toStreamsProperties());
        streams.setUncaughtExceptionHandler(error -> {
            LOG.error("alerts stream thread died, replacing it", error);
            metrics.increment("threads_replaced");
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        MailSender effective = sender != null ? sender
                : settings.smtp().enabled() ? new SmtpMailSender(settings.smtp()) : null;
        if (effective != null) {
            sentLog = new SentLog(settings.bootstrapServers(), settings.sentTopic());
            AlertMailSink sink = new AlertMailSink(new MailRenderer(settings.kibanaUrl(), settings.timeZone()),
                    effective, settings.recipients(), new RateLimit(settings.maxEmailsPerHour(), Clock.systemUTC()),
                    sentLog, metrics, Clock.systemUTC());
            consumers.add(new AlertConsumer(settings.bootstrapServers(), settings.applicationId() + "-mailer",
                    settings.alertsTopic(), sink, metrics, Duration.ofSeconds(5), Duration.ofMinutes(5)));
        } else {
            LOG.info("alerts: no SMTP host configured, e-mail disabled");
        }
        if (es != null) {
            AlertIndexer.installTemplate(es);
            consumers.add(new AlertConsumer(settings.bootstrapServers(), settings.applicationId() + "-indexer",
                    settings.alertsTopic(), new AlertIndexer(es, settings.alertsIndex()), metrics,
                    Duration.ofSeconds(5), Duration.ofMinutes(5)));
        }
    }

    public synchronized void start() {
        streams.start();
        for (AlertConsumer c : consumers) {
            Thread t = new Thread(c, "vigie-alerts-" + threads.size());
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        LOG.info("alerts started: {} -> {} ({} window, grace {}), {} delivery consumer(s)", settings.inputTopic(),
                settings.alertsTopic(), settings.detector().window(), settings.grace(), consumers.size());
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    public Map<String, Long> stats() {
        return metrics.snapshot();
    }

    @Override
    public synchronized void close() {
        if (threads.isEmpty()) {
            consumers.forEach(AlertConsumer::close);
        }
        consumers.forEach(AlertConsumer::stop);
        for (Thread t : threads) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        // Leaving the group lets a restarted instance take the partitions back at once instead of
        // waiting out the session timeout of the departed member.
        streams.close(new KafkaStreams.CloseOptions().timeout(Duration.ofSeconds(30)).leaveGroup(true));
        if (sentLog != null) {
            sentLog.close();
        }
        LOG.info("alerts stopped: {}", metrics.snapshot());
    }
}
