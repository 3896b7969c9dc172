package io.vigie.report;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.vigie.report.compute.ReportCalculator;
import io.vigie.report.compute.ReportData;
import io.vigie.report.compute.StoryFinder;
import io.vigie.report.data.AlertReader;
import io.vigie.report.data.MentionAggregates;
import io.vigie.report.data.StoryTitles;
import io.vigie.report.health.SourceHealthProvider;
import io.vigie.report.period.ReportPeriod;
import io.vigie.report.render.HtmlReportRenderer;
import io.vigie.report.render.PdfRenderer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes a report for a period from Elasticsearch and renders it. Figures come from aggregations
 * (a handful of requests whatever the volume); documents are read only for the stories shown, and
 * story titles (distinct story/title pairs, capped by {@link ReportSettings#maxDocs()} per side) for
 * the emerging terms. Thread-safe; the client is the caller's (created once by the app, closed by it).
 */
public final class ReportService {
    /**
     * (story, title) pairs read per side for the emerging terms (capped further by {@link ReportSettings#maxDocs()}): reading 4 weeks of stories at 5,000
     * mentions a day cost most of the report's time, while G² on a 20,000-story sample still finds any
     * term a few dozen stories carry.
     */
    static final int TITLE_SAMPLE = 20_000;
    private final ReportSettings settings;
    private final MentionAggregates mentions;
    private final StoryFinder stories;
    private final AlertReader alerts;
    private final SourceHealthProvider health;
    private final ReportCalculator calculator;
    private final PdfRenderer pdf = new PdfRenderer();
    private final Clock clock;

    public ReportService(ElasticsearchClient client, ReportSettings settings, SourceHealthProvider health, Clock clock) {
        this.settings = settings;
        this.mentions = new MentionAggregates(client, settings.mentionsIndex(), settings.calculator().homeCountry());
        this.stories = new StoryFinder(mentions, settings.calculator().topStories());
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
        List<ReportPeriod> windows = new ArrayList<>();
        for (int k = 0; k < settings.calculator().windows(); k++) {
            windows.add(period.shiftBack(k));
        }
        int referenceWindows = settings.calculator().referenceWindows();
        MentionAggregates.WindowsResult counts = mentions.windows(windows, referenceWindows);
        var breakdowns = mentions.breakdowns(period, 12);
        StoryFinder.TopStories top = stories.find(period);
        int titleCap = Math.min(settings.maxDocs(), TITLE_SAMPLE);
        StoryTitles now = mentions.storyTitles(period.start(), period.end(), titleCap);
        StoryTitles before = mentions.storyTitles(period.shiftBack(referenceWindows).start(), period.start(), titleCap);
        List<io.vigie.report.data.AlertRow> alertRows = alerts.read(period.start(), period.end());
        List<io.vigie.report.health.SourceHealth> sources;
        try {
            sources = health.sources();
        } catch (RuntimeException e) {
            sources = List.of();
        }
        return calculator.compute(period, counts.windows(), counts.sources(), breakdowns, top, now, before, alertRows,
                sources, clock.instant());
    }

    /** HTML only (the live view): no PDF rendering cost. */
    public String html(ReportPeriod period, String language) {
        return renderer(language).render(compute(period));
    }

    public RenderedReport render(ReportPeriod period, String language) {
        return render(compute(period), language);
    }

    /** Renders figures already computed (HTML, e-mail summary, PDF). */
    public RenderedReport render(ReportData data, String language) {
        HtmlReportRenderer renderer = renderer(language);
        String html = renderer.render(data);
        return new RenderedReport(data, renderer.title(data), html, renderer.summary(data), pdf.render(html));
    }

    private HtmlReportRenderer renderer(String language) {
        String lang = language == null ? settings.language() : language;
        return new HtmlReportRenderer(settings.withLanguage(lang).locale(), settings.kibanaUrl());
    }
}
