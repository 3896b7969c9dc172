package io.vigie.app.report;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.vigie.app.config.VigieConfig;
import io.vigie.app.runtime.ConsumerLag;
import io.vigie.app.runtime.Pipeline;
import io.vigie.app.runtime.QuietClose;
import io.vigie.app.runtime.Stage;
import io.vigie.report.ReportService;
import io.vigie.report.live.LiveServer;
import io.vigie.report.live.MetricsRegistry;
import io.vigie.report.mail.ReportMailer;
import io.vigie.report.schedule.WeeklyReportJob;
import io.vigie.report.schedule.WeeklyReportScheduler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What `vigie up` shows besides its console: the live report with /health and /metrics, and the
 * weekly report written (and e-mailed when mail is configured) on its schedule.
 */
public final class LiveView implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveView.class);

    private final ConsumerLag lag;
    private final LiveServer server;
    private final WeeklyReportScheduler scheduler;

    private LiveView(ConsumerLag lag, LiveServer server, WeeklyReportScheduler scheduler) {
        this.lag = lag;
        this.server = server;
        this.scheduler = scheduler;
    }

    public static LiveView start(VigieConfig config, Pipeline pipeline, Map<String, String> outlets, Clock clock) {
        ElasticsearchClient client = pipeline.infrastructure().elasticsearchClient();
        ConsumerLag lag = new ConsumerLag(pipeline.infrastructure().bootstrapServers(),
                List.of(config.enrich().applicationId(), config.index().groupId()));
        LiveServer server = null;
        WeeklyReportScheduler scheduler = null;
        try {
            ReportService reports = new ReportService(client, ReportWiring.reportSettings(config, null),
                    new IngestHealthFile(config.dataDir().resolve("ingest"), outlets), clock);
            MetricsRegistry metrics = new MetricsRegistry();
            metrics.addCollector(registry -> pipeline.stages().forEach(stage -> stage.exportMetrics(registry)));
            metrics.addCollector(lag::export);
            if (config.live().enabled()) {
                server = new LiveServer(ReportWiring.liveSettings(config), reports, () -> health(pipeline), metrics, clock)
                        .start();
            }
            ReportMailer mailer = ReportWiring.mailConfigured(config)
                    ? new ReportMailer(ReportWiring.smtpSettings(config)) : null;
            scheduler = new WeeklyReportScheduler(ReportWiring.scheduleSettings(config), clock,
                    new WeeklyReportJob(reports, config.report().language(), config.dataDir().resolve("reports"), mailer));
            scheduler.start();
            LOG.info("weekly report: next run {}{}", scheduler.nextRun(),
                    mailer == null ? " (written to " + config.dataDir().resolve("reports") + "; no e-mail: smtp.host or report.recipients unset)" : "");
            return new LiveView(lag, server, scheduler);
        } catch (IOException e) {
            QuietClose.all(scheduler, server, lag);
            throw new UncheckedIOException("cannot start the live view on port " + config.live().port(), e);
        } catch (RuntimeException e) {
            QuietClose.all(scheduler, server, lag);
            throw e;
        }
    }

    /** The address printed by `vigie up`, or null when the live view is disabled. */
    public String url(VigieConfig config) {
        return server == null ? null : "http://" + config.live().bindAddress() + ":" + server.port() + "/";
    }

    private static Map<String, Object> health(Pipeline pipeline) {
        Map<String, Object> components = new LinkedHashMap<>();
        for (Stage stage : pipeline.stages()) {
            components.put(stage.name(), stage.health());
        }
        return components;
    }

    @Override
    public void close() {
        QuietClose.all(scheduler, server, lag);
    }
}
