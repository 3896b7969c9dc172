package io.vigie.dashboards.vigie;

import static io.vigie.dashboards.lens.Columns.count;
import static io.vigie.dashboards.lens.Columns.dateHistogram;
import static io.vigie.dashboards.lens.Columns.numeric;
import static io.vigie.dashboards.vigie.VigieDataViews.ALERTS;
import static io.vigie.dashboards.vigie.VigieDataViews.DAILY;
import static io.vigie.dashboards.vigie.VigieDataViews.MENTIONS;

import io.vigie.dashboards.dashboard.Dashboard;
import io.vigie.dashboards.dashboard.SavedSearch;
import io.vigie.dashboards.lens.LensLayer;
import io.vigie.dashboards.lens.LensXY;
import io.vigie.dashboards.lens.LensXY.Series;
import io.vigie.dashboards.lens.LensXY.XYLayer;
import io.vigie.dashboards.savedobject.FieldUse;
import io.vigie.dashboards.vega.VegaSpecs;
import io.vigie.dashboards.vega.VegaVisualization;
import java.util.List;
import java.util.Set;

/** "Negative coverage watch": is negative coverage above its usual level, what drives it, who publishes it. */
final class NegativeWatchDashboard {
    static final String ID = "vigie-dashboard-negative";
    static final String NEGATIVE = "sentiment.label : negative";

    private NegativeWatchDashboard() {
    }

    static Dashboard build() {
        String p = "vigie-negative-";
        Dashboard d = new Dashboard(ID, "Vigie - Negative coverage watch",
                "Negative mentions against their baseline, raised alerts, and what drives negative coverage.",
                Filters.RELEVANT_ONLY, MENTIONS.id());
        d.panel(negativeVsBaseline(p + "vs-baseline"), 48, 12)
                .panel(Charts.overTime(p + "share-daily", "Negative share per pillar (daily)", DAILY, "pillar",
                        "Pillar", List.of(numeric("share", "average", "negative_share", "Negative share"))), 24, 12)
                .panel(Charts.topValues(p + "outlets", "Outlets publishing negative coverage", MENTIONS,
                        "source.name", "Outlet", 15, NEGATIVE), 24, 12)
                .panel(new SavedSearch(p + "alerts", "Alerts", ALERTS.id(), ALERTS.timeField(),
                        List.of("severity", "pillar", "observed", "baseline", "factor", "window_start", "window_end",
                                "status"), ""), 48, 12)
                .panel(new SavedSearch(p + "stories", "Negative stories (with links)", MENTIONS.id(),
                        MENTIONS.timeField(), List.of("title", "source.name", "source.country", "url"), NEGATIVE),
                        48, 16)
                .panel(negativeWords(p + "words"), 24, 16)
                .panel(Charts.topValues(p + "themes", "Themes of negative coverage", MENTIONS, "themes", "Theme",
                        15, NEGATIVE), 24, 16);
        return Filters.addStandardControls(d);
    }

    /**
     * Daily negative mentions from the mentions index, and on the same chart the observed value and baseline the
     * alerting stage recorded (second layer on the alerts data view).
     */
    static LensXY negativeVsBaseline(String id) {
        LensLayer mentions = new LensLayer("negative", MENTIONS.id())
                .column(dateHistogram("time", MENTIONS.timeField()))
                .column(count("n", "Negative mentions", NEGATIVE));
        LensLayer alerts = new LensLayer("alerts", ALERTS.id())
                .column(dateHistogram("time", ALERTS.timeField()))
                .column(numeric("baseline", "average", "baseline", "Alert baseline"))
                .column(numeric("observed", "max", "observed", "Alert observed"));
        return new LensXY(id, "Negative mentions vs baseline", List.of(
                new XYLayer(mentions, Series.BAR, "time", null, List.of("n")),
                new XYLayer(alerts, Series.LINE, "time", null, List.of("baseline", "observed"))));
    }

    static VegaVisualization negativeWords(String id) {
        return new VegaVisualization(id, "Words driving negative coverage", MENTIONS.id(),
                VegaSpecs.significantWords(MENTIONS.title(), MENTIONS.timeField(), "title", "sentiment.label",
                        "negative", 25),
                Set.of(new FieldUse(MENTIONS.id(), "title", FieldUse.Usage.TEXT_ANALYSIS),
                        new FieldUse(MENTIONS.id(), "sentiment.label", FieldUse.Usage.AGGREGATE),
                        new FieldUse(MENTIONS.id(), MENTIONS.timeField(), FieldUse.Usage.DATE)));
    }
}
