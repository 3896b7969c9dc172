package io.vigie.report.render;

import io.vigie.report.compute.ReportData;
import io.vigie.report.compute.ReportData.Count;
import io.vigie.report.compute.ReportData.EmergingTerm;
import io.vigie.report.compute.ReportData.Story;
import io.vigie.report.compute.WindowFigures;
import io.vigie.report.data.AlertRow;
import io.vigie.report.health.SourceHealth;
import io.vigie.report.stats.NetShare;
import io.vigie.report.stats.Proportion;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes a report as one self-contained, script-free XHTML page (inline CSS and SVG), which is
 * also what the PDF is rendered from. CSS stays within CSS 2.1 so that openhtmltopdf lays it out
 * like a browser does. All third-party text goes through {@link Html#esc}.
 */
public final class HtmlReportRenderer {
    private static final String CSS = """
            @page { size: A4; margin: 14mm 12mm; }
            body { font-family: 'DejaVu Sans', Helvetica, Arial, sans-serif; font-size: 10pt; color: #222; margin: 0 auto; max-width: 720px; }
            h1 { font-size: 18pt; margin: 0 0 4px 0; } h2 { font-size: 12.5pt; margin: 18px 0 6px 0; border-bottom: 1px solid #ccd; padding-bottom: 2px; }
            .sub { color: #555; margin-bottom: 10px; } .small { font-size: 8.5pt; color: #555; }
            table { border-collapse: collapse; width: 100%; } td, th { padding: 3px 5px; text-align: left; vertical-align: top; }
            table.figures td, table.figures th { border-bottom: 1px solid #e3e6ea; } table.figures td.num { text-align: right; white-space: nowrap; }
            .warn { background: #fff4e0; border: 1px solid #e0a030; padding: 6px 8px; margin: 8px 0; }
            .box { background: #f5f7fa; border: 1px solid #d8dde3; padding: 6px 8px; margin: 8px 0; }
            .story { margin: 0 0 7px 0; } .story .meta { color: #555; font-size: 8.5pt; } .story .ev { font-style: italic; color: #444; font-size: 9pt; }
            .up { color: #2e8b57; } .down { color: #c0392b; }
            td.half { width: 50%; } svg { max-width: 100%; }
            .legend span { display: inline-block; width: 9px; height: 9px; margin: 0 3px 0 10px; }
            """;

    private final Messages m;
    private final Formats f;
    private final SvgCharts charts;
    private final String kibanaUrl;

    public HtmlReportRenderer(Locale locale, String kibanaUrl) {
        this.m = new Messages(locale);
        this.f = new Formats(locale);
        this.charts = new SvgCharts(f);
        this.kibanaUrl = Html.safeHref(kibanaUrl);
    }

    public String render(ReportData data) {
        StringBuilder b = new StringBuilder(32_768);
        b.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(f.locale().getLanguage())
                .append("\"><head><meta charset=\"utf-8\"/><title>").append(Html.esc(title(data))).append("</title>")
                .append("<style>").append(CSS).append("</style></head><body>");
        header(b, data);
        headline(b, data);
        section(b, "daily.title");
        b.append("<div>").append(charts.daily(data.daily())).append("</div>");
        b.append("<div class=\"small legend\">").append(Html.esc(m.get("daily.legend"))).append("</div>");
        b.append("<table><tr><td class=\"half\">");
        subtitle(b, "pillars.title");
        countsOrNone(b, translated(data.pillars(), "pillar."), SvgCharts.BLUE);
        b.append("</td><td class=\"half\">");
        subtitle(b, "themes.title");
        countsOrNone(b, translated(data.themes(), "theme."), SvgCharts.BLUE);
        b.append("</td></tr><tr><td class=\"half\">");
        subtitle(b, "countries.title");
        countsOrNone(b, data.countries(), SvgCharts.GREEN);
        b.append("</td><td class=\"half\">");
        subtitle(b, "languages.title");
        countsOrNone(b, data.languages(), SvgCharts.GREEN);
        b.append("</td></tr><tr><td class=\"half\">");
        subtitle(b, "topics.title");
        countsOrNone(b, data.topics().stream().map(c -> new Count(c.key().replace('_', ' '), c.n())).toList(),
                SvgCharts.BLUE);
        b.append("</td><td class=\"half\"></td></tr></table>");
        section(b, "bypillar.title");
        if (data.sentimentByPillar().isEmpty()) {
            none(b);
        } else {
            b.append(charts.sentimentByPillar(data.sentimentByPillar(), p -> m.get("pillar." + p)));
            b.append("<div class=\"small legend\"><span style=\"background:#2e8b57\"></span>").append(Html.esc(m.get("positive")))
                    .append("<span style=\"background:#b0b7bf\"></span>").append(Html.esc(m.get("neutral")))
                    .append("<span style=\"background:#c0392b\"></span>").append(Html.esc(m.get("negative"))).append("</div>");
        }
        section(b, "index.title");
        b.append(charts.indexSeries(data.indexSeries()));
        b.append("<div class=\"small\">").append(Html.esc(m.get("index.legend"))).append("</div>");
        stories(b, "stories.positive", data.topPositive());
        stories(b, "stories.negative", data.topNegative());
        emerging(b, data.emergingTerms());
        alerts(b, data.alerts());
        quality(b, data);
        methodology(b, data);
        b.append("</body></html>");
        return b.toString();
    }

    /** The e-mail body: the headline figures, the warning if any, and the top stories; the rest is in the PDF. */
    public String summary(ReportData data) {
        StringBuilder b = new StringBuilder(8_192);
        b.append("<!DOCTYPE html>\n<html lang=\"").append(f.locale().getLanguage())
                .append("\"><head><meta charset=\"utf-8\"/><style>").append(CSS).append("</style></head><body>");
        header(b, data);
        headline(b, data);
        stories(b, "stories.positive", data.topPositive());
        stories(b, "stories.negative", data.topNegative());
        qualityWarnings(b, data);
        b.append("<p class=\"small\">").append(Html.esc(m.get("mail.attached"))).append("</p></body></html>");
        return b.toString();
    }

    public String title(ReportData data) {
        return m.get("title", data.period().label());
    }

    private void header(StringBuilder b, ReportData data) {
        b.append("<h1>").append(Html.esc(title(data))).append("</h1><div class=\"sub\">")
                .append(Html.esc(m.get("period", f.date(data.period().firstDay()), f.date(data.period().lastDay()),
                        data.period().zone().getId())))
                .append(" · ").append(Html.esc(m.get("generated", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", f.locale())
                        .format(data.generatedAt().atZone(data.period().zone())))));
        String kibana = kibanaLink(data);
        if (kibana != null) {
            b.append(" · <a href=\"").append(Html.esc(kibana)).append("\">").append(Html.esc(m.get("kibana"))).append("</a>");
        }
        b.append("</div>");
        if (data.thin()) {
            b.append("<div class=\"warn\"><b>").append(Html.esc(m.get("thin.title"))).append("</b> ")
                    .append(Html.esc(m.get("thin.body", f.count(data.current().mentions())))).append("</div>");
        }
        qualityWarnings(b, data);
    }

    private void qualityWarnings(StringBuilder b, ReportData data) {
        var q = data.quality();
        // A sampled emerging-terms computation is routine at volume: said in the quality box, not as a warning.
        if (!q.silent().isEmpty() || !q.sourcesDown().isEmpty()) {
            b.append("<div class=\"warn\">");
            if (!q.silent().isEmpty()) {
                b.append(Html.esc(m.get("quality.silent.warn", q.silent().size(),
                        String.join(", ", q.silent().stream().map(s -> Html.clip(s.outlet(), 60)).toList())))).append(' ');
            }
            if (!q.sourcesDown().isEmpty()) {
                b.append(Html.esc(m.get("quality.down.warn", q.sourcesDown().size()))).append(' ');
            }
            b.append("</div>");
        }
    }

    private String kibanaLink(ReportData data) {
        if (kibanaUrl == null) {
            return null;
        }
        String base = kibanaUrl.endsWith("/") ? kibanaUrl.substring(0, kibanaUrl.length() - 1) : kibanaUrl;
        return base + "/app/discover#/?_g=(time:(from:'" + data.period().start() + "',to:'" + data.period().end() + "'))";
    }

    private void headline(StringBuilder b, ReportData data) {
        WindowFigures cur = data.current();
        WindowFigures prev = data.previous();
        WindowFigures ref = data.reference();
        b.append("<h2>").append(Html.esc(m.get("headline.title"))).append("</h2><table class=\"figures\"><tr><th></th><th>")
                .append(Html.esc(m.get("headline.now"))).append("</th><th>").append(Html.esc(m.get("headline.vsPrevious")))
                .append("</th><th>").append(Html.esc(m.get("headline.vs4", ref.windows()))).append("</th><th>")
                .append(Html.esc(m.get("headline.ci"))).append("</th></tr>");
        countRow(b, "fig.mentions", cur.mentions(), prev.mentions(), ref.perWindow(ref.mentions()));
        countRow(b, "fig.stories", cur.stories(), prev.stories(), ref.perWindow(ref.stories()));
        shareRow(b, "fig.international", cur.international(), prev.international(), ref.international());
        netRow(b, "fig.net", cur.sentiment(), prev.sentiment(), ref.sentiment());
        shareRow(b, "fig.negative", cur.negative(), prev.negative(), ref.negative());
        shareRow(b, "fig.index", cur.index(), prev.index(), ref.index());
        netRow(b, "fig.frames", cur.frameBalance(), prev.frameBalance(), ref.frameBalance());
        b.append("</table>");
    }

    private void countRow(StringBuilder b, String key, long now, long previous, double referenceMean) {
        b.append("<tr><td>").append(Html.esc(m.get(key))).append("</td><td class=\"num\"><b>").append(f.count(now))
                .append("</b></td><td class=\"num\">").append(Html.esc(change(now, previous)))
                .append("</td><td class=\"num\">").append(Html.esc(change(now, referenceMean))).append("</td><td></td></tr>");
    }

    private String change(double now, double before) {
        return before <= 0 || Double.isNaN(before) ? Formats.NONE : f.signedPercentChange((now - before) / before);
    }

    private void shareRow(StringBuilder b, String key, Proportion now, Proportion previous, Proportion reference) {
        b.append("<tr><td>").append(Html.esc(m.get(key))).append("</td><td class=\"num\"><b>")
                .append(Html.esc(f.percent(now.share()))).append("</b></td><td class=\"num\">")
                .append(Html.esc(pointsDelta(now.share(), previous.share(), now.n(), previous.n())))
                .append("</td><td class=\"num\">").append(Html.esc(pointsDelta(now.share(), reference.share(), now.n(), reference.n())))
                .append("</td><td class=\"small\">")
                .append(Html.esc(now.empty() ? m.get("n", 0) : m.get("ci", f.percent(now.lower()), f.percent(now.upper()), f.count(now.n()))))
                .append("</td></tr>");
    }

    private void netRow(StringBuilder b, String key, NetShare now, NetShare previous, NetShare reference) {
        b.append("<tr><td>").append(Html.esc(m.get(key))).append("</td><td class=\"num\"><b>")
                .append(Html.esc(f.signedPoints(now.value()))).append("</b></td><td class=\"num\">")
                .append(Html.esc(pointsDelta(now.value(), previous.value(), now.n(), previous.n())))
                .append("</td><td class=\"num\">").append(Html.esc(pointsDelta(now.value(), reference.value(), now.n(), reference.n())))
                .append("</td><td class=\"small\">")
                .append(Html.esc(now.n() == 0 ? m.get("n", 0) : m.get("pm", f.decimal(now.margin() * 100), f.count(now.n()))))
                .append("</td></tr>");
    }

    private String pointsDelta(double now, double before, long nNow, long nBefore) {
        if (nNow == 0 || nBefore == 0) {
            return Formats.NONE;
        }
        return m.get("pts", f.signedPoints(now - before));
    }

    private List<Count> translated(List<Count> counts, String prefix) {
        return counts.stream().map(c -> new Count(m.get(prefix + c.key()).startsWith(prefix) ? c.key() : m.get(prefix + c.key()), c.n()))
                .toList();
    }

    private void countsOrNone(StringBuilder b, List<Count> counts, String color) {
        if (counts.isEmpty()) {
            none(b);
        } else {
            b.append(charts.bars(counts, color));
        }
    }

    private void stories(StringBuilder b, String key, List<Story> stories) {
        section(b, key);
        if (stories.isEmpty()) {
            none(b);
            return;
        }
        b.append("<ol>");
        for (Story s : stories) {
            String href = Html.safeHref(s.url());
            b.append("<li class=\"story\">");
            String title = Html.esc(Html.clip(s.title() == null ? m.get("untitled") : s.title(), 220));
            if (href != null) {
                b.append("<a href=\"").append(Html.esc(href)).append("\" rel=\"noopener noreferrer nofollow\">").append(title).append("</a>");
            } else {
                b.append(title);
            }
            b.append("<div class=\"meta\">").append(Html.esc(Html.clip(s.outlet() == null ? "?" : s.outlet(), 80)))
                    .append(" (").append(Html.esc(s.country() == null ? "?" : s.country())).append(") · ")
                    .append(Html.esc(m.get("story.copies", s.copies(), s.outlets()))).append(" · ")
                    .append(Html.esc(m.get("story.score", f.signedDecimal(s.meanScore())))).append("</div>");
            if (s.evidence() != null) {
                b.append("<div class=\"ev\">« ").append(Html.esc(Html.clip(s.evidence(), 300))).append(" »</div>");
            }
            b.append("</li>");
        }
        b.append("</ol>");
    }

    private void emerging(StringBuilder b, List<EmergingTerm> terms) {
        section(b, "emerging.title");
        if (terms.isEmpty()) {
            b.append("<p class=\"small\">").append(Html.esc(m.get("emerging.none"))).append("</p>");
            return;
        }
        b.append("<table class=\"figures\"><tr><th>").append(Html.esc(m.get("emerging.term"))).append("</th><th>")
                .append(Html.esc(m.get("emerging.now"))).append("</th><th>").append(Html.esc(m.get("emerging.before")))
                .append("</th><th>G²</th></tr>");
        for (EmergingTerm t : terms) {
            b.append("<tr><td>").append(Html.esc(t.term())).append("</td><td class=\"num\">").append(f.count(t.current()))
                    .append("</td><td class=\"num\">").append(f.count(t.reference())).append("</td><td class=\"num\">")
                    .append(Html.esc(f.decimal(t.g2()))).append("</td></tr>");
        }
        b.append("</table>");
    }

    private void alerts(StringBuilder b, List<AlertRow> alerts) {
        section(b, "alerts.title");
        if (alerts.isEmpty()) {
            b.append("<p class=\"small\">").append(Html.esc(m.get("alerts.none"))).append("</p>");
            return;
        }
        b.append("<table class=\"figures\"><tr><th>").append(Html.esc(m.get("alerts.when"))).append("</th><th>")
                .append(Html.esc(m.get("alerts.incident"))).append("</th><th>").append(Html.esc(m.get("alerts.severity")))
                .append("</th><th>").append(Html.esc(m.get("alerts.pillar"))).append("</th><th>")
                .append(Html.esc(m.get("alerts.observed"))).append("</th></tr>");
        DateTimeFormatter when = DateTimeFormatter.ofPattern("dd/MM HH:mm", f.locale());
        for (AlertRow a : alerts) {
            b.append("<tr><td>").append(Html.esc(when.format(a.timestamp().atZone(java.time.ZoneId.of("Europe/Paris")))))
                    .append("</td><td>").append(Html.esc(Html.clip(a.incidentId(), 40))).append(' ')
                    .append(Html.esc(Html.clip(a.step(), 20))).append("</td><td>").append(Html.esc(Html.clip(a.severity(), 20)))
                    .append("</td><td>").append(Html.esc(Html.clip(a.pillar(), 30))).append("</td><td class=\"num\">")
                    .append(Html.esc(a.observed() == null ? Formats.NONE : f.decimal(a.observed())));
            if (a.baseline() != null) {
                b.append(" / ").append(Html.esc(f.decimal(a.baseline())));
            }
            if (a.factor() != null) {
                b.append(" (×").append(Html.esc(f.decimal(a.factor()))).append(')');
            }
            b.append("</td></tr>");
        }
        b.append("</table>");
    }

    private void quality(StringBuilder b, ReportData data) {
        var q = data.quality();
        section(b, "quality.title");
        b.append("<div class=\"box\"><ul>");
        if (q.healthKnown()) {
            b.append("<li>").append(Html.esc(m.get("quality.sources", q.sourcesUp().size(), q.sourcesDown().size())));
            if (!q.sourcesDown().isEmpty()) {
                b.append("<br/><span class=\"down\">").append(Html.esc(m.get("quality.down"))).append("</span> ")
                        .append(Html.esc(String.join(", ", q.sourcesDown().stream().limit(15).map(this::describe).toList())));
            }
            b.append("</li>");
        } else {
            b.append("<li>").append(Html.esc(m.get("quality.nohealth"))).append("</li>");
        }
        if (!q.silent().isEmpty()) {
            b.append("<li><span class=\"down\">").append(Html.esc(m.get("quality.silent"))).append("</span> ")
                    .append(Html.esc(String.join(", ", q.silent().stream().limit(15)
                            .map(s -> m.get("quality.silent.item", Html.clip(s.outlet(), 60), f.decimal(s.meanBefore()))).toList())))
                    .append("</li>");
        }
        b.append("<li>").append(Html.esc(m.get("quality.feed", f.percent(q.feedOnly().share()), f.count(q.feedOnly().k()),
                f.count(q.feedOnly().n())))).append("</li>");
        b.append("<li>").append(Html.esc(m.get("quality.unclassified", f.percent(q.unclassified().share()),
                f.count(q.unclassified().k())))).append("</li>");
        if (q.unreadable() > 0) {
            b.append("<li>").append(Html.esc(m.get("quality.unreadable", q.unreadable()))).append("</li>");
        }
        if (q.truncated()) {
            b.append("<li>").append(Html.esc(m.get("quality.truncated"))).append("</li>");
        }
        b.append("</ul></div>");
    }

    private String describe(SourceHealth h) {
        String name = Html.clip(h.outlet() == null ? h.sourceId() : h.outlet(), 60);
        Instant last = h.lastSuccess();
        return last == null ? name + " (" + m.get("quality.never") + ")"
                : name + " (" + m.get("quality.lastok", f.shortDate(last.atZone(java.time.ZoneOffset.UTC).toLocalDate())) + ")";
    }

    private void methodology(StringBuilder b, ReportData data) {
        section(b, "method.title");
        b.append("<div class=\"box small\">");
        for (String key : List.of("method.scope", "method.international", "method.sentiment", "method.index",
                "method.frames", "method.themes", "method.ci", "method.stories", "method.emerging", "method.quality")) {
            b.append("<p>").append(Html.esc(m.get(key))).append("</p>");
        }
        b.append("</div>");
    }

    private void section(StringBuilder b, String key) {
        b.append("<h2>").append(Html.esc(m.get(key))).append("</h2>");
    }

    private void subtitle(StringBuilder b, String key) {
        b.append("<div><b>").append(Html.esc(m.get(key))).append("</b></div>");
    }

    private void none(StringBuilder b) {
        b.append("<p class=\"small\">").append(Html.esc(m.get("none"))).append("</p>");
    }

}
