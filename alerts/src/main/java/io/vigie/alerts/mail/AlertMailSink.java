package io.vigie.alerts.mail;

import io.vigie.model.AlertEvent;
import io.vigie.alerts.stream.AlertSink;
import io.vigie.alerts.stream.AlertsMetrics;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * E-mails each alert once: skipped when its key is in the sent log; otherwise rendered, sent, and
 * recorded before the consumer may commit past it. Over the hourly rate limit, the alert is
 * recorded as rate-limited (not retried later: a stale alert is noise).
 */
public final class AlertMailSink implements AlertSink {
    private static final Logger LOG = LoggerFactory.getLogger(AlertMailSink.class);
    private final MailRenderer renderer;
    private final MailSender sender;
    private final RecipientRules recipients;
    private final RateLimit rateLimit;
    private final SentLog sentLog;
    private final AlertsMetrics metrics;
    private final Clock clock;

    public AlertMailSink(MailRenderer renderer, MailSender sender, RecipientRules recipients, RateLimit rateLimit,
                         SentLog sentLog, AlertsMetrics metrics, Clock clock) {
        this.renderer = renderer;
        this.sender = sender;
        this.recipients = recipients;
        this.rateLimit = rateLimit;
        this.sentLog = sentLog;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "mailer";
    }

    @Override
    public void deliver(AlertEvent alert) throws Exception {
        String key = alert.key();
        if (sentLog.contains(key)) {
            metrics.increment("mails_already_sent");
            return;
        }
        List<String> to = recipients.recipientsFor(alert);
        if (to.isEmpty()) {
            metrics.increment("mails_no_recipient");
            sentLog.record(key, "no-recipient", clock.instant());
            return;
        }
        if (!rateLimit.tryAcquire()) {
            LOG.warn("alerts: e-mail for {} dropped, hourly rate limit reached", key);
            metrics.increment("mails_rate_limited");
            sentLog.record(key, "rate-limited", clock.instant());
            return;
        }
        sender.send(key, to, renderer.render(alert));
        sentLog.record(key, "sent", clock.instant());
        metrics.increment("mails_sent");
    }
}
