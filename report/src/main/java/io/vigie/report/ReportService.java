package io.vigie.report;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.vigie.report.compute.ReportCalculator;
import io.vigie.report.compute.ReportData;
import io.vigie.report.data.AlertReader;
import io.vigie.report.data.MentionReader;
import io.vigie.report.health.SourceHealthProvider;
import io.vigie.report.period.ReportPeriod;
import io.vigie.report.render.HtmlReportRenderer;
import io.vigie.report.render.PdfRenderer;
import java.time.Clock;
import java.util.List;

/**
 * Computes a report for a period from Elasticsearch and renders it. Thread-safe; the client is
 * the caller's (created once by the app, closed by it).
 */
public final class ReportService {
    private final ReportSettings settings;
    private final MentionReader mentions;
    private final AlertReader alerts;
    private final SourceHealthProvider health;
    private final ReportCalculator calculator;
    private final PdfRenderer pdf = new PdfRenderer();
    private final Clock clock;

    public ReportService(ElasticsearchClient client, ReportSettings settings, SourceHealthProvider health, Clock clock) {
        this.settings = settings;
        this.mentions = new MentionReader(client, settings.mentionsIndex(), settings.maxDocs());
        this.alerts = new AlertReader(client, settings.alertsIndex());
        this.health = health == null ? SourceHealthProvider.NONE : health;
        this.calculator = new ReportCalculator(settings.calculator());
        this.clock = clock;
    }

    public ReportSettings settings() {
        return settings;
    }

    /** The figures of {@code period}, compared with the periods of the same length before it. */
    public ReportData compute(ReportPeriod period) {
        ReportPeriod oldest = period.shiftBack(settings.calculator().windows() - 1);
        MentionReader.Batch batch = mentions.read(oldest.start(), period.end());
        List<io.vigie.report.data.AlertRow> alertRows = alerts.read(period.start(), period.end());
        List<io.vigie.report.health.SourceHealth> sources;
        try {
            sources = health.sources();
        } catch (RuntimeException e) {
            sources = List.of();
        }
        return calculator.compute(period, batch.rows(), batch.truncated(), batch.unreadable(), alertRows, sources,
                clock.instant());
    }

    /** HTML only (the live view): no PDF rendering cost. */
    public String html(ReportPeriod period, String language) {
        return renderer(language).render(compute(period));
    }

    public RenderedReport render(ReportPeriod period, String language) {
        ReportData data = compute(period);
        HtmlReportRenderer renderer = renderer(language);
        String html = renderer.render(data);
        return new RenderedReport(data, renderer.title(data), html, renderer.summary(data), pdf.render(html));
    }

    private HtmlReportRenderer renderer(String language) {
        String lang = language == null ? settings.language() : language;
        return new HtmlReportRenderer(settings.withLanguage(lang).locale(), settings.kibanaUrl());
    }
}
