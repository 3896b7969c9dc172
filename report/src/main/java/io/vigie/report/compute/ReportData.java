package io.vigie.report.compute;

import io.vigie.report.data.AlertRow;
import io.vigie.report.health.SourceHealth;
import io.vigie.report.period.ReportPeriod;
import io.vigie.report.stats.NetShare;
import io.vigie.report.stats.Proportion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything a report shows, computed once and rendered to HTML, PDF and e-mail. */
public record ReportData(
        ReportPeriod period,
        Instant generatedAt,
        boolean thin,
        WindowFigures current,
        WindowFigures previous,
        WindowFigures reference,
        List<DailyPoint> daily,
        List<Count> pillars,
        List<Count> themes,
        List<Count> topics,
        List<Count> countries,
        List<Count> languages,
        List<PillarSentiment> sentimentByPillar,
        List<IndexPoint> indexSeries,
        List<Story> topPositive,
        List<Story> topNegative,
        List<EmergingTerm> emergingTerms,
        List<AlertRow> alerts,
        DataQuality quality) {

    public record Count(String key, long n) {
    }

    public record DailyPoint(LocalDate day, long mentions, NetShare sentiment) {
    }

    public record PillarSentiment(String pillar, long positive, long neutral, long negative) {
        public long total() {
            return positive + neutral + negative;
        }
    }

    public record IndexPoint(ReportPeriod window, Proportion index, NetShare frameBalance) {
    }

    /** One story, its copies counted once; the representative copy is the most-read outlet's. */
    public record Story(String key, int copies, int outlets, String title, String url, String outlet, String country,
                        double meanScore, String evidence) {
    }

    public record EmergingTerm(String term, long current, long reference, double g2) {
    }

    public record SilentSource(String sourceId, String outlet, double meanBefore) {
    }

    /**
     * @param healthKnown  whether a source-health snapshot was available at all
     * @param sourcesUp    sources polled successfully lately (health snapshot, as of report time)
     * @param sourcesDown  sources failing or stale
     * @param silent       sources that brought documents in the reference windows but none now
     * @param feedOnly     documents of the period whose page could not be extracted
     * @param unclassified documents of the period the NLP stages did not classify
     * @param truncated    the cap on story titles was hit: emerging terms come from a sample of stories
     * @param unreadable   documents skipped for lack of a usable timestamp (always 0 since figures are
     *                     aggregated: such documents fall outside every time range)
     */
    public record DataQuality(boolean healthKnown, List<SourceHealth> sourcesUp, List<SourceHealth> sourcesDown,
                              List<SilentSource> silent, Proportion feedOnly, Proportion unclassified,
                              boolean truncated, int unreadable) {
    }
}
