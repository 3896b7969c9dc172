package io.vigie.alerts.mail;

import io.vigie.model.AlertEvent;
import io.vigie.model.AlertStep;
import io.vigie.model.StoryRef;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Pure: an alert event as an e-mail. Every third-party string is escaped or cleaned. */
public final class MailRenderer {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx", Locale.ROOT);
    private final String kibanaBaseUrl;
    private final ZoneId zone;

    public MailRenderer(String kibanaBaseUrl, ZoneId zone) {
        this.kibanaBaseUrl = kibanaBaseUrl;
        this.zone = zone;
    }

    public RenderedMail render(AlertEvent a) {
        String scope = a.pillar() == null ? "overall" : a.pillar();
        String head = switch (a.step()) {
            case OPENED -> "Negative coverage spike";
            case ESCALATED -> "Negative coverage spike growing";
            case RESOLVED -> "Resolved: negative coverage back to normal";
        };
        String subject = SafeText.line(String.format(Locale.ROOT, "[Vigie %s] %s (%s): x%.1f, %d stories, %s",
                a.severity().code(), head, scope, a.factor(), a.negativeStories(), time(a.windowStart())), 200);
        String link = KibanaLink.of(kibanaBaseUrl, a.incidentStart(),
                a.step() == AlertStep.RESOLVED ? a.windowEnd() : a.incidentEnd());
        String why = String.format(Locale.ROOT,
                "%.1f weighted negative stories (%d stories, %d negative of %d relevant mentions) between %s and %s,"
                        + " against %.1f expected: x%.1f (peak x%.1f).",
                a.observed(), a.negativeStories(), a.negativeMentions(), a.totalMentions(), time(a.windowStart()),
                time(a.windowEnd()), a.baseline(), a.factor(), a.peakFactor());

        StringBuilder text = new StringBuilder();
        text.append(head).append(" - ").append(scope).append(", severity ").append(a.severity().code()).append("\n\n");
        text.append("Why: ").append(why).append('\n');
        text.append("Detector: ").append(SafeText.line(a.reason(), 500)).append('\n');
        text.append("Incident: ").append(a.incidentId()).append(" (").append(a.step().code()).append(", since ")
                .append(time(a.incidentStart())).append(")\n");
        if (!a.knownEvents().isEmpty()) {
            text.append("Known events (baseline widened): ")
                    .append(SafeText.line(String.join(", ", a.knownEvents()), 300)).append('\n');
        }
        if (!a.terms().isEmpty()) {
            text.append("Driving terms: ").append(SafeText.line(String.join(", ", a.terms()), 300)).append('\n');
        }
        text.append("\nTop negative stories:\n");
        for (StoryRef s : a.topStories()) {
            String url = SafeText.httpLink(s.url());
            text.append("- ").append(SafeText.line(s.title(), 300)).append(" (").append(SafeText.line(s.outlet(), 100))
                    .append(", ").append(SafeText.line(s.country(), 10)).append(", ")
                    .append(SafeText.line(s.language(), 10)).append(")");
            if (url != null) {
                text.append("\n  ").append(url);
            }
            text.append('\n');
        }
        if (link != null) {
            text.append("\nDashboard: ").append(link).append('\n');
        }

        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">");
        html.append("<h2>").append(SafeText.html(head)).append(" &ndash; ").append(SafeText.html(scope)).append("</h2>");
        html.append("<p><b>Severity:</b> ").append(SafeText.html(a.severity().code())).append("</p>");
        html.append("<p><b>Why:</b> ").append(SafeText.html(why)).append("<br><small>")
                .append(SafeText.html(a.reason())).append("</small></p>");
        html.append("<p><b>Incident:</b> ").append(SafeText.html(a.incidentId())).append(" (")
                .append(SafeText.html(a.step().code())).append(")</p>");
        if (!a.knownEvents().isEmpty()) {
            html.append("<p><b>Known events:</b> ").append(SafeText.html(String.join(", ", a.knownEvents())))
                    .append("</p>");
        }
        if (!a.terms().isEmpty()) {
            html.append("<p><b>Driving terms:</b> ").append(SafeText.html(String.join(", ", a.terms()))).append("</p>");
        }
        html.append("<h3>Top negative stories</h3><ul>");
        for (StoryRef s : a.topStories()) {
            String url = SafeText.httpLink(s.url());
            html.append("<li>");
            if (url != null) {
                html.append("<a href=\"").append(SafeText.html(url)).append("\">").append(SafeText.html(s.title()))
                        .append("</a>");
            } else {
                html.append(SafeText.html(s.title()));
            }
            html.append(" &mdash; ").append(SafeText.html(s.outlet())).append(", ").append(SafeText.html(s.country()))
                    .append(", ").append(SafeText.html(s.language())).append("</li>");
        }
        html.append("</ul>");
        if (link != null) {
            html.append("<p><a href=\"").append(SafeText.html(link)).append("\">Open the dashboard</a></p>");
        }
        html.append("</body></html>");
        return new RenderedMail(subject, text.toString(), html.toString());
    }

    private String time(java.time.Instant t) {
        return t == null ? "?" : TIME.format(t.atZone(zone));
    }
}
