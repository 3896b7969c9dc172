package io.vigie.report;

import io.vigie.report.compute.CalculatorSettings;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/**
 * @param mentionsIndex index or alias the mentions are read from
 * @param alertsIndex   index of alert steps (may not exist)
 * @param zone          time zone of days and weeks (Europe/Paris)
 * @param language      fr or en
 * @param kibanaUrl     base URL of Kibana for links, or null
 * @param maxDocs       cap on distinct (story, title) pairs read per side (period, reference windows; at most
 *                      20,000 whatever this says) for
 *                      the emerging terms; beyond it they come from a sample of stories. Every other
 *                      figure is aggregated by Elasticsearch and exact whatever the volume.
 * @param calculator    figure thresholds
 */
public record ReportSettings(String mentionsIndex, String alertsIndex, ZoneId zone, String language, String kibanaUrl,
                             int maxDocs, CalculatorSettings calculator) {

    public static final Set<String> LANGUAGES = Set.of("fr", "en");

    public static ReportSettings defaults() {
        return new ReportSettings("vigie-mentions", "vigie-alerts", ZoneId.of("Europe/Paris"), "fr", null, 200_000,
                CalculatorSettings.DEFAULTS);
    }

    public ReportSettings {
        if (mentionsIndex == null || mentionsIndex.isBlank()) {
            throw new IllegalArgumentException("report.mentions-index is required");
        }
        if (alertsIndex == null || alertsIndex.isBlank()) {
            throw new IllegalArgumentException("report.alerts-index is required");
        }
        if (zone == null) {
            throw new IllegalArgumentException("report.time-zone is required, e.g. Europe/Paris");
        }
        if (language == null || !LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("report.language must be fr or en, got: " + language);
        }
        if (maxDocs < 1000) {
            throw new IllegalArgumentException("report.max-documents must be >= 1000, got " + maxDocs);
        }
        if (calculator == null) {
            throw new IllegalArgumentException("report calculator settings are required");
        }
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public ReportSettings withLanguage(String lang) {
        return new ReportSettings(mentionsIndex, alertsIndex, zone, lang, kibanaUrl, maxDocs, calculator);
    }

    public ReportSettings withIndices(String mentions, String alerts) {
        return new ReportSettings(mentions, alerts, zone, language, kibanaUrl, maxDocs, calculator);
    }

    public ReportSettings withCalculator(CalculatorSettings c) {
        return new ReportSettings(mentionsIndex, alertsIndex, zone, language, kibanaUrl, maxDocs, c);
    }

    public ReportSettings withKibanaUrl(String url) {
        return new ReportSettings(mentionsIndex, alertsIndex, zone, language, url, maxDocs, calculator);
    }
}
