package io.vigie.app.runtime;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.vigie.alerts.AlertsService;
import io.vigie.alerts.AlertsSettings;
import io.vigie.alerts.detect.DetectorSettings;
import io.vigie.alerts.detect.KnownEvent;
import io.vigie.alerts.mail.RecipientRules;
import io.vigie.alerts.mail.SmtpSettings;
import io.vigie.app.config.VigieConfig;
import io.vigie.report.live.MetricsRegistry;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;

/** The alerts stage: spike detection over enriched mentions, alert e-mails and the vigie-alerts index. */
public final class AlertsStage implements Stage {
    private final AlertsService service;
    private AlertsStage(AlertsService service) {
        this.service = service;
    }

    /** @param client the process's Elasticsearch client, for the vigie-alerts index; the caller closes it */
    public static AlertsStage start(VigieConfig config, String bootstrapServers, ElasticsearchClient client) {
        AlertsService service = new AlertsService(settings(config, bootstrapServers), client, null);
        service.start();
        return new AlertsStage(service);
    }

    static AlertsSettings settings(VigieConfig config, String bootstrapServers) {
        VigieConfig.Alerts alerts = config.alerts();
        VigieConfig.AlertDetector d = alerts.detector();
        DetectorSettings defaults = DetectorSettings.defaults();
        DetectorSettings detector = new DetectorSettings(d.window(), d.baselineWeeks(), d.minBaseline(), d.minStories(),
                d.openFactor(), d.pValue(), defaults.escalateFactor(), defaults.resolveFactor(), defaults.quietWindows(),
                d.cooldown(), defaults.ewmaAlpha(), defaults.shareMinTotal(), defaults.shareFactor(),
                defaults.warmupWindows(), defaults.topStories(), defaults.topTerms(), defaults.overdispersion(),
                defaults.cusumThreshold(), defaults.scanWindows(), defaults.pillarPValue(),
                alerts.knownEvents().stream().map(e -> new KnownEvent(e.name(), e.start(), e.end(), e.widen())).toList());
        VigieConfig.Smtp smtp = config.smtp();
        SmtpSettings mail = new SmtpSettings(smtp.configured() ? smtp.host() : null, smtp.port(), smtp.security(),
                blankToNull(smtp.user()), blankToNull(smtp.password()), smtp.from(), smtp.timeout());
        VigieConfig.AlertRecipients to = alerts.recipients();
        String kibana = config.kibana().url();
        return new AlertsSettings(bootstrapServers, alerts.applicationId(),
                config.dataDir().resolve("alerts").toAbsolutePath(), detector, alerts.grace(), null, null, null,
                alerts.index(), mail, new RecipientRules(to.defaults(), to.byPillar(), to.bySeverity()),
                alerts.maxEmailsPerHour(), blankToNull(kibana), alerts.timeZone(), null);
    }

    @Override
    public String name() {
        return "alerts";
    }

    @Override
    public String statusLine() {
        Map<String, Long> stats = service.stats();
        long steps = stats.entrySet().stream().filter(e -> e.getKey().startsWith("alerts_"))
                .mapToLong(Map.Entry::getValue).sum();
        return String.format("%s, %d alert steps, %d e-mails sent, %d mentions skipped (undated, future-dated or older than 3 days)",
                service.state(), steps, stats.getOrDefault("mails_sent", 0L),
                stats.getOrDefault("mentions_no_date", 0L) + stats.getOrDefault("mentions_future_date", 0L)
                        + stats.getOrDefault("mentions_stale", 0L));
    }

    @Override
    public Map<String, Object> health() {
        KafkaStreams.State state = service.state();
        boolean up = state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING;
        return Map.of("status", up ? "UP" : "DOWN", "state", state.name());
    }

    @Override
    public void exportMetrics(MetricsRegistry metrics) {
        service.stats().forEach((counter, value) -> metrics.set("vigie_alerts_events_total",
                MetricsRegistry.Type.COUNTER, "Alerts stage counters (alert steps, e-mails, bad dates, failures)",
                Map.of("counter", counter), value));
    }

    @Override
    public void close() {
        service.close();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
